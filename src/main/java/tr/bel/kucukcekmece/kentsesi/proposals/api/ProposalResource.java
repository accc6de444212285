package tr.bel.kucukcekmece.kentsesi.proposals.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.CurrentUser;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.stats.FigureSource.Figure;
import tr.bel.kucukcekmece.kentsesi.feedback.ServiceSuggestions;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.CommentEditRequest;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.CommentRequest;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.CommentView;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.CreatedView;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.DepartmentSuggestionView;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.DetailView;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.FlagRequest;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.ItemView;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.ListView;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.ProposalRequest;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.SupportView;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalAuthoring;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalAuthoring.NewProposal;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalComments;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalFigures;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalFlags;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex.ListQuery;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalQueries;
import tr.bel.kucukcekmece.kentsesi.proposals.application.SupportGate;
import tr.bel.kucukcekmece.kentsesi.proposals.application.SupportsAndFollows;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalComment;

/**
 * Proposals for everyone to read and search, and for logged-in citizens to create, support, follow,
 * comment on and flag. State changes need the session's X-CSRF-Token.
 */
@Path("proposals")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProposalResource {

  @Inject ProposalAuthoring authoring;

  @Inject ProposalQueries queries;

  @Inject SupportsAndFollows follows;

  @Inject ProposalComments comments;

  @Inject ProposalFlags flags;

  @Inject ProposalIndex index;

  @Inject SupportGate supports;

  @Inject ServiceSuggestions suggester;

  @Inject CurrentUser currentUser;

  @Inject ProposalFigures figures;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ProposalRequest body) {
    Proposal p =
        authoring.create(
            user(),
            currentUser.clientAddress(),
            new NewProposal(
                body.title(), body.body(), body.departmentCode(), body.neighbourhoodCode()));
    return Response.created(uri.getBaseUriBuilder().path("proposals/{id}").build(p.id()))
        .entity(new CreatedView(p.id(), p.state().name(), p.visibility().name(), p.heldReason()))
        .build();
  }

  @GET
  public ListView list(
      @QueryParam("q") String q,
      @QueryParam("department") String department,
      @QueryParam("neighbourhood") String neighbourhood,
      @QueryParam("state") String state,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    ListQuery query = queries.listQuery(q, department, neighbourhood, state, sort, page, size);
    ProposalIndex.Page result = index.list(query);
    long pages = (result.total() + query.size() - 1) / query.size();
    return new ListView(
        result.total(),
        query.page(),
        query.size(),
        pages,
        query.sort(),
        result.hits().stream().map(ItemView::of).toList());
  }

  /**
   * The proposals' public figures for a period (default: the last 365 days up to today, İstanbul
   * dates), as the transparency page shows them.
   */
  @GET
  @Path("figures")
  public List<Figure> figures(@QueryParam("from") String from, @QueryParam("to") String to) {
    ApiException.Collector errors = new ApiException.Collector();
    java.time.LocalDate today = tr.bel.kucukcekmece.kentsesi.core.time.Times.todayInIstanbul();
    java.time.LocalDate end = date("to", to, today, errors);
    java.time.LocalDate start = date("from", from, end.minusDays(364), errors);
    if (errors.isEmpty() && start.isAfter(end)) {
      errors.add("from", "proposal.periodOrder");
    }
    errors.throwIfAny();
    return figures.figures(start, end);
  }

  private static java.time.LocalDate date(
      String name, String value, java.time.LocalDate fallback, ApiException.Collector errors) {
    return tr.bel.kucukcekmece.kentsesi.core.rest.InputDates.parse(name, value, fallback, errors);
  }

  @GET
  @Path("similar")
  public List<ItemView> similar(
      @QueryParam("text") String text, @QueryParam("exclude") String excludeParam) {
    Long exclude = null;
    if (excludeParam != null && !excludeParam.isBlank()) {
      try {
        exclude = Long.parseLong(excludeParam.strip());
      } catch (NumberFormatException e) {
        throw ApiException.invalid("exclude", "validation.invalid");
      }
    }
    if (text != null && text.length() > ProposalAuthoring.BODY_MAX + ProposalAuthoring.TITLE_MAX) {
      throw ApiException.invalid(
          "text", "validation.Size", 0, ProposalAuthoring.BODY_MAX + ProposalAuthoring.TITLE_MAX);
    }
    return index.similar(text, 5, exclude).stream().map(ItemView::of).toList();
  }

  /**
   * The department most likely responsible for what the citizen is writing (from the service
   * catalog); none when the text does not clearly point to one.
   */
  @GET
  @Path("suggest-department")
  public List<DepartmentSuggestionView> suggestDepartment(@QueryParam("text") String text) {
    if (text != null && text.length() > ProposalAuthoring.BODY_MAX + ProposalAuthoring.TITLE_MAX) {
      throw ApiException.invalid(
          "text", "validation.Size", 0, ProposalAuthoring.BODY_MAX + ProposalAuthoring.TITLE_MAX);
    }
    return suggester.confident(text).stream()
        .map(s -> new DepartmentSuggestionView(s.departmentCode(), s.serviceCode()))
        .toList();
  }

  @GET
  @Path("{id: [0-9]+}")
  public DetailView detail(@PathParam("id") long id) {
    var viewer = currentUser.get();
    return DetailView.of(queries.details(id, viewer), me(viewer));
  }

  private SessionUser user() {
    return currentUser.get().orElseThrow(() -> new ApiException(401, "login-required"));
  }

  static Long me(java.util.Optional<SessionUser> viewer) {
    return viewer.filter(u -> u.hasRole(Role.CITIZEN)).map(SessionUser::accountId).orElse(null);
  }

  @POST
  @Path("{id: [0-9]+}/withdraw")
  public DetailView withdraw(@PathParam("id") long id) {
    SessionUser user = user();
    authoring.withdraw(user, id);
    return DetailView.of(queries.details(id, currentUser.get()), user.accountId());
  }

  @POST
  @Path("{id: [0-9]+}/supports")
  public SupportView support(@PathParam("id") long id) {
    return new SupportView(id, supports.support(user(), currentUser.clientAddress(), id), true);
  }

  @DELETE
  @Path("{id: [0-9]+}/supports")
  public SupportView unsupport(@PathParam("id") long id) {
    return new SupportView(id, supports.unsupport(user(), id), false);
  }

  @POST
  @Path("{id: [0-9]+}/follow")
  public Response follow(@PathParam("id") long id) {
    follows.follow(user(), id, true);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id: [0-9]+}/follow")
  public Response unfollow(@PathParam("id") long id) {
    follows.follow(user(), id, false);
    return Response.noContent().build();
  }

  @POST
  @Path("{id: [0-9]+}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response comment(@PathParam("id") long id, CommentRequest body) {
    SessionUser user = user();
    ProposalComment c =
        comments.comment(user, currentUser.clientAddress(), id, body.parentId(), body.text());
    return Response.status(201).entity(CommentView.of(c, user.accountId())).build();
  }

  @PUT
  @Path("comments/{cid: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CommentView editComment(@PathParam("cid") long cid, CommentEditRequest body) {
    SessionUser user = user();
    return CommentView.of(comments.editComment(user, cid, body.text()), user.accountId());
  }

  @DELETE
  @Path("comments/{cid: [0-9]+}")
  public CommentView deleteComment(@PathParam("cid") long cid) {
    SessionUser user = user();
    return CommentView.of(comments.deleteComment(user, cid), user.accountId());
  }

  @POST
  @Path("{id: [0-9]+}/flags")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response flagProposal(@PathParam("id") long id, FlagRequest body) {
    flags.flag(user(), currentUser.clientAddress(), "PROPOSAL", id, body.reason());
    return Response.status(201).build();
  }

  @POST
  @Path("comments/{cid: [0-9]+}/flags")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response flagComment(@PathParam("cid") long cid, FlagRequest body) {
    flags.flag(user(), currentUser.clientAddress(), "COMMENT", cid, body.reason());
    return Response.status(201).build();
  }
}
