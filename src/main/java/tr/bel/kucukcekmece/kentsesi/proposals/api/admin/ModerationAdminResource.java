package tr.bel.kucukcekmece.kentsesi.proposals.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.CurrentUser;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.HideRequest;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.ModerationItemView;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.WordsRequest;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ModerationService;

/**
 * The moderators' queue (held and flagged proposals and comments), hiding and restoring, and the
 * word list.
 */
@Path("admin/moderation")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.MODERATOR_NAME, Role.ADMIN_NAME})
public class ModerationAdminResource {

  @Inject ModerationService moderation;

  @Inject CurrentUser currentUser;

  @GET
  @Path("queue")
  public List<ModerationItemView> queue() {
    return moderation.queue(200).stream().map(ModerationItemView::of).toList();
  }

  @POST
  @Path("{type}/{id: [0-9]+}/hide")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response hide(@PathParam("type") String type, @PathParam("id") long id, HideRequest body) {
    moderation.hide(currentUser.require(), targetType(type), id, body.reason());
    return Response.noContent().build();
  }

  @POST
  @Path("{type}/{id: [0-9]+}/restore")
  public Response restore(@PathParam("type") String type, @PathParam("id") long id) {
    moderation.restore(currentUser.require(), targetType(type), id);
    return Response.noContent().build();
  }

  @GET
  @Path("words")
  public Map<String, List<String>> words() {
    return moderation.wordsByLanguage();
  }

  @PUT
  @Path("words")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, List<String>> replaceWords(WordsRequest body) {
    return moderation.replaceWords(currentUser.require(), body.tr(), body.en());
  }

  private static String targetType(String type) {
    return switch (type) {
      case "proposals" -> "PROPOSAL";
      case "comments" -> "COMMENT";
      default -> throw ApiException.notFound("moderation-target-unknown");
    };
  }
}
