package tr.bel.kucukcekmece.kentsesi.identity.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.CurrentUser;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.identity.api.AuthResource;
import tr.bel.kucukcekmece.kentsesi.identity.api.admin.AccountViews.AccountView;
import tr.bel.kucukcekmece.kentsesi.identity.api.admin.AccountViews.AuditView;
import tr.bel.kucukcekmece.kentsesi.identity.api.admin.AccountViews.CreateAccountRequest;
import tr.bel.kucukcekmece.kentsesi.identity.api.admin.AccountViews.UpdateAccountRequest;
import tr.bel.kucukcekmece.kentsesi.identity.application.AccountService;
import tr.bel.kucukcekmece.kentsesi.identity.application.AccountService.AccountSpec;
import tr.bel.kucukcekmece.kentsesi.identity.domain.Account;

/** Administrators create and change staff accounts and read the audit log. */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@RequestScoped
public class AccountAdminResource {

  @Inject AccountService accounts;

  @Inject AuditLog audit;

  @Inject CurrentUser currentUser;

  @Context UriInfo uri;

  @Context HttpServletRequest request;

  @Context HttpServletResponse response;

  @POST
  @Path("accounts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CreateAccountRequest body) {
    Account account =
        accounts.create(
            new AccountSpec(
                body.username(),
                body.displayName(),
                body.email(),
                body.password(),
                body.roles(),
                body.departments(),
                true),
            currentUser.actor());
    return Response.created(uri.getBaseUriBuilder().path("admin/accounts/{id}").build(account.id()))
        .entity(AccountView.of(account))
        .build();
  }

  @GET
  @Path("accounts")
  public List<AccountView> list() {
    return accounts.all().stream().map(AccountView::of).toList();
  }

  @GET
  @Path("accounts/{id}")
  public AccountView get(@PathParam("id") long id) {
    return accounts
        .find(id)
        .map(AccountView::of)
        .orElseThrow(() -> ApiException.notFound("account-not-found"));
  }

  @PUT
  @Path("accounts/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountView update(@PathParam("id") long id, UpdateAccountRequest body) {
    Account account =
        accounts.update(
            id,
            new AccountSpec(
                null,
                body.displayName(),
                body.email(),
                body.password(),
                body.roles(),
                body.departments(),
                body.active()),
            currentUser.actor());
    SessionUser me = currentUser.require();
    if (me.accountId() == id && body.password() != null) {
      // the password change ends every other session of the account; this one goes on under a new
      // session id
      me.withCredentialVersion(account.credentialVersion())
          .store(request, response, AuthResource.SESSION_SECONDS);
    }
    return AccountView.of(account);
  }

  @GET
  @Path("audit")
  public List<AuditView> audit(
      @QueryParam("targetType") String targetType,
      @QueryParam("targetId") String targetId,
      @QueryParam("limit") Integer limit) {
    return audit.recent(targetType, targetId, limit == null ? 100 : limit).stream()
        .map(AuditView::of)
        .toList();
  }
}
