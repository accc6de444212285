package tr.bel.kucukcekmece.kentsesi.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import tr.bel.kucukcekmece.kentsesi.core.config.Setting;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.TokenBuckets;

/**
 * Per-client limits on the citizen-account requests that send an e-mail: registrations ({@code
 * kentsesi.accounts.registrationsPerHour}, default 10) and password-reset requests ({@code
 * kentsesi.accounts.passwordResetsPerHour}, default 10) per client address and hour, as token
 * buckets; {@code 0} disables. A refusal is a 429 problem with Retry-After. Only well-formed
 * requests count, and they count whether or not the address is registered, so a refusal tells
 * nothing about an address.
 */
@ApplicationScoped
public class AccountRequestLimits {

  /** What is limited. */
  public enum Kind {
    REGISTRATION(IdentitySettings.REGISTRATIONS_PER_HOUR, "registration-rate-limited"),
    PASSWORD_RESET(IdentitySettings.PASSWORD_RESETS_PER_HOUR, "password-reset-rate-limited");

    final Setting<Integer> setting;
    final String problem;

    Kind(Setting<Integer> setting, String problem) {
      this.setting = setting;
      this.problem = problem;
    }
  }

  private static final Duration HOUR = Duration.ofHours(1);

  private final TokenBuckets buckets = new TokenBuckets(50_000);

  /**
   * Takes one request of the kind for the client address; 429 with Retry-After when its allowance
   * is used up.
   */
  public void take(Kind kind, String client) {
    take(kind, client, kind.setting.get(), System.nanoTime());
  }

  void take(Kind kind, String client, int perHour, long nowNanos) {
    long wait = buckets.take(kind.name() + ":" + client, perHour, HOUR, nowNanos);
    if (wait > 0) {
      throw ApiException.tooManyRequests(kind.problem, wait);
    }
  }
}
