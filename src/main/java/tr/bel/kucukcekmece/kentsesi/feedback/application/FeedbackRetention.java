package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.persistence.IdBlocks;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.EventType;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.FeedbackEvent;

/**
 * KVKK periodic destruction, one transaction of at most {@value #BATCH} submissions at a time;
 * {@link ContactRetention} decides when and repeats it until nothing is left.
 */
@ApplicationScoped
public class FeedbackRetention {

  /** The most submissions one call erases. */
  static final int BATCH = 10_000;

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject IdBlocks ids;

  /**
   * KVKK periodic destruction: erases the contact of submissions closed before the cut-off; returns
   * how many.
   */
  @Transactional
  public int eraseContactsClosedBefore(LocalDateTime cutoff, String actor) {
    List<Feedback> due =
        em.createNamedQuery("Feedback.dueForErasure", Feedback.class)
            .setParameter("before", cutoff)
            .setMaxResults(BATCH)
            .getResultList();
    LocalDateTime now = Times.nowUtc();
    for (Feedback f : due) {
      f.eraseContact(now);
      em.persist(
          new FeedbackEvent(
              ids.next(FeedbackEvent.SEQUENCE),
              f.id(),
              now,
              EventType.CONTACT_ERASED,
              f.status(),
              null,
              actor));
    }
    if (!due.isEmpty()) {
      audit.record(
          actor,
          "FEEDBACK_CONTACTS_ERASED",
          "feedback",
          null,
          "count=" + due.size() + " closedBefore=" + cutoff);
    }
    return due.size();
  }
}
