package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import tr.bel.kucukcekmece.kentsesi.core.persistence.IdBlocks;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.proposals.application.RateLimits.Action;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalEvent;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Visibility;

/**
 * A citizen's support, once per verified account, counted exactly and setting the answer due date
 * when it reaches the threshold; and following a proposal for its e-mails. {@link SupportGate}
 * queues the supports of one proposal.
 */
@ApplicationScoped
public class SupportsAndFollows {

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject IdBlocks ids;

  @Inject CitizenGate citizens;

  @Inject ProposalRepository repository;

  @Inject RateLimits limits;

  /**
   * Adds the citizen's support; 409 when they already support it. The count is raised by an atomic
   * update of the proposal row in the same transaction as the support row, so concurrent supports
   * are all counted; the support that reaches the threshold within the period sets the answer due
   * date.
   */
  @Transactional
  public int support(SessionUser user, String client, long id) {
    citizens.requireVerifiedCitizen(user);
    Proposal p = em.find(Proposal.class, id);
    if (p == null || p.visibility() != Visibility.PUBLIC) {
      throw ApiException.notFound("proposal-not-found");
    }
    if (!p.state().supportable()) {
      throw ApiException.conflict("proposal-not-supportable", p.state().name());
    }
    if (repository.count(
            "select count(*) from proposal_support where proposal_id = ? and account_id = ?",
            id,
            user.accountId())
        > 0) {
      throw ApiException.conflict("proposal-already-supported");
    }
    limits.take(Action.SUPPORT, user.accountId(), client);
    LocalDateTime now = Times.nowUtc();
    try {
      em.createNativeQuery(
              "insert into proposal_support (id, proposal_id, account_id, created_at) values (?, ?, ?, ?)")
          .setParameter(1, ids.next("proposal_support_seq"))
          .setParameter(2, id)
          .setParameter(3, user.accountId())
          .setParameter(4, Timestamp.valueOf(now))
          .executeUpdate();
    } catch (PersistenceException duplicate) {
      throw ApiException.conflict("proposal-already-supported");
    }
    em.createNativeQuery("update proposal set support_count = support_count + 1 where id = ?")
        .setParameter(1, id)
        .executeUpdate();
    em.refresh(p);
    if (p.thresholdReachedAt() == null
        && p.supportCount() >= ProposalSettings.threshold()
        && !now.isAfter(p.createdAt().plusMonths(ProposalSettings.thresholdMonths()))) {
      var due = Times.todayInIstanbul().plusDays(ProposalSettings.answerDays());
      em.createNativeQuery(
              "update proposal set threshold_reached_at = ?, answer_due_date = ? where id = ? and "
                  + "threshold_reached_at is null")
          .setParameter(1, Timestamp.valueOf(now))
          .setParameter(2, java.sql.Date.valueOf(due))
          .setParameter(3, id)
          .executeUpdate();
      em.persist(
          new ProposalEvent(
              id, now, ProposalEvent.Type.THRESHOLD_REACHED, p.state(), due.toString()));
      em.refresh(p);
    }
    repository.reindex(p, false);
    return p.supportCount();
  }

  /**
   * Takes the citizen's support back while the proposal can be supported; 404 when there was none.
   */
  @Transactional
  public int unsupport(SessionUser user, long id) {
    citizens.requireCitizen(user);
    Proposal p = em.find(Proposal.class, id);
    if (p == null) {
      throw ApiException.notFound("proposal-not-found");
    }
    if (!p.state().supportable()) {
      throw ApiException.conflict("proposal-not-supportable", p.state().name());
    }
    int removed =
        em.createNativeQuery(
                "delete from proposal_support where proposal_id = ? and account_id = ?")
            .setParameter(1, id)
            .setParameter(2, user.accountId())
            .executeUpdate();
    if (removed == 0) {
      throw ApiException.notFound("proposal-support-not-found");
    }
    em.createNativeQuery("update proposal set support_count = support_count - 1 where id = ?")
        .setParameter(1, id)
        .executeUpdate();
    em.refresh(p);
    repository.reindex(p, false);
    return p.supportCount();
  }

  /**
   * Follows the proposal ({@code on}) or stops following it; either way twice is the same as once.
   */
  @Transactional
  public void follow(SessionUser user, long id, boolean on) {
    citizens.requireCitizen(user);
    Proposal p = em.find(Proposal.class, id);
    if (p == null || p.visibility() == Visibility.PENDING) {
      throw ApiException.notFound("proposal-not-found");
    }
    repository.unfollow(id, user.accountId());
    if (on) {
      repository.follow(id, user.accountId(), Times.nowUtc());
    }
  }
}
