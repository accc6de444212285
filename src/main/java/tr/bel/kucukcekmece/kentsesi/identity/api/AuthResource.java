package tr.bel.kucukcekmece.kentsesi.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.CurrentUser;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.identity.api.AuthViews.LoginRequest;
import tr.bel.kucukcekmece.kentsesi.identity.api.AuthViews.SessionView;
import tr.bel.kucukcekmece.kentsesi.identity.application.AccountService;
import tr.bel.kucukcekmece.kentsesi.identity.application.LoginThrottle;
import tr.bel.kucukcekmece.kentsesi.identity.domain.Account;

/**
 * Staff login with a session cookie (HttpOnly, SameSite=Strict) and a CSRF token for state-changing
 * requests.
 */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AuthResource {

  public static final int SESSION_SECONDS = 30 * 60;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject IdentityStoreHandler identityStore;

  @Inject AccountService accounts;

  @Inject LoginThrottle throttle;

  @Inject AuditLog audit;

  @Inject CurrentUser currentUser;

  @Context HttpServletRequest request;

  @Context HttpServletResponse response;

  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_JSON)
  public SessionView login(LoginRequest credentials) {
    credentials.check();
    String username = AccountService.normalize(credentials.username());
    String address = request.getRemoteAddr();
    Instant now = Instant.now();
    Optional<Duration> wait = throttle.retryAfter(username, address, now);
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().toSeconds());
      throw ApiException.tooManyRequests("login-throttled", seconds);
    }
    CredentialValidationResult result =
        identityStore.validate(new UsernamePasswordCredential(username, credentials.password()));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username, address, now);
      audit.record("anonymous", "LOGIN_FAILED", "account", auditableName(username), null);
      throw new ApiException(401, "bad-credentials");
    }
    throttle.succeeded(username, address);
    Account account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new ApiException(401, "bad-credentials"));
    SessionUser user =
        new SessionUser(
            account.id(),
            account.username(),
            account.displayName(),
            account.roles(),
            account.departments(),
            newToken(),
            account.credentialVersion(),
            now);
    user.store(request, response, SESSION_SECONDS);
    audit.record(account.username(), "LOGIN", "account", account.username(), null);
    return SessionView.of(user);
  }

  @GET
  @Path("me")
  public SessionView me() {
    return SessionView.of(currentUser.require());
  }

  @POST
  @Path("logout")
  public Response logout() {
    Optional<SessionUser> user = currentUser.get();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    user.ifPresent(u -> audit.record(u.username(), "LOGOUT", "account", u.username(), null));
    return Response.noContent().build();
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * A failed username is kept only if it looks like a username, so a mistyped e-mail is never
   * stored.
   */
  private static String auditableName(String username) {
    return username != null && username.matches("[a-z0-9][a-z0-9._-]{2,63}")
        ? username
        : "(invalid)";
  }
}
