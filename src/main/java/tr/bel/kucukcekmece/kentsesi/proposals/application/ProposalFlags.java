package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.persistence.IdBlocks;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.proposals.application.RateLimits.Action;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalComment;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.TextChecks;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Visibility;

/**
 * Flags on proposals and comments, which feed the moderators' queue ({@link ModerationService}).
 */
@ApplicationScoped
public class ProposalFlags {

  public static final int REASON_MAX = 500;

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject IdBlocks ids;

  @Inject CitizenGate citizens;

  @Inject ProposalRepository repository;

  @Inject RateLimits limits;

  @Inject AuditLog audit;

  /**
   * Anyone logged in flags a proposal or a comment once, with a reason; it joins the moderators'
   * queue. A citizen's account must be verified first, as for proposing, supporting and commenting.
   */
  @Transactional
  public void flag(
      SessionUser user, String client, String targetType, long targetId, String reason) {
    if (user.hasRole(Role.CITIZEN)) {
      citizens.requireVerifiedCitizen(user);
    }
    String r = TextChecks.clean(reason);
    if (r == null || r.isEmpty()) {
      throw ApiException.invalid("reason", "validation.required");
    }
    if (r.length() > REASON_MAX) {
      throw ApiException.invalid("reason", "validation.Size", 1, REASON_MAX);
    }
    String table = "PROPOSAL".equals(targetType) ? "proposal" : "proposal_comment";
    boolean exists =
        "PROPOSAL".equals(targetType)
            ? Optional.ofNullable(em.find(Proposal.class, targetId))
                .filter(Proposal::isPublic)
                .isPresent()
            : Optional.ofNullable(em.find(ProposalComment.class, targetId))
                .filter(c -> c.visibility() == Visibility.PUBLIC && !c.deleted())
                .isPresent();
    if (!exists) {
      throw ApiException.notFound(
          "PROPOSAL".equals(targetType) ? "proposal-not-found" : "comment-not-found");
    }
    if (repository.count(
            "select count(*) from proposal_flag where target_type = ? and target_id = ? and "
                + "account_id = ?",
            targetType,
            targetId,
            user.accountId())
        > 0) {
      throw ApiException.conflict("already-flagged");
    }
    limits.take(Action.FLAG, user.accountId(), client);
    LocalDateTime now = Times.nowUtc();
    try {
      em.createNativeQuery(
              "insert into proposal_flag (id, target_type, target_id, account_id, reason, created_at) "
                  + "values (?, ?, ?, ?, ?, ?)")
          .setParameter(1, ids.next("proposal_flag_seq"))
          .setParameter(2, targetType)
          .setParameter(3, targetId)
          .setParameter(4, user.accountId())
          .setParameter(5, r)
          .setParameter(6, Timestamp.valueOf(now))
          .executeUpdate();
    } catch (PersistenceException duplicate) {
      throw ApiException.conflict("already-flagged");
    }
    em.createNativeQuery(
            "update "
                + table
                + " set open_flags = open_flags + 1, last_flagged_at = ? where id = ?")
        .setParameter(1, Timestamp.valueOf(now))
        .setParameter(2, targetId)
        .executeUpdate();
    audit.record(
        user.username(),
        "FLAGGED",
        targetType.toLowerCase(Locale.ROOT),
        Long.toString(targetId),
        r);
  }
}
