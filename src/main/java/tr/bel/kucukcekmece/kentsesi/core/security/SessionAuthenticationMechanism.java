package tr.bel.kucukcekmece.kentsesi.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;

/**
 * Jakarta Security mechanism for staff sessions: the caller established by {@code POST /api/auth/login} (which
 * checks the password through the identity store) is told to the container on each request of that session.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    return SessionUser.of(request)
        .map(u -> context.notifyContainerAboutLogin(u.username(), new HashSet<>(u.roles())))
        .orElseGet(context::doNothing);
  }
}
