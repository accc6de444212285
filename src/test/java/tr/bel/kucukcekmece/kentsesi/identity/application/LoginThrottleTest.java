package tr.bel.kucukcekmece.kentsesi.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final Instant t0 = Instant.parse("2026-11-25T08:00:00Z");

  @Test
  void theSixthAttemptWithinTheWindowIsRefusedUntilTheFirstFailureExpires() {
    LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));
    for (int i = 0; i < 5; i++) {
      assertFalse(throttle.retryAfter("ayse", "10.0.0.1", t0.plusSeconds(i)).isPresent(), "attempt " + i);
      throttle.failed("ayse", "10.0.0.1", t0.plusSeconds(i));
    }
    var wait = throttle.retryAfter("AYSE", "10.0.0.2", t0.plusSeconds(60));
    assertTrue(wait.isPresent(), "usernames are compared case-insensitively");
    assertEquals(Duration.ofMinutes(14), wait.get());
    assertFalse(throttle.retryAfter("ayse", "10.0.0.1", t0.plus(Duration.ofMinutes(15))).isPresent());
  }

  @Test
  void aSuccessfulLoginClearsTheUsersFailures() {
    LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15));
    throttle.failed("ali", "10.0.0.1", t0);
    throttle.failed("ali", "10.0.0.1", t0);
    throttle.succeeded("ali");
    throttle.failed("ali", "10.0.0.1", t0);
    assertFalse(throttle.retryAfter("ali", "10.0.0.9", t0).isPresent());
  }

  @Test
  void oneAddressTryingManyUsernamesIsThrottledToo() {
    LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(10));
    for (int i = 0; i < 8; i++) {
      throttle.failed("user" + i, "192.0.2.7", t0);
    }
    assertTrue(throttle.retryAfter("someone-else", "192.0.2.7", t0).isPresent());
    assertFalse(throttle.retryAfter("someone-else", "192.0.2.8", t0).isPresent());
  }
}
