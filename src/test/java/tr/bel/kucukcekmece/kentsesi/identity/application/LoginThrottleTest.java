package tr.bel.kucukcekmece.kentsesi.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final Instant t0 = Instant.parse("2026-11-25T08:00:00Z");

  @Test
  void afterTheFreeFailuresOfAPairEachFurtherFailureDoublesItsBlock() {
    LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));
    for (int i = 0; i < 5; i++) {
      assertFalse(
          throttle.retryAfter("ayse", "10.0.0.1", t0.plusSeconds(i)).isPresent(), "attempt " + i);
      throttle.failed("ayse", "10.0.0.1", t0.plusSeconds(i));
    }
    assertEquals(
        Optional.of(Duration.ofSeconds(30)),
        throttle.retryAfter("AYSE", "10.0.0.1", t0.plusSeconds(4)),
        "usernames are compared case-insensitively");
    assertFalse(throttle.retryAfter("ayse", "10.0.0.1", t0.plusSeconds(34)).isPresent());
    throttle.failed("ayse", "10.0.0.1", t0.plusSeconds(34));
    assertEquals(
        Optional.of(Duration.ofSeconds(60)),
        throttle.retryAfter("ayse", "10.0.0.1", t0.plusSeconds(34)));
    throttle.failed("ayse", "10.0.0.1", t0.plusSeconds(94));
    assertEquals(
        Optional.of(Duration.ofSeconds(120)),
        throttle.retryAfter("ayse", "10.0.0.1", t0.plusSeconds(94)));
    for (int i = 0; i < 10; i++) {
      throttle.failed("ayse", "10.0.0.1", t0.plusSeconds(100 + i));
    }
    assertEquals(
        Optional.of(Duration.ofMinutes(15)),
        throttle.retryAfter("ayse", "10.0.0.1", t0.plusSeconds(109)),
        "the block never exceeds the window");
  }

  @Test
  void wrongPasswordsFromOneAddressDoNotStopTheSameUsernameFromAnother() {
    LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));
    for (int i = 0; i < 19; i++) {
      throttle.failed("admin", "203.0.113.9", t0.plusSeconds(i));
    }
    assertTrue(throttle.retryAfter("admin", "203.0.113.9", t0.plusSeconds(20)).isPresent());
    assertFalse(throttle.retryAfter("admin", "10.0.0.1", t0.plusSeconds(20)).isPresent());
    assertFalse(throttle.retryAfter("Admin", "198.51.100.4", t0.plusSeconds(20)).isPresent());
  }

  @Test
  void aSuccessfulLoginClearsThePairsFailuresOnly() {
    LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15));
    for (String address : new String[] {"10.0.0.1", "10.0.0.2"}) {
      for (int i = 0; i < 3; i++) {
        throttle.failed("ali", address, t0);
      }
    }
    throttle.succeeded("ali", "10.0.0.1");
    assertFalse(throttle.retryAfter("ali", "10.0.0.1", t0).isPresent());
    assertTrue(throttle.retryAfter("ali", "10.0.0.2", t0).isPresent());
  }

  @Test
  void oneAddressTryingManyUsernamesIsSlowedForNewUsernamesButNotOtherAddresses() {
    LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(10));
    throttle.succeeded("regular", "192.0.2.7");
    for (int i = 0; i < 8; i++) {
      throttle.failed("user" + i, "192.0.2.7", t0);
    }
    assertEquals(
        Optional.of(Duration.ofSeconds(30)), throttle.retryAfter("someone-else", "192.0.2.7", t0));
    assertFalse(
        throttle.retryAfter("someone-else", "192.0.2.8", t0).isPresent(),
        "other addresses are not touched");
    assertFalse(
        throttle.retryAfter("regular", "192.0.2.7", t0).isPresent(),
        "a username that logged in from the address before still may try");
    throttle.failed("user9", "192.0.2.7", t0.plusSeconds(30));
    assertEquals(
        Optional.of(Duration.ofSeconds(60)),
        throttle.retryAfter("someone-else", "192.0.2.7", t0.plusSeconds(30)));
    assertFalse(
        throttle
            .retryAfter("someone-else", "192.0.2.7", t0.plus(Duration.ofMinutes(59)))
            .isPresent(),
        "a block ends");
    throttle.failed("user10", "192.0.2.7", t0.plus(Duration.ofMinutes(59)));
    assertEquals(
        Optional.of(Duration.ofMinutes(2)),
        throttle.retryAfter("someone-else", "192.0.2.7", t0.plus(Duration.ofMinutes(59))),
        "the failures were remembered, so the next block doubles again");
    throttle.failed("user11", "192.0.2.7", t0.plus(Duration.ofMinutes(62)));
    assertFalse(
        throttle
            .retryAfter("someone-else", "192.0.2.7", t0.plus(Duration.ofMinutes(62)))
            .isPresent(),
        "failures older than an hour are forgotten");
  }

  @Test
  void aUsernameGuessedFromManyAddressesIsLimitedToItsHourlyAllowanceExceptFromKnownAddresses() {
    LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));
    throttle.succeeded("mehmet", "10.1.1.1");
    for (int i = 0; i < 100; i++) {
      Instant at = t0.plusSeconds(i * 30L);
      String address = "198.51.100." + i;
      assertFalse(throttle.retryAfter("mehmet", address, at).isPresent(), "attempt " + i);
      throttle.failed("mehmet", address, at);
    }
    Instant after = t0.plusSeconds(100 * 30L);
    Optional<Duration> wait = throttle.retryAfter("mehmet", "203.0.113.50", after);
    assertEquals(
        Optional.of(Duration.ofHours(1).minusSeconds(100 * 30L)),
        wait,
        "101st failure within the hour");
    assertFalse(
        throttle.retryAfter("mehmet", "10.1.1.1", after).isPresent(),
        "the owner's usual address gets in");
    assertFalse(
        throttle.retryAfter("someone", "203.0.113.50", after).isPresent(),
        "other usernames are not touched");
    assertFalse(
        throttle.retryAfter("mehmet", "203.0.113.50", t0.plus(Duration.ofHours(1))).isPresent());
  }
}
