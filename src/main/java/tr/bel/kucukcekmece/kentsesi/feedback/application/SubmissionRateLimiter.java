package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import tr.bel.kucukcekmece.kentsesi.core.config.Settings;

/**
 * Per-client limit on submissions: a token bucket of {@code kentsesi.feedback.ratePerMinute} (default 10) per
 * client address, refilled continuously. A refusal says how many seconds to wait.
 */
@ApplicationScoped
public class SubmissionRateLimiter {

  public static final String RATE_SETTING = "kentsesi.feedback.ratePerMinute";

  private final Map<String, double[]> buckets = new ConcurrentHashMap<>();
  private final int perMinute;

  public SubmissionRateLimiter() {
    this(Settings.getInt(RATE_SETTING, 10));
  }

  SubmissionRateLimiter(int perMinute) {
    this.perMinute = perMinute;
  }

  /** Takes one token for the client; empty when allowed, else the seconds to wait. */
  public OptionalLong acquire(String client, long nowNanos) {
    if (perMinute <= 0) {
      return OptionalLong.empty();
    }
    double ratePerNano = perMinute / 60e9;
    if (buckets.size() > 50_000) {
      buckets.clear();
    }
    double[] bucket = buckets.computeIfAbsent(client, k -> new double[] {perMinute, nowNanos});
    synchronized (bucket) {
      double tokens = Math.min(perMinute, bucket[0] + (nowNanos - bucket[1]) * ratePerNano);
      bucket[1] = nowNanos;
      if (tokens >= 1) {
        bucket[0] = tokens - 1;
        return OptionalLong.empty();
      }
      bucket[0] = tokens;
      return OptionalLong.of((long) Math.ceil((1 - tokens) / ratePerNano / 1e9));
    }
  }
}
