package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.persistence.IdBlocks;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.identity.Citizens;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex.ProposalDoc;
import tr.bel.kucukcekmece.kentsesi.proposals.application.RateLimits.Action;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Milestone;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalComment;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalEvent;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalState;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.TextChecks;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Visibility;

/**
 * What citizens do with proposals: create (checked against the abusive-word list and their own recent posts, held
 * for moderation on a match), read, withdraw while unsupported, support once per verified account, follow, comment
 * and reply, flag. Every write is rate-limited per account and client.
 */
@ApplicationScoped
public class ProposalService {

  public static final int TITLE_MAX = 150;
  public static final int BODY_MAX = 6000;
  public static final int COMMENT_MAX = 2000;
  public static final int REASON_MAX = 500;

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject
  IdBlocks ids;

  @Inject
  Citizens citizens;

  @Inject
  Catalog catalog;

  @Inject
  ProposalIndex index;

  @Inject
  RateLimits limits;

  @Inject
  ModerationService moderation;

  @Inject
  AuditLog audit;

  /** What a citizen sends to create a proposal. */
  public record NewProposal(String title, String body, String departmentCode, String neighbourhoodCode) {}

  /** A proposal with everything its page shows, for the given viewer. */
  public record Details(Proposal proposal, List<ProposalEvent> events, List<Milestone> milestones,
      List<ProposalComment> comments, boolean supportedByMe, boolean followedByMe, boolean mine) {}

  // ---- creating and reading

  @Transactional
  public Proposal create(SessionUser user, String client, NewProposal in) {
    requireVerifiedCitizen(user);
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
    String department = department(in.departmentCode(), errors);
    String neighbourhood = neighbourhood(in.neighbourhoodCode(), errors);
    errors.throwIfAny();
    limits.take(Action.POST, user.accountId(), client);
    String held = moderation.heldReason(user.accountId(), title + "\n" + body);
    LocalDateTime now = Times.nowUtc();
    Proposal p = new Proposal(ids.next("proposal_seq"), title, body, department, neighbourhood, user.accountId(),
        user.displayName(), now, held);
    em.persist(p);
    em.flush();
    if (held == null) {
      em.persist(new ProposalEvent(p.id(), now, ProposalEvent.Type.PUBLISHED, ProposalState.PUBLISHED, null));
    }
    em.createNativeQuery("insert into proposal_follow (proposal_id, account_id, created_at) values (?, ?, ?)")
        .setParameter(1, p.id()).setParameter(2, user.accountId()).setParameter(3, Timestamp.valueOf(now))
        .executeUpdate();
    em.flush();
    reindex(p, true);
    audit.record(user.username(), held == null ? "PROPOSAL_CREATED" : "PROPOSAL_HELD", "proposal",
        p.id().toString(), held);
    return p;
  }

  /** The proposal as the viewer may see it: held ones only for their author and moderators (404 for others). */
  @Transactional
  public Details details(long id, Optional<SessionUser> viewer) {
    Proposal p = em.find(Proposal.class, id);
    Long me = viewer.filter(u -> u.hasRole(Role.CITIZEN)).map(SessionUser::accountId).orElse(null);
    boolean moderator = viewer.map(u -> u.hasRole(Role.MODERATOR) || u.hasRole(Role.ADMIN)).orElse(false);
    boolean official = viewer.map(u -> u.hasRole(Role.OFFICIAL)).orElse(false);
    if (p == null || (p.visibility() == Visibility.PENDING && !moderator && !official
        && (me == null || !me.equals(p.authorId())))) {
      throw ApiException.notFound("proposal-not-found");
    }
    List<ProposalEvent> events = em.createNamedQuery("ProposalEvent.ofProposal", ProposalEvent.class)
        .setParameter("proposal", id).getResultList();
    List<Milestone> milestones = em.createNamedQuery("Milestone.ofProposal", Milestone.class)
        .setParameter("proposal", id).getResultList();
    List<ProposalComment> comments = em.createNamedQuery("ProposalComment.ofProposal", ProposalComment.class)
        .setParameter("proposal", id).getResultList().stream()
        .filter(c -> c.visibility() != Visibility.PENDING || moderator || (me != null && me.equals(c.authorId())))
        .toList();
    boolean supported = me != null && count("select count(*) from proposal_support where proposal_id = ? and "
        + "account_id = ?", id, me) > 0;
    boolean followed = me != null && count("select count(*) from proposal_follow where proposal_id = ? and "
        + "account_id = ?", id, me) > 0;
    return new Details(p, events, milestones, comments, supported, followed, me != null && me.equals(p.authorId()));
  }

  /** The author withdraws a published proposal that nobody supports. */
  @Transactional
  public Proposal withdraw(SessionUser user, long id) {
    Proposal p = findForUpdate(id);
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
    em.persist(new ProposalEvent(id, Times.nowUtc(), ProposalEvent.Type.WITHDRAWN, ProposalState.WITHDRAWN, null));
    reindex(p, true);
    audit.record(user.username(), "PROPOSAL_WITHDRAWN", "proposal", Long.toString(id), null);
    return p;
  }

  // ---- supports

  /**
   * Adds the citizen's support; 409 when they already support it. The count is raised by an atomic update of the
   * proposal row in the same transaction as the support row, so concurrent supports are all counted; the support that
   * reaches the threshold within the period sets the answer due date.
   */
  @Transactional
  public int support(SessionUser user, String client, long id) {
    requireVerifiedCitizen(user);
    Proposal p = em.find(Proposal.class, id);
    if (p == null || p.visibility() != Visibility.PUBLIC) {
      throw ApiException.notFound("proposal-not-found");
    }
    if (!p.state().supportable()) {
      throw ApiException.conflict("proposal-not-supportable", p.state().name());
    }
    if (count("select count(*) from proposal_support where proposal_id = ? and account_id = ?", id,
        user.accountId()) > 0) {
      throw ApiException.conflict("proposal-already-supported");
    }
    limits.take(Action.SUPPORT, user.accountId(), client);
    LocalDateTime now = Times.nowUtc();
    try {
      em.createNativeQuery("insert into proposal_support (id, proposal_id, account_id, created_at) values (?, ?, ?, ?)")
          .setParameter(1, ids.next("proposal_support_seq")).setParameter(2, id).setParameter(3, user.accountId())
          .setParameter(4, Timestamp.valueOf(now)).executeUpdate();
    } catch (PersistenceException duplicate) {
      throw ApiException.conflict("proposal-already-supported");
    }
    em.createNativeQuery("update proposal set support_count = support_count + 1 where id = ?").setParameter(1, id)
        .executeUpdate();
    em.refresh(p);
    if (p.thresholdReachedAt() == null && p.supportCount() >= ProposalSettings.threshold()
        && !now.isAfter(p.createdAt().plusMonths(ProposalSettings.thresholdMonths()))) {
      var due = Times.todayInIstanbul().plusDays(ProposalSettings.answerDays());
      em.createNativeQuery("update proposal set threshold_reached_at = ?, answer_due_date = ? where id = ? and "
          + "threshold_reached_at is null").setParameter(1, Timestamp.valueOf(now))
          .setParameter(2, java.sql.Date.valueOf(due)).setParameter(3, id).executeUpdate();
      em.persist(new ProposalEvent(id, now, ProposalEvent.Type.THRESHOLD_REACHED, p.state(), due.toString()));
      em.refresh(p);
    }
    reindex(p, false);
    return p.supportCount();
  }

  /** Takes the citizen's support back while the proposal can be supported; 404 when there was none. */
  @Transactional
  public int unsupport(SessionUser user, long id) {
    requireCitizen(user);
    Proposal p = em.find(Proposal.class, id);
    if (p == null) {
      throw ApiException.notFound("proposal-not-found");
    }
    if (!p.state().supportable()) {
      throw ApiException.conflict("proposal-not-supportable", p.state().name());
    }
    int removed = em.createNativeQuery("delete from proposal_support where proposal_id = ? and account_id = ?")
        .setParameter(1, id).setParameter(2, user.accountId()).executeUpdate();
    if (removed == 0) {
      throw ApiException.notFound("proposal-support-not-found");
    }
    em.createNativeQuery("update proposal set support_count = support_count - 1 where id = ?").setParameter(1, id)
        .executeUpdate();
    em.refresh(p);
    reindex(p, false);
    return p.supportCount();
  }

  // ---- following

  @Transactional
  public void follow(SessionUser user, long id, boolean on) {
    requireCitizen(user);
    Proposal p = em.find(Proposal.class, id);
    if (p == null || p.visibility() == Visibility.PENDING) {
      throw ApiException.notFound("proposal-not-found");
    }
    em.createNativeQuery("delete from proposal_follow where proposal_id = ? and account_id = ?").setParameter(1, id)
        .setParameter(2, user.accountId()).executeUpdate();
    if (on) {
      em.createNativeQuery("insert into proposal_follow (proposal_id, account_id, created_at) values (?, ?, ?)")
          .setParameter(1, id).setParameter(2, user.accountId()).setParameter(3, Timestamp.valueOf(Times.nowUtc()))
          .executeUpdate();
    }
  }

  // ---- comments

  @Transactional
  public ProposalComment comment(SessionUser user, String client, long proposalId, Long parentId, String text) {
    requireVerifiedCitizen(user);
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
    ProposalComment c = new ProposalComment(proposalId, parentId, user.accountId(), user.displayName(), body,
        Times.nowUtc(), held);
    em.persist(c);
    em.flush();
    if (held != null) {
      audit.record(user.username(), "COMMENT_HELD", "comment", c.id().toString(), held);
    } else {
      reindex(p, false);
    }
    return c;
  }

  /** The author edits a comment within ten minutes of writing it. */
  @Transactional
  public ProposalComment editComment(SessionUser user, long commentId, String text) {
    requireVerifiedCitizen(user);
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
    requireCitizen(user);
    ProposalComment c = ownComment(user, commentId);
    c.delete();
    reindex(em.find(Proposal.class, c.proposalId()), false);
    return c;
  }

  // ---- flags

  /**
   * Anyone logged in flags a proposal or a comment once, with a reason; it joins the moderators' queue. A citizen's
   * account must be verified first, as for proposing, supporting and commenting.
   */
  @Transactional
  public void flag(SessionUser user, String client, String targetType, long targetId, String reason) {
    if (user.hasRole(Role.CITIZEN)) {
      requireVerifiedCitizen(user);
    }
    String r = TextChecks.clean(reason);
    if (r == null || r.isEmpty()) {
      throw ApiException.invalid("reason", "validation.required");
    }
    if (r.length() > REASON_MAX) {
      throw ApiException.invalid("reason", "validation.Size", 1, REASON_MAX);
    }
    String table = "PROPOSAL".equals(targetType) ? "proposal" : "proposal_comment";
    boolean exists = "PROPOSAL".equals(targetType)
        ? Optional.ofNullable(em.find(Proposal.class, targetId)).filter(Proposal::isPublic).isPresent()
        : Optional.ofNullable(em.find(ProposalComment.class, targetId))
            .filter(c -> c.visibility() == Visibility.PUBLIC && !c.deleted()).isPresent();
    if (!exists) {
      throw ApiException.notFound("PROPOSAL".equals(targetType) ? "proposal-not-found" : "comment-not-found");
    }
    if (count("select count(*) from proposal_flag where target_type = ? and target_id = ? and account_id = ?",
        targetType, targetId, user.accountId()) > 0) {
      throw ApiException.conflict("already-flagged");
    }
    limits.take(Action.FLAG, user.accountId(), client);
    LocalDateTime now = Times.nowUtc();
    try {
      em.createNativeQuery("insert into proposal_flag (id, target_type, target_id, account_id, reason, created_at) "
          + "values (?, ?, ?, ?, ?, ?)").setParameter(1, ids.next("proposal_flag_seq")).setParameter(2, targetType)
          .setParameter(3, targetId).setParameter(4, user.accountId()).setParameter(5, r)
          .setParameter(6, Timestamp.valueOf(now)).executeUpdate();
    } catch (PersistenceException duplicate) {
      throw ApiException.conflict("already-flagged");
    }
    em.createNativeQuery("update " + table + " set open_flags = open_flags + 1, last_flagged_at = ? where id = ?")
        .setParameter(1, Timestamp.valueOf(now)).setParameter(2, targetId).executeUpdate();
    audit.record(user.username(), "FLAGGED", targetType.toLowerCase(Locale.ROOT), Long.toString(targetId), r);
  }

  // ---- helpers shared with the officials' and moderators' services

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

  static ProposalDoc doc(EntityManager em, Proposal p) {
    LocalDateTime weekAgo = Times.nowUtc().minusDays(7);
    int trend = ((Number) em.createNativeQuery("select count(*) from proposal_support where proposal_id = ? and "
        + "created_at >= ?").setParameter(1, p.id()).setParameter(2, Timestamp.valueOf(weekAgo)).getSingleResult())
        .intValue();
    int comments = ((Number) em.createNativeQuery("select count(*) from proposal_comment where proposal_id = ? and "
        + "visibility = 'PUBLIC' and deleted = false").setParameter(1, p.id()).getSingleResult()).intValue();
    return new ProposalDoc(p.id(), p.title(), p.body(), p.departmentCode(), p.neighbourhoodCode(), p.state().name(),
        p.isPublic(), p.createdAt().toInstant(ZoneOffset.UTC).toEpochMilli(), p.supportCount(), trend,
        p.answerDueDate() == null ? null : p.answerDueDate().toString(), p.authorName(), comments);
  }

  private long count(String sql, Object... params) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return ((Number) q.getSingleResult()).longValue();
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

  private void requireCitizen(SessionUser user) {
    if (!user.hasRole(Role.CITIZEN)) {
      throw ApiException.forbidden("citizen-only");
    }
  }

  private void requireVerifiedCitizen(SessionUser user) {
    requireCitizen(user);
    if (!citizens.isVerified(user.accountId())) {
      throw ApiException.forbidden("account-not-verified");
    }
  }

  String department(String code, ApiException.Collector errors) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (catalog.snapshot().department(c).isEmpty()) {
      errors.add("departmentCode", "validation.department", code);
      return null;
    }
    return c;
  }

  /** A department filter: the code checked against the catalog (field "department"). */
  public String departmentFilter(String code, ApiException.Collector errors) {
    ApiException.Collector local = new ApiException.Collector();
    String c = department(code, local);
    if (!local.isEmpty()) {
      errors.add("department", "validation.department", code);
    }
    return c;
  }

  /** A neighbourhood filter (field "neighbourhood"). */
  public String neighbourhoodFilter(String code, ApiException.Collector errors) {
    ApiException.Collector local = new ApiException.Collector();
    String c = neighbourhood(code, local);
    if (!local.isEmpty()) {
      errors.add("neighbourhood", "proposal.neighbourhoodUnknown", code);
    }
    return c;
  }

  String neighbourhood(String code, ApiException.Collector errors) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (catalog.snapshot().neighbourhood(c).isEmpty()) {
      errors.add("neighbourhoodCode", "proposal.neighbourhoodUnknown", code);
      return null;
    }
    return c;
  }
}
