package tr.bel.kucukcekmece.kentsesi.core.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionAccounts.AccountState;

/**
 * The rule a session is held to on each request, apart from the idle timeout the container keeps.
 */
public final class SessionCheck {

  private SessionCheck() {}

  /**
   * The session's user with the account's current roles and departments, or empty when the session
   * must end: the account is gone or deactivated, its password changed since the session began
   * (another credential version), or the session is older than {@code maxAge}.
   */
  public static Optional<SessionUser> recheck(
      SessionUser user, Optional<AccountState> account, Instant now, Duration maxAge) {
    if (account.isEmpty()
        || !account.get().active()
        || account.get().accountId() != user.accountId()
        || account.get().credentialVersion() != user.credentialVersion()) {
      return Optional.empty();
    }
    if (user.issuedAt() == null || !now.isBefore(user.issuedAt().plus(maxAge))) {
      return Optional.empty();
    }
    AccountState a = account.get();
    if (a.roles().equals(user.roles())
        && a.departments().equals(user.departments())
        && a.displayName().equals(user.displayName())) {
      return Optional.of(user);
    }
    return Optional.of(user.withAccess(a.displayName(), a.roles(), a.departments()));
  }
}
