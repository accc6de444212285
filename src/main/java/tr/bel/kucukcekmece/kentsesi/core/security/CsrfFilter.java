package tr.bel.kucukcekmece.kentsesi.core.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;

/**
 * A state-changing request made with a staff session must carry the session's token in {@code
 * X-CSRF-Token}; otherwise 403. Logging in is the one exception (there is no token before it).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CsrfFilter implements ContainerRequestFilter {

  public static final String HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext ctx) {
    if (SAFE.contains(ctx.getMethod())) {
      return;
    }
    if (ctx.getUriInfo().getPath().replaceFirst("^/", "").equals("auth/login")) {
      return;
    }
    SessionUser.of(request)
        .ifPresent(
            user -> {
              String sent = ctx.getHeaderString(HEADER);
              if (sent == null
                  || !MessageDigest.isEqual(
                      sent.getBytes(StandardCharsets.UTF_8),
                      user.csrfToken().getBytes(StandardCharsets.UTF_8))) {
                throw ApiException.forbidden("csrf");
              }
            });
  }
}
