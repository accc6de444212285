package tr.bel.kucukcekmece.kentsesi.proposals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimitsTest {

  @Test
  void aBucketAllowsItsRateThenSaysHowLongToWait() {
    RateLimits limits = new RateLimits();
    long t = 0;
    for (int i = 0; i < 5; i++) {
      assertEquals(0, limits.acquire("k", 5, t));
    }
    long wait = limits.acquire("k", 5, t);
    assertTrue(wait >= 1 && wait <= 12, "about 12 s for the next of 5 per minute: " + wait);
    assertEquals(0, limits.acquire("k", 5, t + 12_000_000_000L), "refilled");
    assertEquals(0, limits.acquire("other", 5, t), "keys are separate");
    assertEquals(0, limits.acquire("off", 0, t), "0 disables");
  }
}
