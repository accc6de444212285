package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Locale;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.catalog.PublicService;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.persistence.IdBlocks;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFacts;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFactsChanged;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.EventType;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.FeedbackEvent;

/**
 * Officials of the responsible department work a submission: read it with its contact, take it on,
 * change its status with a public response, add internal notes, forward it to another department.
 * Each action is checked against the user's departments (403 otherwise), is a timeline event and is
 * also in the audit log.
 */
@ApplicationScoped
public class Casework {

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject Catalog catalog;

  @Inject ContactCipher cipher;

  @Inject AuditLog audit;

  @Inject FeedbackRecords records;

  @Inject Event<FeedbackFactsChanged> factsChanged;

  @Inject IdBlocks ids;

  /** A submission as its department sees it; 403 for an official of another department. */
  @Transactional
  public Tracked staffView(String typed, SessionUser user) {
    Feedback f = records.byCode(typed);
    requireScope(f, user);
    return records.tracked(f);
  }

  public ContactCipher.Contact contactOf(Feedback f) {
    return f.contactCiphertext() == null ? null : cipher.decrypt(f.contactCiphertext());
  }

  @Transactional
  public Tracked assignToSelf(String typed, SessionUser user) {
    Feedback f = records.byCode(typed);
    requireScope(f, user);
    LocalDateTime now = Times.nowUtc();
    f.assignTo(user.username());
    em.persist(
        new FeedbackEvent(
            ids.next(FeedbackEvent.SEQUENCE),
            f.id(),
            now,
            EventType.ASSIGNED,
            f.status(),
            null,
            user.username()));
    audit.record(user.username(), "FEEDBACK_ASSIGNED", "feedback", f.trackingCode(), null);
    return records.tracked(f);
  }

  @Transactional
  public Tracked changeStatus(
      String typed, String statusName, String publicResponse, SessionUser user) {
    Feedback f = records.byCode(typed);
    requireScope(f, user);
    FeedbackStatus to;
    try {
      to = FeedbackStatus.valueOf(String.valueOf(statusName).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("status", "feedback.statusUnknown", statusName);
    }
    String response = FeedbackText.clean(publicResponse);
    if (response != null && response.length() > FeedbackText.COMMENT_MAX) {
      throw ApiException.invalid(
          "publicResponse", "feedback.commentTooLong", FeedbackText.COMMENT_MAX, response.length());
    }
    if (to.needsPublicResponse() && response == null && f.publicResponse() == null) {
      throw ApiException.invalid("publicResponse", "feedback.responseRequired");
    }
    FeedbackStatus from = f.status();
    LocalDateTime now = Times.nowUtc();
    boolean responded = response != null && !response.equals(f.publicResponse());
    FeedbackFacts before = FeedbackFacts.of(f);
    if (!f.changeStatus(to, response, now)) {
      throw ApiException.conflict("invalid-transition", from, to);
    }
    factsChanged.fire(new FeedbackFactsChanged(before, FeedbackFacts.of(f)));
    em.persist(
        new FeedbackEvent(
            ids.next(FeedbackEvent.SEQUENCE),
            f.id(),
            now,
            responded ? EventType.RESPONDED : EventType.STATUS_CHANGED,
            to,
            responded ? response : null,
            user.username()));
    audit.record(
        user.username(), "FEEDBACK_STATUS", "feedback", f.trackingCode(), from + "->" + to);
    records.fire(f, responded ? EventType.RESPONDED : EventType.STATUS_CHANGED);
    return records.tracked(f);
  }

  @Transactional
  public Tracked addNote(String typed, String text, SessionUser user) {
    Feedback f = records.byCode(typed);
    requireScope(f, user);
    String note = FeedbackText.clean(text);
    if (note == null) {
      throw ApiException.invalid("text", "validation.required");
    }
    if (note.length() > FeedbackText.COMMENT_MAX) {
      throw ApiException.invalid(
          "text", "feedback.commentTooLong", FeedbackText.COMMENT_MAX, note.length());
    }
    em.persist(
        new FeedbackEvent(
            ids.next(FeedbackEvent.SEQUENCE),
            f.id(),
            Times.nowUtc(),
            EventType.NOTE,
            f.status(),
            note,
            user.username()));
    audit.record(user.username(), "FEEDBACK_NOTE", "feedback", f.trackingCode(), null);
    return records.tracked(f);
  }

  /** Forwards to another department (law 3071 art. 5); the citizen sees that and where it went. */
  @Transactional
  public Tracked transfer(
      String typed, String departmentCode, String serviceCode, String reason, SessionUser user) {
    Feedback f = records.byCode(typed);
    requireScope(f, user);
    CatalogSnapshot snapshot = catalog.snapshot();
    ApiException.Collector errors = new ApiException.Collector();
    String dept = departmentCode == null ? null : departmentCode.trim().toUpperCase(Locale.ROOT);
    if (dept == null || dept.isEmpty()) {
      errors.add("departmentCode", "validation.required");
    } else if (snapshot.department(dept).filter(d -> d.active()).isEmpty()) {
      errors.add("departmentCode", "validation.department", departmentCode);
    } else if (dept.equals(f.departmentCode())) {
      errors.add("departmentCode", "feedback.sameDepartment");
    }
    PublicService service = null;
    if (serviceCode != null && !serviceCode.isBlank()) {
      service =
          snapshot
              .service(serviceCode.trim().toUpperCase(Locale.ROOT))
              .filter(PublicService::active)
              .orElse(null);
      if (service == null || (dept != null && !service.departmentCode().equals(dept))) {
        errors.add("serviceCode", "feedback.serviceNotInDepartment", serviceCode);
      }
    } else if (dept != null) {
      service = snapshot.services(dept).stream().findFirst().orElse(null);
    }
    String why = FeedbackText.clean(reason);
    if (why == null) {
      errors.add("reason", "validation.required");
    } else if (why.length() > 2000) {
      errors.add("reason", "validation.Size", 1, 2000);
    }
    errors.throwIfAny();
    if (f.status() == FeedbackStatus.CLOSED) {
      throw ApiException.conflict("invalid-transition", f.status(), "TRANSFER");
    }
    String from = f.departmentCode();
    LocalDateTime now = Times.nowUtc();
    FeedbackFacts before = FeedbackFacts.of(f);
    f.transferTo(dept, service.code());
    factsChanged.fire(new FeedbackFactsChanged(before, FeedbackFacts.of(f)));
    em.persist(
        new FeedbackEvent(
                ids.next(FeedbackEvent.SEQUENCE),
                f.id(),
                now,
                EventType.TRANSFERRED,
                f.status(),
                why,
                user.username())
            .between(from, dept));
    audit.record(
        user.username(), "FEEDBACK_TRANSFERRED", "feedback", f.trackingCode(), from + "->" + dept);
    records.fire(f, EventType.TRANSFERRED);
    return records.tracked(f);
  }

  private static void requireScope(Feedback f, SessionUser user) {
    if (!user.canActFor(f.departmentCode())) {
      throw ApiException.forbidden("forbidden-department");
    }
  }
}
