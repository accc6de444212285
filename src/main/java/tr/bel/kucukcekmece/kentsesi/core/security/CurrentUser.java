package tr.bel.kucukcekmece.kentsesi.core.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;

/** The staff member behind the current request, if any. */
@RequestScoped
public class CurrentUser {

  @Inject HttpServletRequest request;

  public Optional<SessionUser> get() {
    return SessionUser.of(request);
  }

  /** The logged-in user; 401 otherwise. */
  public SessionUser require() {
    return get().orElseThrow(() -> new ApiException(401, "unauthenticated"));
  }

  /** The name recorded in audit entries: the username, or "anonymous". */
  public String actor() {
    return get().map(SessionUser::username).orElse("anonymous");
  }

  public String clientAddress() {
    return request.getRemoteAddr();
  }
}
