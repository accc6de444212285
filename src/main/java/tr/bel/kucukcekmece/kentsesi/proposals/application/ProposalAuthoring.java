package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.persistence.IdBlocks;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.proposals.application.RateLimits.Action;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalEvent;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalState;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.TextChecks;

/**
 * A citizen's own proposal: creating it (checked against the abusive-word list and the author's own
 * recent posts, held for moderation on a match; rate-limited per account and client) and
 * withdrawing it while nobody supports it.
 */
@ApplicationScoped
public class ProposalAuthoring {

  public static final int TITLE_MAX = 150;
  public static final int BODY_MAX = 6000;

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject IdBlocks ids;

  @Inject CitizenGate citizens;

  @Inject ProposalCodes codes;

  @Inject ProposalRepository repository;

  @Inject RateLimits limits;

  @Inject ModerationService moderation;

  @Inject AuditLog audit;

  /** What a citizen sends to create a proposal. */
  public record NewProposal(
      String title, String body, String departmentCode, String neighbourhoodCode) {}

  @Transactional
  public Proposal create(SessionUser user, String client, NewProposal in) {
    citizens.requireVerifiedCitizen(user);
    ApiException.Collector errors = new ApiException.Collector();
    String title = TextChecks.clean(in.title());
    String body = TextChecks.clean(in.body());
    if (title == null || title.isEmpty()) {
      errors.add("title", "validation.required");
    } else if (title.length() < 5 || title.length() > TITLE_MAX) {
      errors.add("title", "proposal.titleLength", 5, TITLE_MAX, title.length());
    } else if (title.contains("\n")) {
      errors.add("title", "proposal.titleOneLine");
    }
    if (body == null || body.isEmpty()) {
      errors.add("body", "validation.required");
    } else if (body.length() < 20 || body.length() > BODY_MAX) {
      errors.add("body", "proposal.bodyLength", 20, BODY_MAX, body.length());
    }
    String department = codes.department(in.departmentCode(), errors);
    String neighbourhood = codes.neighbourhood(in.neighbourhoodCode(), errors);
    errors.throwIfAny();
    limits.take(Action.POST, user.accountId(), client);
    String held = moderation.heldReason(user.accountId(), title + "\n" + body);
    LocalDateTime now = Times.nowUtc();
    Proposal p =
        new Proposal(
            ids.next("proposal_seq"),
            title,
            body,
            department,
            neighbourhood,
            user.accountId(),
            user.displayName(),
            now,
            held);
    em.persist(p);
    em.flush();
    if (held == null) {
      em.persist(
          new ProposalEvent(
              p.id(), now, ProposalEvent.Type.PUBLISHED, ProposalState.PUBLISHED, null));
    }
    repository.follow(p.id(), user.accountId(), now);
    em.flush();
    repository.reindex(p, true);
    audit.record(
        user.username(),
        held == null ? "PROPOSAL_CREATED" : "PROPOSAL_HELD",
        "proposal",
        p.id().toString(),
        held);
    return p;
  }

  /** The author withdraws a published proposal that nobody supports. */
  @Transactional
  public Proposal withdraw(SessionUser user, long id) {
    Proposal p = repository.findForUpdate(id);
    if (!Long.valueOf(user.accountId()).equals(p.authorId())) {
      throw ApiException.forbidden("proposal-not-author");
    }
    if (p.state() != ProposalState.PUBLISHED) {
      throw ApiException.conflict("proposal-not-withdrawable", p.state().name());
    }
    if (p.supportCount() > 0) {
      throw ApiException.conflict("proposal-has-supports", p.supportCount());
    }
    p.withdraw();
    em.persist(
        new ProposalEvent(
            id, Times.nowUtc(), ProposalEvent.Type.WITHDRAWN, ProposalState.WITHDRAWN, null));
    repository.reindex(p, true);
    audit.record(user.username(), "PROPOSAL_WITHDRAWN", "proposal", Long.toString(id), null);
    return p;
  }
}
