package tr.bel.kucukcekmece.kentsesi.core.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * The logged-in staff member as kept in the HTTP session, with the session's CSRF token.
 *
 * @param departments the departments an OFFICIAL works for
 */
public record SessionUser(long accountId, String username, String displayName, Set<String> roles,
    Set<String> departments, String csrfToken) implements Serializable {

  static final String ATTRIBUTE = "kentsesi.user";

  public boolean hasRole(Role role) {
    return roles.contains(role.name());
  }

  /** Whether this user may work on items of the department: ADMIN always, an OFFICIAL for their own. */
  public boolean canActFor(String departmentCode) {
    return hasRole(Role.ADMIN) || (hasRole(Role.OFFICIAL) && departments.contains(departmentCode));
  }

  public static Optional<SessionUser> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable((SessionUser) session.getAttribute(ATTRIBUTE));
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
  }

  /** Starts a fresh session for this user (a new session id, so a planted one cannot be reused). */
  public void store(HttpServletRequest request, HttpServletResponse response, int maxInactiveSeconds) {
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    session.setMaxInactiveInterval(maxInactiveSeconds);
    session.setAttribute(ATTRIBUTE, this);
    sameSiteStrict(response);
  }

  /**
   * Adds SameSite=Strict to the session cookie the container just set (Payara ignores the SameSite attribute of
   * the session cookie configuration).
   */
  private static void sameSiteStrict(HttpServletResponse response) {
    java.util.List<String> cookies = new java.util.ArrayList<>(response.getHeaders("Set-Cookie"));
    if (cookies.isEmpty()) {
      return;
    }
    boolean first = true;
    for (String c : cookies) {
      String value = c.startsWith("KSSESSION=") && !c.contains("SameSite") ? c + "; SameSite=Strict" : c;
      if (first) {
        response.setHeader("Set-Cookie", value);
        first = false;
      } else {
        response.addHeader("Set-Cookie", value);
      }
    }
  }
}
