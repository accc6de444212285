package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalLong;
import tr.bel.kucukcekmece.kentsesi.core.security.TokenBuckets;

/**
 * Per-client limit on submissions: a token bucket of {@code kentsesi.feedback.ratePerMinute}
 * (default 10) per client address, refilled continuously. A refusal says how many seconds to wait.
 */
@ApplicationScoped
public class SubmissionRateLimiter {

  private final TokenBuckets buckets = new TokenBuckets(50_000);
  private final int perMinute;

  public SubmissionRateLimiter() {
    this(FeedbackSettings.RATE_PER_MINUTE.get());
  }

  SubmissionRateLimiter(int perMinute) {
    this.perMinute = perMinute;
  }

  /** Takes one token for the client; empty when allowed, else the seconds to wait. */
  public OptionalLong acquire(String client, long nowNanos) {
    long wait = buckets.take(client, perMinute, Duration.ofMinutes(1), nowNanos);
    return wait == 0 ? OptionalLong.empty() : OptionalLong.of(wait);
  }
}
