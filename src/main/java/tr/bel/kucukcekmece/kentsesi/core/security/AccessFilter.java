package tr.bel.kucukcekmece.kentsesi.core.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;

/**
 * Access rules of the API: {@code @RolesAllowed} on a resource method or class, and everything
 * under {@code /api/admin/} needs a logged-in staff member (a citizen account is not one).
 * Anonymous callers get 401, the wrong role 403.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext ctx) {
    Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    if (method == null || type == null) {
      return;
    }
    RolesAllowed roles =
        Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
            .orElse(type.getAnnotation(RolesAllowed.class));
    boolean permitAll = method.isAnnotationPresent(PermitAll.class);
    boolean adminArea = ctx.getUriInfo().getPath().replaceFirst("^/", "").startsWith("admin/");
    if (permitAll || (roles == null && !adminArea)) {
      return;
    }
    if (SessionUser.of(request).isEmpty() && SessionUser.uncheckable(request)) {
      throw ApiException.unavailable("database-unavailable", 5);
    }
    SessionUser user =
        SessionUser.of(request).orElseThrow(() -> new ApiException(401, "unauthenticated"));
    if (adminArea && roles == null && user.roles().stream().allMatch(Role.CITIZEN_NAME::equals)) {
      throw ApiException.forbidden("forbidden");
    }
    if (roles != null && Arrays.stream(roles.value()).noneMatch(user.roles()::contains)) {
      throw ApiException.forbidden("forbidden");
    }
  }
}
