package tr.bel.kucukcekmece.kentsesi.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import tr.bel.kucukcekmece.kentsesi.core.config.Settings;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.TokenBuckets;

/**
 * Per-client limits on the citizen-account requests that send an e-mail: registrations
 * ({@code kentsesi.accounts.registrationsPerHour}, default 10) and password-reset requests
 * ({@code kentsesi.accounts.passwordResetsPerHour}, default 10) per client address and hour, as token buckets;
 * {@code 0} disables. A refusal is a 429 problem with Retry-After. Only well-formed requests count, and they count
 * whether or not the address is registered, so a refusal tells nothing about an address.
 */
@ApplicationScoped
public class AccountRequestLimits {

  public static final String REGISTRATIONS_PER_HOUR = "kentsesi.accounts.registrationsPerHour";
  public static final String PASSWORD_RESETS_PER_HOUR = "kentsesi.accounts.passwordResetsPerHour";

  /** What is limited. */
  public enum Kind {
    REGISTRATION(REGISTRATIONS_PER_HOUR, "registration-rate-limited"),
    PASSWORD_RESET(PASSWORD_RESETS_PER_HOUR, "password-reset-rate-limited");

    final String setting;
    final String problem;

    Kind(String setting, String problem) {
      this.setting = setting;
      this.problem = problem;
    }
  }

  static final int DEFAULT_PER_HOUR = 10;
  private static final Duration HOUR = Duration.ofHours(1);

  private final TokenBuckets buckets = new TokenBuckets(50_000);

  /** Takes one request of the kind for the client address; 429 with Retry-After when its allowance is used up. */
  public void take(Kind kind, String client) {
    take(kind, client, Settings.getInt(kind.setting, DEFAULT_PER_HOUR), System.nanoTime());
  }

  void take(Kind kind, String client, int perHour, long nowNanos) {
    long wait = buckets.take(kind.name() + ":" + client, perHour, HOUR, nowNanos);
    if (wait > 0) {
      throw ApiException.tooManyRequests(kind.problem, wait);
    }
  }
}
