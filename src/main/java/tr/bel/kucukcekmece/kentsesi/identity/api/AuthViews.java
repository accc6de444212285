package tr.bel.kucukcekmece.kentsesi.identity.api;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;

/** Request and response records of the login API. */
public final class AuthViews {

  private AuthViews() {}

  /**
   * Credentials for {@code POST /api/auth/login}. Checked by {@link #check()} rather than by Bean
   * Validation annotations, which Payara's OpenAPI generator cannot read on record components.
   */
  public record LoginRequest(
      @Schema(required = true, minLength = 1, maxLength = 254) String username,
      @Schema(required = true, minLength = 1, maxLength = 128, format = "password")
          String password) {

    void check() {
      ApiException.Collector errors = new ApiException.Collector();
      if (username == null || username.isBlank()) {
        errors.add("username", "validation.NotBlank");
      } else if (username.length() > 254) {
        errors.add("username", "validation.Size", 1, 254);
      }
      if (password == null || password.isEmpty()) {
        errors.add("password", "validation.NotBlank");
      } else if (password.length() > 128) {
        errors.add("password", "validation.Size", 1, 128);
      }
      errors.throwIfAny();
    }
  }

  /** The logged-in staff member and the token to send as X-CSRF-Token. */
  public record SessionView(
      String username,
      String displayName,
      Set<String> roles,
      Set<String> departments,
      String csrfToken) {
    static SessionView of(SessionUser u) {
      return new SessionView(
          u.username(), u.displayName(), u.roles(), u.departments(), u.csrfToken());
    }
  }
}
