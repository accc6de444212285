package tr.bel.kucukcekmece.kentsesi.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;

/** Request and response records of the login API. */
public final class AuthViews {

  private AuthViews() {}

  /** Credentials for {@code POST /api/auth/login}. */
  public record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {}

  /** The logged-in staff member and the token to send as X-CSRF-Token. */
  public record SessionView(String username, String displayName, Set<String> roles, Set<String> departments,
      String csrfToken) {
    static SessionView of(SessionUser u) {
      return new SessionView(u.username(), u.displayName(), u.roles(), u.departments(), u.csrfToken());
    }
  }
}
