package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import tr.bel.kucukcekmece.kentsesi.core.persistence.IdBlocks;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFacts;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFactsChanged;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;
import tr.bel.kucukcekmece.kentsesi.feedback.TrackingLookup;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.EventType;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.FeedbackEvent;

/**
 * What a citizen does with a tracking code: follow the submission, rate the answer once, reopen it
 * within 15 days. Anyone holding the code may; no account is needed.
 */
@ApplicationScoped
public class FeedbackTracking implements TrackingLookup {

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject FeedbackRecords records;

  @Inject Event<FeedbackFactsChanged> factsChanged;

  @Inject IdBlocks ids;

  /** A submission by a tracking code as a citizen typed it; 404 (mistyped or unknown) otherwise. */
  @Transactional
  public Tracked track(String typed) {
    Feedback f = records.byCode(typed);
    return records.tracked(f);
  }

  /** The citizen rates the resolution, once, after the municipality answered. */
  @Transactional
  public Tracked rateResolution(String typed, Integer rating) {
    Feedback f = records.byCode(typed);
    if (rating == null || rating < 1 || rating > 5) {
      throw ApiException.invalid(
          "rating", rating == null ? "validation.required" : "feedback.ratingRange");
    }
    if (!f.canRateResolution()) {
      throw ApiException.conflict(
          f.resolutionRating() != null ? "already-rated" : "not-answered-yet");
    }
    LocalDateTime now = Times.nowUtc();
    FeedbackFacts before = FeedbackFacts.of(f);
    f.rateResolution(rating, now);
    factsChanged.fire(new FeedbackFactsChanged(before, FeedbackFacts.of(f)));
    em.persist(
        new FeedbackEvent(
            ids.next(FeedbackEvent.SEQUENCE),
            f.id(),
            now,
            EventType.RATED,
            f.status(),
            null,
            null));
    records.fire(f, EventType.RATED);
    return records.tracked(f);
  }

  /** The citizen reopens an answered submission within 15 days, saying why. */
  @Transactional
  public Tracked reopen(String typed, String reason) {
    Feedback f = records.byCode(typed);
    String text = FeedbackText.clean(reason);
    if (text == null) {
      throw ApiException.invalid("reason", "validation.required");
    }
    if (text.length() > 2000) {
      throw ApiException.invalid("reason", "validation.Size", 1, 2000);
    }
    LocalDateTime now = Times.nowUtc();
    if (!f.canReopen(now)) {
      throw ApiException.conflict(
          f.reopenUntil() == null ? "not-answered-yet" : "reopen-window-passed");
    }
    FeedbackFacts before = FeedbackFacts.of(f);
    f.reopen(now);
    factsChanged.fire(new FeedbackFactsChanged(before, FeedbackFacts.of(f)));
    em.persist(
        new FeedbackEvent(
            ids.next(FeedbackEvent.SEQUENCE),
            f.id(),
            now,
            EventType.REOPENED,
            FeedbackStatus.REOPENED,
            text,
            null));
    records.fire(f, EventType.REOPENED);
    return records.tracked(f);
  }

  /** The published view of {@link #track} for other features (the assistant's live answer). */
  @Override
  @Transactional
  public TrackedStatus status(String typedCode) {
    Feedback f = records.byCode(typedCode);
    return new TrackedStatus(f.trackingCode(), f.status(), f.dueDate());
  }
}
