package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.feedback.TrackingCode;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.EventType;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.FeedbackEvent;

/**
 * What intake, tracking and casework share: finding a submission by its tracking code, reading its
 * timeline and announcing a change. It opens no transaction of its own; its callers run it inside
 * theirs.
 */
@ApplicationScoped
public class FeedbackRecords {

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject Event<FeedbackChanged> changed;

  /** A submission by a tracking code as a citizen typed it; 404 (mistyped or unknown) otherwise. */
  Feedback byCode(String typed) {
    String code =
        TrackingCode.normalize(typed)
            .orElseThrow(() -> ApiException.notFound("tracking-not-found"));
    if (!TrackingCode.checks(code)) {
      throw ApiException.notFound("tracking-mistyped");
    }
    return em.createNamedQuery("Feedback.byTrackingCode", Feedback.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("tracking-not-found"));
  }

  /** The submission with its timeline as it stands now. */
  Tracked tracked(Feedback f) {
    return new Tracked(f, events(f));
  }

  private List<FeedbackEvent> events(Feedback f) {
    return em.createNamedQuery("FeedbackEvent.ofFeedback", FeedbackEvent.class)
        .setParameter("id", f.id())
        .getResultList();
  }

  /** Tells the observers (e-mail, transparency) that a submission changed. */
  void fire(Feedback f, EventType type) {
    changed.fire(
        new FeedbackChanged(
            f.id(), f.trackingCode(), type, f.status(), f.departmentCode(), f.serviceCode()));
  }
}
