package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.proposals.application.RateLimits.Action;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalComment;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.TextChecks;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Visibility;

/**
 * Comments and replies (one level deep) by verified citizens, checked like proposals and held for
 * moderation on a match; the author edits within ten minutes or deletes. Writing is rate-limited
 * per account and client.
 */
@ApplicationScoped
public class ProposalComments {

  public static final int COMMENT_MAX = 2000;

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject CitizenGate citizens;

  @Inject ProposalRepository repository;

  @Inject RateLimits limits;

  @Inject ModerationService moderation;

  @Inject AuditLog audit;

  @Transactional
  public ProposalComment comment(
      SessionUser user, String client, long proposalId, Long parentId, String text) {
    citizens.requireVerifiedCitizen(user);
    Proposal p = em.find(Proposal.class, proposalId);
    if (p == null || p.visibility() != Visibility.PUBLIC) {
      throw ApiException.notFound("proposal-not-found");
    }
    String body = checkComment(text);
    if (parentId != null) {
      ProposalComment parent = em.find(ProposalComment.class, parentId);
      if (parent == null || parent.proposalId() != proposalId) {
        throw ApiException.invalid("parentId", "proposal.parentUnknown");
      }
      if (parent.parentId() != null) {
        throw ApiException.invalid("parentId", "proposal.replyDepth");
      }
    }
    limits.take(Action.POST, user.accountId(), client);
    String held = moderation.heldReason(user.accountId(), body);
    ProposalComment c =
        new ProposalComment(
            proposalId, parentId, user.accountId(), user.displayName(), body, Times.nowUtc(), held);
    em.persist(c);
    em.flush();
    if (held != null) {
      audit.record(user.username(), "COMMENT_HELD", "comment", c.id().toString(), held);
    } else {
      repository.reindex(p, false);
    }
    return c;
  }

  /** The author edits a comment within ten minutes of writing it. */
  @Transactional
  public ProposalComment editComment(SessionUser user, long commentId, String text) {
    citizens.requireVerifiedCitizen(user);
    ProposalComment c = ownComment(user, commentId);
    String body = checkComment(text);
    LocalDateTime now = Times.nowUtc();
    if (!c.editableAt(now)) {
      throw ApiException.conflict("comment-edit-window");
    }
    c.edit(body, now, moderation.heldReason(user.accountId(), body, commentId));
    return c;
  }

  /** The author deletes a comment: the text is replaced by "deleted", replies stay. */
  @Transactional
  public ProposalComment deleteComment(SessionUser user, long commentId) {
    citizens.requireCitizen(user);
    ProposalComment c = ownComment(user, commentId);
    c.delete();
    repository.reindex(em.find(Proposal.class, c.proposalId()), false);
    return c;
  }

  private ProposalComment ownComment(SessionUser user, long commentId) {
    ProposalComment c = em.find(ProposalComment.class, commentId);
    if (c == null) {
      throw ApiException.notFound("comment-not-found");
    }
    if (!Long.valueOf(user.accountId()).equals(c.authorId())) {
      throw ApiException.forbidden("comment-not-author");
    }
    if (c.deleted()) {
      throw ApiException.conflict("comment-deleted");
    }
    return c;
  }

  private static String checkComment(String text) {
    String body = TextChecks.clean(text);
    if (body == null || body.isEmpty()) {
      throw ApiException.invalid("text", "validation.required");
    }
    if (body.length() > COMMENT_MAX) {
      throw ApiException.invalid("text", "proposal.commentLength", COMMENT_MAX, body.length());
    }
    return body;
  }
}
