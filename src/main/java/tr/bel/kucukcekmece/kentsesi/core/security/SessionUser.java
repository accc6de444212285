package tr.bel.kucukcekmece.kentsesi.core.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The logged-in user as kept in the HTTP session, with the session's CSRF token. What the session
 * holds is only a claim: {@link SessionAuthenticationMechanism} checks it against the account on
 * every request, and {@link #of} returns only a user checked for the current request.
 *
 * @param departments the departments an OFFICIAL works for
 * @param credentialVersion the account's credential version at login (a password change ends older
 *     sessions)
 * @param issuedAt when the session began (for the absolute session lifetime)
 */
public record SessionUser(
    long accountId,
    String username,
    String displayName,
    Set<String> roles,
    Set<String> departments,
    String csrfToken,
    long credentialVersion,
    Instant issuedAt)
    implements Serializable {

  static final String ATTRIBUTE = "kentsesi.user";

  /** Request attribute: the user checked against the account for this request. */
  static final String CHECKED = "kentsesi.user.checked";

  /** Request attribute: the session could not be checked (database unreachable). */
  static final String UNCHECKED = "kentsesi.user.unchecked";

  public boolean hasRole(Role role) {
    return roles.contains(role.name());
  }

  /**
   * Whether this user may work on items of the department: ADMIN always, an OFFICIAL for their own.
   */
  public boolean canActFor(String departmentCode) {
    return hasRole(Role.ADMIN) || (hasRole(Role.OFFICIAL) && departments.contains(departmentCode));
  }

  /** This session with the account's current name, roles and departments. */
  SessionUser withAccess(String displayName, Set<String> roles, Set<String> departments) {
    return new SessionUser(
        accountId,
        username,
        displayName,
        Set.copyOf(roles),
        Set.copyOf(departments),
        csrfToken,
        credentialVersion,
        issuedAt);
  }

  /** This session after its own password change (same start and CSRF token). */
  public SessionUser withCredentialVersion(long version) {
    return new SessionUser(
        accountId, username, displayName, roles, departments, csrfToken, version, issuedAt);
  }

  /**
   * The user of this request, checked against the account; empty when anonymous or the session was
   * ended.
   */
  public static Optional<SessionUser> of(HttpServletRequest request) {
    Object checked = request.getAttribute(CHECKED);
    return checked instanceof SessionUser u ? Optional.of(u) : Optional.empty();
  }

  /**
   * Whether this request's session could not be checked because the account store was unreachable.
   */
  public static boolean uncheckable(HttpServletRequest request) {
    return request.getAttribute(UNCHECKED) != null;
  }

  /** The claim the session holds, unchecked. */
  static Optional<SessionUser> inSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable((SessionUser) session.getAttribute(ATTRIBUTE));
    } catch (IllegalStateException | ClassCastException invalidated) {
      return Optional.empty();
    }
  }

  /** Starts a fresh session for this user (a new session id, so a planted one cannot be reused). */
  public void store(
      HttpServletRequest request, HttpServletResponse response, int maxInactiveSeconds) {
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    session.setMaxInactiveInterval(maxInactiveSeconds);
    session.setAttribute(ATTRIBUTE, this);
    request.setAttribute(CHECKED, this);
    sameSiteStrict(response);
  }

  /**
   * Adds SameSite=Strict to the session cookie the container just set (Payara ignores the SameSite
   * attribute of the session cookie configuration).
   */
  private static void sameSiteStrict(HttpServletResponse response) {
    java.util.List<String> cookies = new java.util.ArrayList<>(response.getHeaders("Set-Cookie"));
    if (cookies.isEmpty()) {
      return;
    }
    boolean first = true;
    for (String c : cookies) {
      String value =
          c.startsWith("KSSESSION=") && !c.contains("SameSite") ? c + "; SameSite=Strict" : c;
      if (first) {
        response.setHeader("Set-Cookie", value);
        first = false;
      } else {
        response.addHeader("Set-Cookie", value);
      }
    }
  }
}
