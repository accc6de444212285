package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex.ProposalDoc;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;

/**
 * The rows the proposal services share: a proposal by id, the follow rows, counts by native SQL,
 * and the search document of a proposal written to the index after commit. It opens no transaction
 * of its own; its callers run it inside theirs.
 */
@ApplicationScoped
public class ProposalRepository {

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject ProposalIndex index;

  /** The proposal, whatever its visibility; 404 when there is none. */
  Proposal findForUpdate(long id) {
    Proposal p = em.find(Proposal.class, id);
    if (p == null) {
      throw ApiException.notFound("proposal-not-found");
    }
    return p;
  }

  /** Writes the proposal's current state to the search index after commit. */
  void reindex(Proposal p, boolean refresh) {
    index.upsertAfterCommit(doc(em, p), refresh);
  }

  /**
   * The proposal as the search index holds it: its fields, the supports of the last week, its
   * public comments.
   */
  static ProposalDoc doc(EntityManager em, Proposal p) {
    LocalDateTime weekAgo = Times.nowUtc().minusDays(7);
    int trend =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from proposal_support where proposal_id = ? and "
                            + "created_at >= ?")
                    .setParameter(1, p.id())
                    .setParameter(2, Timestamp.valueOf(weekAgo))
                    .getSingleResult())
            .intValue();
    int comments =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from proposal_comment where proposal_id = ? and "
                            + "visibility = 'PUBLIC' and deleted = false")
                    .setParameter(1, p.id())
                    .getSingleResult())
            .intValue();
    return new ProposalDoc(
        p.id(),
        p.title(),
        p.body(),
        p.departmentCode(),
        p.neighbourhoodCode(),
        p.state().name(),
        p.isPublic(),
        p.createdAt().toInstant(ZoneOffset.UTC).toEpochMilli(),
        p.supportCount(),
        trend,
        p.answerDueDate() == null ? null : p.answerDueDate().toString(),
        p.authorName(),
        comments);
  }

  /** Adds the account to the proposal's followers. */
  void follow(long proposalId, long accountId, LocalDateTime at) {
    em.createNativeQuery(
            "insert into proposal_follow (proposal_id, account_id, created_at) values (?, ?, ?)")
        .setParameter(1, proposalId)
        .setParameter(2, accountId)
        .setParameter(3, Timestamp.valueOf(at))
        .executeUpdate();
  }

  /** Removes the account from the proposal's followers, if it was one. */
  void unfollow(long proposalId, long accountId) {
    em.createNativeQuery("delete from proposal_follow where proposal_id = ? and account_id = ?")
        .setParameter(1, proposalId)
        .setParameter(2, accountId)
        .executeUpdate();
  }

  /** The single number a native {@code select count(*)} with positional parameters returns. */
  long count(String sql, Object... params) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return ((Number) q.getSingleResult()).longValue();
  }
}
