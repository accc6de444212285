package tr.bel.kucukcekmece.kentsesi.core.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key (a client address, an account), refilled continuously: a bucket holds up to
 * {@code capacity} tokens and regains {@code capacity} of them per period, so a burst of the whole
 * allowance is possible and then one request per period/capacity. A refused request takes nothing.
 * Held in memory, per server; when more than {@code maxKeys} keys are held, all buckets start full
 * again (a bound on memory, not on abuse).
 */
public final class TokenBuckets {

  private final Map<String, double[]> buckets = new ConcurrentHashMap<>();
  private final int maxKeys;

  public TokenBuckets(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  /**
   * Takes one token from the key's bucket: 0 when allowed, else the whole seconds to wait for the
   * next token (at least 1). A capacity of 0 or less means no limit.
   */
  public long take(String key, int capacity, Duration period, long nowNanos) {
    if (capacity <= 0) {
      return 0;
    }
    if (buckets.size() > maxKeys) {
      buckets.clear();
    }
    double ratePerNano = capacity / (double) period.toNanos();
    double[] bucket = buckets.computeIfAbsent(key, k -> new double[] {capacity, nowNanos});
    synchronized (bucket) {
      double tokens = Math.min(capacity, bucket[0] + (nowNanos - bucket[1]) * ratePerNano);
      bucket[1] = nowNanos;
      if (tokens >= 1) {
        bucket[0] = tokens - 1;
        return 0;
      }
      bucket[0] = tokens;
      return Math.max(1, (long) Math.ceil((1 - tokens) / ratePerNano / 1e9));
    }
  }
}
