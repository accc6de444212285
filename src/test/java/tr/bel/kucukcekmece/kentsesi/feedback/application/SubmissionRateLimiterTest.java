package tr.bel.kucukcekmece.kentsesi.feedback.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SubmissionRateLimiterTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void aBurstUpToTheLimitThenAWaitThatRefills() {
    SubmissionRateLimiter limiter = new SubmissionRateLimiter(6);
    for (int i = 0; i < 6; i++) {
      assertFalse(limiter.acquire("10.0.0.1", 0).isPresent(), "request " + i);
    }
    var wait = limiter.acquire("10.0.0.1", 0);
    assertTrue(wait.isPresent());
    assertEquals(10, wait.getAsLong(), "6 per minute refill one token every 10 s");
    assertFalse(limiter.acquire("10.0.0.2", 0).isPresent(), "other clients are not affected");
    assertFalse(limiter.acquire("10.0.0.1", 10 * SECOND).isPresent(), "refilled after 10 s");
  }

  @Test
  void zeroDisablesTheLimit() {
    SubmissionRateLimiter limiter = new SubmissionRateLimiter(0);
    for (int i = 0; i < 1000; i++) {
      assertFalse(limiter.acquire("10.0.0.1", 0).isPresent());
    }
  }
}
