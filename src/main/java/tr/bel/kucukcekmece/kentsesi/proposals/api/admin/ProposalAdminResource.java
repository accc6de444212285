package tr.bel.kucukcekmece.kentsesi.proposals.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.security.CurrentUser;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.AnswerRequest;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.DepartmentRequest;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.MilestoneRequest;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.MilestoneView;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.QueueView;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndexer;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalOffice;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Milestone;

/** Officials' proposal queue of their departments, answers and accountability milestones. */
@Path("admin/proposals")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.OFFICIAL_NAME, Role.ADMIN_NAME})
public class ProposalAdminResource {

  @Inject ProposalOffice office;

  @Inject ProposalIndexer indexer;

  @Inject CurrentUser currentUser;

  @Inject AuditLog audit;

  /**
   * Threshold-reached proposals awaiting an answer first (earliest due date first), then by
   * supports.
   */
  @GET
  @Path("queue")
  public List<QueueView> queue(@QueryParam("department") String department) {
    return office.queue(currentUser.require(), department, 200).stream()
        .map(QueueView::of)
        .toList();
  }

  @POST
  @Path("{id: [0-9]+}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  public QueueView answer(@PathParam("id") long id, AnswerRequest body) {
    return QueueView.of(office.answer(currentUser.require(), id, body.state(), body.reason()));
  }

  @POST
  @Path("{id: [0-9]+}/milestones")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response milestone(@PathParam("id") long id, MilestoneRequest body) {
    Milestone m =
        office.addMilestone(currentUser.require(), id, body.date(), body.text(), body.progress());
    return Response.status(201)
        .entity(new MilestoneView(m.on(), m.description(), m.progress()))
        .build();
  }

  @POST
  @Path("{id: [0-9]+}/department")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  public QueueView department(@PathParam("id") long id, DepartmentRequest body) {
    return QueueView.of(office.assignDepartment(currentUser.require(), id, body.departmentCode()));
  }

  /** ADMIN: rebuilds the proposals' search index from the database. */
  @POST
  @Path("index/rebuild")
  @RolesAllowed(Role.ADMIN_NAME)
  public Map<String, Long> rebuild() {
    SessionUser user = currentUser.require();
    long n = indexer.rebuild();
    audit.record(user.username(), "PROPOSAL_INDEX_REBUILT", "proposal", "index", n + " proposals");
    return Map.of("indexed", n);
  }
}
