package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import tr.bel.kucukcekmece.kentsesi.core.config.Setting;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.TokenBuckets;

/**
 * Per-account and per-client limits on posting (proposals and comments), supporting and flagging:
 * token buckets refilled continuously. Defaults per minute: 5 posts, 30 supports, 10 flags per
 * account; 120 actions per client address. A refusal is a 429 problem with Retry-After.
 */
@ApplicationScoped
public class RateLimits {

  /** What is limited. */
  public enum Action {
    POST(ProposalSettings.POSTS_PER_MINUTE),
    SUPPORT(ProposalSettings.SUPPORTS_PER_MINUTE),
    FLAG(ProposalSettings.FLAGS_PER_MINUTE);

    final Setting<Integer> setting;

    Action(Setting<Integer> setting) {
      this.setting = setting;
    }
  }

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final TokenBuckets buckets = new TokenBuckets(100_000);

  /** Takes a token for the account and one for the client; 429 when either is used up. */
  public void take(Action action, long accountId, String client) {
    long now = System.nanoTime();
    int perAccount = action.setting.get();
    int perClient = ProposalSettings.CLIENT_PER_MINUTE.get();
    long wait =
        Math.max(
            acquire(action + ":a:" + accountId, perAccount, now),
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
