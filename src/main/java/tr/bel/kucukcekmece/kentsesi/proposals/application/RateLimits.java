package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import tr.bel.kucukcekmece.kentsesi.core.config.Settings;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.TokenBuckets;

/**
 * Per-account and per-client limits on posting (proposals and comments), supporting and flagging: token buckets
 * refilled continuously. Defaults per minute: 5 posts, 30 supports, 10 flags per account; 120 actions per client
 * address. A refusal is a 429 problem with Retry-After.
 */
@ApplicationScoped
public class RateLimits {

  /** What is limited. */
  public enum Action {
    POST(ProposalSettings.POSTS_PER_MINUTE, 5),
    SUPPORT(ProposalSettings.SUPPORTS_PER_MINUTE, 30),
    FLAG(ProposalSettings.FLAGS_PER_MINUTE, 10);

    final String setting;
    final int fallback;

    Action(String setting, int fallback) {
      this.setting = setting;
      this.fallback = fallback;
    }
  }

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final TokenBuckets buckets = new TokenBuckets(100_000);

  /** Takes a token for the account and one for the client; 429 when either is used up. */
  public void take(Action action, long accountId, String client) {
    long now = System.nanoTime();
    int perAccount = Settings.getInt(action.setting, action.fallback);
    int perClient = Settings.getInt(ProposalSettings.CLIENT_PER_MINUTE, 120);
    long wait = Math.max(acquire(action + ":a:" + accountId, perAccount, now),
        acquire(action + ":c:" + client, perClient, now));
    if (wait > 0) {
      throw ApiException.tooManyRequests("proposal-rate-limited", wait);
    }
  }

  /** Seconds to wait, 0 when allowed (a refused call takes nothing). */
  long acquire(String key, int perMinute, long nowNanos) {
    return buckets.take(key, perMinute, MINUTE, nowNanos);
  }
}
