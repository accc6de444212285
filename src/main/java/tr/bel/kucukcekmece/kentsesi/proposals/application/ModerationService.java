package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalComment;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalEvent;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalState;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.TextChecks;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Visibility;

/**
 * Moderation: incoming text checked against the editable abusive-word list and the author's own
 * posts of the last day (near-duplicates), the moderators' queue (held items and flagged ones, most
 * flags first), hiding with a public note and restoring. Every moderator action is in the audit
 * log.
 */
@ApplicationScoped
public class ModerationService {

  public static final String HELD_ABUSIVE = "abusive-word";
  public static final String HELD_DUPLICATE = "near-duplicate";

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject ProposalIndex index;

  private volatile List<String> words;

  /** One entry of the moderators' queue. */
  public record QueueItem(
      String targetType,
      long id,
      long proposalId,
      String title,
      String text,
      Visibility visibility,
      String heldReason,
      int openFlags,
      List<String> flagReasons,
      LocalDateTime createdAt,
      String authorName) {}

  /** Why a new text must wait for a moderator, or null when it can be published. */
  public String heldReason(long authorId, String text) {
    return heldReason(authorId, text, null);
  }

  public String heldReason(long authorId, String text, Long ignoreCommentId) {
    if (TextChecks.abusiveWord(text, words()).isPresent()) {
      return HELD_ABUSIVE;
    }
    LocalDateTime since = Times.nowUtc().minusDays(1);
    List<String> earlier = new ArrayList<>();
    em.createNamedQuery("Proposal.recentByAuthor", Proposal.class)
        .setParameter("author", authorId)
        .setParameter("since", since)
        .setMaxResults(20)
        .getResultList()
        .forEach(p -> earlier.add(p.title() + "\n" + p.body()));
    em
        .createNamedQuery("ProposalComment.recentByAuthor", ProposalComment.class)
        .setParameter("author", authorId)
        .setParameter("since", since)
        .setMaxResults(50)
        .getResultList()
        .stream()
        .filter(c -> !c.deleted() && (ignoreCommentId == null || !ignoreCommentId.equals(c.id())))
        .forEach(c -> earlier.add(c.body()));
    return TextChecks.nearDuplicate(text, earlier) ? HELD_DUPLICATE : null;
  }

  /** The abusive-word list (cached; reloaded when it is replaced). */
  @Transactional
  public List<String> words() {
    List<String> w = words;
    if (w == null) {
      w =
          ((List<?>)
                  em.createNativeQuery("select word from moderation_word order by word")
                      .getResultList())
              .stream().map(Object::toString).toList();
      words = w;
    }
    return w;
  }

  /** The list by language. */
  @Transactional
  public Map<String, List<String>> wordsByLanguage() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    out.put("tr", new ArrayList<>());
    out.put("en", new ArrayList<>());
    for (Object row :
        em.createNativeQuery("select word, language from moderation_word order by word")
            .getResultList()) {
      Object[] r = (Object[]) row;
      out.computeIfAbsent(r[1].toString(), k -> new ArrayList<>()).add(r[0].toString());
    }
    return out;
  }

  /** Replaces the list. */
  @Transactional
  public Map<String, List<String>> replaceWords(
      SessionUser user, List<String> tr, List<String> en) {
    ApiException.Collector errors = new ApiException.Collector();
    Map<String, String> all = new LinkedHashMap<>();
    check("tr", tr, all, errors);
    check("en", en, all, errors);
    errors.throwIfAny();
    em.createNativeQuery("delete from moderation_word").executeUpdate();
    for (var e : all.entrySet()) {
      em.createNativeQuery("insert into moderation_word (word, language) values (?, ?)")
          .setParameter(1, e.getKey())
          .setParameter(2, e.getValue())
          .executeUpdate();
    }
    words = null;
    audit.record(
        user.username(), "MODERATION_WORDS_REPLACED", "moderation", "words", all.size() + " words");
    return wordsByLanguage();
  }

  private static void check(
      String lang, List<String> list, Map<String, String> all, ApiException.Collector errors) {
    if (list == null) {
      return;
    }
    for (String w : list) {
      String n = TextChecks.normalise(w);
      if (n.length() < 2 || n.length() > 60 || n.contains(" ")) {
        errors.add(lang, "moderation.word", String.valueOf(w));
      } else {
        all.putIfAbsent(n, lang);
      }
    }
  }

  /** Held items and flagged ones, most open flags first. */
  @Transactional
  public List<QueueItem> queue(int limit) {
    List<QueueItem> items = new ArrayList<>();
    for (Proposal p :
        em.createQuery(
                "select p from Proposal p where p.visibility = :pending or "
                    + "(p.openFlags > 0 and p.visibility = :public)",
                Proposal.class)
            .setParameter("pending", Visibility.PENDING)
            .setParameter("public", Visibility.PUBLIC)
            .setMaxResults(limit)
            .getResultList()) {
      items.add(
          new QueueItem(
              "PROPOSAL",
              p.id(),
              p.id(),
              p.title(),
              p.body(),
              p.visibility(),
              p.heldReason(),
              p.openFlags(),
              reasons("PROPOSAL", p.id()),
              p.createdAt(),
              p.authorName()));
    }
    for (ProposalComment c :
        em.createQuery(
                "select c from ProposalComment c where c.deleted = false and "
                    + "(c.visibility = :pending or (c.openFlags > 0 and c.visibility = :public))",
                ProposalComment.class)
            .setParameter("pending", Visibility.PENDING)
            .setParameter("public", Visibility.PUBLIC)
            .setMaxResults(limit)
            .getResultList()) {
      Proposal p = em.find(Proposal.class, c.proposalId());
      items.add(
          new QueueItem(
              "COMMENT",
              c.id(),
              c.proposalId(),
              p.title(),
              c.body(),
              c.visibility(),
              c.heldReason(),
              c.openFlags(),
              reasons("COMMENT", c.id()),
              c.createdAt(),
              c.authorName()));
    }
    items.sort(
        Comparator.comparingInt(QueueItem::openFlags)
            .reversed()
            .thenComparing(i -> i.visibility() == Visibility.PENDING ? 0 : 1)
            .thenComparing(QueueItem::createdAt));
    return items.size() > limit ? items.subList(0, limit) : items;
  }

  private List<String> reasons(String type, long id) {
    return ((List<?>)
            em.createNativeQuery(
                    "select reason from proposal_flag where target_type = ? and target_id = ? "
                        + "order by created_at desc")
                .setParameter(1, type)
                .setParameter(2, id)
                .setMaxResults(10)
                .getResultList())
        .stream().map(Object::toString).toList();
  }

  /** Hides a proposal or comment; the public sees "hidden by moderation: reason". */
  @Transactional
  public void hide(SessionUser user, String type, long id, String reason) {
    String r = TextChecks.clean(reason);
    if (r == null || r.isEmpty()) {
      throw ApiException.invalid("reason", "validation.required");
    }
    if (r.length() > ProposalFlags.REASON_MAX) {
      throw ApiException.invalid("reason", "validation.Size", 1, ProposalFlags.REASON_MAX);
    }
    LocalDateTime now = Times.nowUtc();
    if ("PROPOSAL".equals(type)) {
      Proposal p = proposal(id);
      p.hide(r);
      em.persist(new ProposalEvent(id, now, ProposalEvent.Type.HIDDEN, p.state(), r));
      index.upsertAfterCommit(ProposalRepository.doc(em, p), true);
    } else {
      comment(id).hide(r);
    }
    audit.record(
        user.username(), "MODERATION_HIDDEN", type.toLowerCase(Locale.ROOT), Long.toString(id), r);
  }

  /** Publishes a held item, restores a hidden one or dismisses the flags of a public one. */
  @Transactional
  public void restore(SessionUser user, String type, long id) {
    LocalDateTime now = Times.nowUtc();
    if ("PROPOSAL".equals(type)) {
      Proposal p = proposal(id);
      Visibility before = p.visibility();
      p.restore();
      if (before == Visibility.PENDING) {
        em.persist(
            new ProposalEvent(
                id, now, ProposalEvent.Type.PUBLISHED, ProposalState.PUBLISHED, null));
      } else if (before == Visibility.HIDDEN) {
        em.persist(new ProposalEvent(id, now, ProposalEvent.Type.RESTORED, p.state(), null));
      }
      index.upsertAfterCommit(ProposalRepository.doc(em, p), true);
    } else {
      comment(id).restore();
    }
    audit.record(
        user.username(),
        "MODERATION_RESTORED",
        type.toLowerCase(Locale.ROOT),
        Long.toString(id),
        null);
  }

  private Proposal proposal(long id) {
    Proposal p = em.find(Proposal.class, id);
    if (p == null) {
      throw ApiException.notFound("proposal-not-found");
    }
    return p;
  }

  private ProposalComment comment(long id) {
    ProposalComment c = em.find(ProposalComment.class, id);
    if (c == null) {
      throw ApiException.notFound("comment-not-found");
    }
    return c;
  }

  static Timestamp ts(LocalDateTime t) {
    return Timestamp.valueOf(t);
  }
}
