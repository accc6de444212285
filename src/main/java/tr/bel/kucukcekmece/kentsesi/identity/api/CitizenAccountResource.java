package tr.bel.kucukcekmece.kentsesi.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.core.security.CurrentUser;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.identity.application.CitizenAccounts;
import tr.bel.kucukcekmece.kentsesi.identity.application.CitizenAccounts.CitizenView;
import tr.bel.kucukcekmece.kentsesi.identity.application.CitizenAccounts.Registration;

/**
 * Citizen accounts: register, verify the address, reset the password, see, change, download and
 * delete one's own account. Logging in is {@code POST /api/auth/login} with the e-mail address as
 * username.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CitizenAccountResource {

  @Inject CitizenAccounts accounts;

  @Inject CurrentUser currentUser;

  @Context HttpHeaders headers;

  @Context HttpServletRequest request;

  @Context HttpServletResponse response;

  /** Body of {@code POST /api/accounts}. */
  public record RegistrationRequest(
      String email,
      String password,
      String displayName,
      String neighbourhoodCode,
      Boolean kvkkAcknowledged,
      String kvkkNoticeVersion,
      String language) {}

  /** Body of {@code POST /api/accounts/verify}. */
  public record TokenRequest(String token) {}

  /** Body of {@code POST /api/accounts/password-reset}. */
  public record ResetRequest(String email) {}

  /** Body of {@code POST /api/accounts/password-reset/confirm}. */
  public record ResetConfirmRequest(String token, String password) {}

  /** Body of {@code POST /api/accounts/me/delete}. */
  public record DeleteRequest(String password) {}

  /** Body of {@code PUT /api/accounts/me}. */
  public record UpdateRequest(String displayName, String neighbourhoodCode, String language) {}

  /** The registration notice with its version. */
  public record NoticeView(String version, String tr, String en) {}

  /**
   * The answer to a registration or reset request: always the same, whether or not the address is
   * known.
   */
  public record AcceptedView(String status) {}

  private String language() {
    return Messages.choose(headers.getAcceptableLanguages()).getLanguage();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(RegistrationRequest body) {
    accounts.register(
        new Registration(
            body.email(),
            body.password(),
            body.displayName(),
            body.neighbourhoodCode(),
            body.kvkkAcknowledged(),
            body.kvkkNoticeVersion(),
            body.language() == null ? language() : body.language()),
        currentUser.clientAddress());
    return Response.accepted(new AcceptedView("check-email")).build();
  }

  @GET
  @Path("kvkk-notice")
  public NoticeView notice() {
    return new NoticeView(
        CitizenAccounts.NOTICE_VERSION, CitizenAccounts.notice("tr"), CitizenAccounts.notice("en"));
  }

  @POST
  @Path("verify")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Boolean> verify(TokenRequest body) {
    accounts.verify(body.token());
    return Map.of("verified", true);
  }

  @POST
  @Path("password-reset")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response requestReset(ResetRequest body) {
    accounts.requestReset(body.email(), currentUser.clientAddress());
    return Response.accepted(new AcceptedView("check-email")).build();
  }

  @POST
  @Path("password-reset/confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reset(ResetConfirmRequest body) {
    CitizenAccounts.PasswordReset reset = accounts.resetPassword(body.token(), body.password());
    // other sessions of the account end; a session of the same account that made the reset goes on,
    // re-issued
    currentUser
        .get()
        .filter(u -> u.accountId() == reset.accountId())
        .ifPresent(
            u ->
                u.withCredentialVersion(reset.credentialVersion())
                    .store(request, response, AuthResource.SESSION_SECONDS));
    return Response.noContent().build();
  }

  @GET
  @Path("me")
  @RolesAllowed(Role.CITIZEN_NAME)
  public CitizenView me() {
    return accounts.view(currentUser.require().accountId());
  }

  @PUT
  @Path("me")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CITIZEN_NAME)
  public CitizenView update(UpdateRequest body) {
    return accounts.update(
        currentUser.require().accountId(),
        body.displayName(),
        body.neighbourhoodCode(),
        body.language());
  }

  /** Everything held about the citizen, as a JSON download. */
  @GET
  @Path("me/export")
  @RolesAllowed(Role.CITIZEN_NAME)
  public Response export() {
    return Response.ok(accounts.export(currentUser.require().accountId()))
        .header("Content-Disposition", "attachment; filename=\"kentsesi-verilerim.json\"")
        .build();
  }

  /** Deletes the account (password required) and ends the session. */
  @POST
  @Path("me/delete")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CITIZEN_NAME)
  public Response delete(DeleteRequest body) {
    if (body == null) {
      throw ApiException.invalid("password", "validation.required");
    }
    accounts.delete(currentUser.require().accountId(), body.password());
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return Response.noContent().build();
  }
}
