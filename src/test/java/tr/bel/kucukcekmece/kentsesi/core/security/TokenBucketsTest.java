package tr.bel.kucukcekmece.kentsesi.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void anHourlyBucketAllowsItsBurstThenOneTokenPerSixMinutes() {
    TokenBuckets buckets = new TokenBuckets(100);
    Duration hour = Duration.ofHours(1);
    for (int i = 0; i < 10; i++) {
      assertEquals(0, buckets.take("a", 10, hour, 0), "request " + i);
    }
    assertEquals(360, buckets.take("a", 10, hour, 0), "10 an hour: the next token after 360 s");
    assertEquals(
        300,
        buckets.take("a", 10, hour, 60 * SECOND),
        "a refusal takes nothing; 60 s later 300 s are left");
    assertEquals(0, buckets.take("a", 10, hour, 360 * SECOND), "one token back after 360 s");
    assertEquals(360, buckets.take("a", 10, hour, 360 * SECOND), "and only one");
    assertEquals(0, buckets.take("b", 10, hour, 0), "keys are separate");
  }

  @Test
  void zeroOrLessMeansNoLimit() {
    TokenBuckets buckets = new TokenBuckets(100);
    for (int i = 0; i < 1000; i++) {
      assertEquals(0, buckets.take("a", 0, Duration.ofHours(1), 0));
      assertEquals(0, buckets.take("b", -1, Duration.ofHours(1), 0));
    }
  }

  @Test
  void tooManyKeysStartAllBucketsAfresh() {
    TokenBuckets buckets = new TokenBuckets(3);
    assertEquals(0, buckets.take("a", 1, Duration.ofHours(1), 0));
    assertEquals(3600, buckets.take("a", 1, Duration.ofHours(1), 0));
    for (String k : new String[] {"b", "c", "d"}) {
      buckets.take(k, 1, Duration.ofHours(1), 0);
    }
    buckets.take("e", 1, Duration.ofHours(1), 0);
    assertEquals(
        0, buckets.take("a", 1, Duration.ofHours(1), 0), "memory is bounded: the map was cleared");
  }
}
