package tr.bel.kucukcekmece.kentsesi.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;

/**
 * Jakarta Security mechanism for sessions: the caller established by {@code POST /api/auth/login}
 * is checked against the account on every request of that session ({@link SessionCheck}): roles and
 * departments as they are now, and the session ended when the account is gone or deactivated, its
 * password changed, or the absolute lifetime ({@code kentsesi.session.maxHours}, default 12) has
 * passed. Only the checked user is told to the container and seen by {@link SessionUser#of}.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final Logger LOG =
      Logger.getLogger(SessionAuthenticationMechanism.class.getName());

  @Inject SessionAccounts accounts;

  private final Duration maxAge = Duration.ofHours(CoreSettings.SESSION_MAX_HOURS.get());

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<SessionUser> user = checked(request);
    return user.map(u -> context.notifyContainerAboutLogin(u.username(), new HashSet<>(u.roles())))
        .orElseGet(context::doNothing);
  }

  private Optional<SessionUser> checked(HttpServletRequest request) {
    Object done = request.getAttribute(SessionUser.CHECKED);
    if (done instanceof SessionUser u) {
      return Optional.of(u);
    }
    Optional<SessionUser> claim = SessionUser.inSession(request);
    if (claim.isEmpty()) {
      return Optional.empty();
    }
    Optional<SessionAccounts.AccountState> account;
    try {
      account = accounts.current(claim.get().accountId());
    } catch (RuntimeException unreachable) {
      LOG.log(Level.FINE, "session not checked: account store unreachable", unreachable);
      request.setAttribute(SessionUser.UNCHECKED, Boolean.TRUE);
      return Optional.empty();
    }
    Optional<SessionUser> now = SessionCheck.recheck(claim.get(), account, Instant.now(), maxAge);
    HttpSession session = request.getSession(false);
    if (now.isEmpty()) {
      if (session != null) {
        try {
          session.invalidate();
        } catch (IllegalStateException alreadyGone) {
          // ended by a concurrent request
        }
      }
      return Optional.empty();
    }
    if (now.get() != claim.get() && session != null) {
      try {
        session.setAttribute(SessionUser.ATTRIBUTE, now.get());
      } catch (IllegalStateException alreadyGone) {
        return Optional.empty();
      }
    }
    request.setAttribute(SessionUser.CHECKED, now.get());
    return now;
  }
}
