package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.catalog.PublicService;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.persistence.IdBlocks;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFacts;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFactsBatch;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFactsChanged;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;
import tr.bel.kucukcekmece.kentsesi.feedback.TrackingCode;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Channel;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.DeadlinePolicy;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.EventType;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.FeedbackEvent;

/**
 * Intake: checks a submission from a citizen or an official's entry on a citizen's behalf and
 * stores it with its RECEIVED event, the audit entry of a staff entry and the rollup figures.
 * {@link FeedbackSubmitter} drives it.
 */
@ApplicationScoped
public class FeedbackIntake {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
  private static final Pattern PHONE = Pattern.compile("(\\+90|0090|0)?[2-58]\\d{9}");
  private static final Set<FeedbackKind> COMMENT_REQUIRED =
      Set.of(
          FeedbackKind.REQUEST,
          FeedbackKind.COMPLAINT,
          FeedbackKind.INFORMATION,
          FeedbackKind.SUGGESTION);

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject Catalog catalog;

  @Inject ContactCipher cipher;

  @Inject AuditLog audit;

  @Inject FeedbackRecords records;

  @Inject Event<FeedbackFactsBatch> factsBatch;

  @Inject IdBlocks ids;

  /**
   * A checked submission, not yet stored: the entity with its id and tracking code, and who entered
   * it how.
   */
  public record Prepared(Feedback feedback, Channel channel, String actor) {}

  /**
   * Checks every field of a submission and builds its record (id, tracking code, due date,
   * encrypted contact), without touching the database: field errors are thrown here, in the
   * caller's thread. {@link FeedbackSubmitter} then stores it together with other submissions in
   * one transaction ({@link #store}).
   */
  public Prepared prepare(Submission s, Channel channel, String actor, String idempotencyKey) {
    CatalogSnapshot snapshot = catalog.snapshot();
    ApiException.Collector errors = new ApiException.Collector();
    if (s.website() != null && !s.website().isBlank()) {
      throw ApiException.badRequest("rejected");
    }
    FeedbackKind kind = parseKind(s.kind(), errors);
    PublicService service = null;
    if (s.serviceCode() == null || s.serviceCode().isBlank()) {
      errors.add("serviceCode", "validation.required");
    } else {
      service =
          snapshot
              .service(s.serviceCode().trim().toUpperCase(Locale.ROOT))
              .filter(PublicService::active)
              .orElse(null);
      if (service == null) {
        errors.add("serviceCode", "feedback.serviceUnknown", s.serviceCode());
      }
    }
    if (s.rating() != null && (s.rating() < 1 || s.rating() > 5)) {
      errors.add("rating", "feedback.ratingRange");
    } else if (s.rating() == null && kind != null && kind.requiresRating()) {
      errors.add("rating", "feedback.ratingRequired");
    }
    String comment = FeedbackText.clean(s.comment());
    if (comment != null && comment.length() > FeedbackText.COMMENT_MAX) {
      errors.add("comment", "feedback.commentTooLong", FeedbackText.COMMENT_MAX, comment.length());
    } else if (comment == null && kind != null && COMMENT_REQUIRED.contains(kind)) {
      errors.add("comment", "feedback.commentRequired");
    }
    String neighbourhood = null;
    if (s.neighbourhoodCode() != null && !s.neighbourhoodCode().isBlank()) {
      neighbourhood = s.neighbourhoodCode().trim().toUpperCase(Locale.ROOT);
      if (snapshot.neighbourhood(neighbourhood).isEmpty()) {
        errors.add("neighbourhoodCode", "feedback.neighbourhoodUnknown", s.neighbourhoodCode());
      }
    }
    ContactCipher.Contact contact = checkContact(s, errors);
    errors.throwIfAny();

    LocalDateTime now = Times.nowUtc();
    LocalDate due =
        DeadlinePolicy.dueDate(
            kind,
            service.responseDays(),
            service.workingDays(),
            Times.istanbulDate(now),
            snapshot.calendar());
    String language = "en".equals(s.language()) ? "en" : "tr";
    Feedback f =
        new Feedback(
            ids.next(Feedback.SEQUENCE),
            TrackingCode.generate(),
            kind,
            channel,
            service.code(),
            service.departmentCode(),
            neighbourhood,
            s.rating(),
            comment,
            language,
            now,
            due);
    if (contact != null) {
      f.attachContact(cipher.encrypt(contact), contact.email() != null, KvkkNotice.VERSION, now);
    }
    if (idempotencyKey != null) {
      f.idempotencyKey(idempotencyKey, cipher.fingerprint(s.canonical(channel, actor)));
    }
    return new Prepared(f, channel, actor);
  }

  /**
   * Stores checked submissions in one transaction: their rows, their RECEIVED events, the audit
   * entries of staff entries and the rollup figures. The tracking code and the idempotency key are
   * unique in the database: a clash makes the commit fail for the whole batch, and {@link
   * FeedbackSubmitter} then stores each on its own.
   */
  @Transactional
  public void store(List<Prepared> batch) {
    for (Prepared p : batch) {
      em.persist(p.feedback());
    }
    em.flush(); // the submission rows first: their events refer to them
    List<FeedbackFactsChanged> facts = new ArrayList<>(batch.size());
    for (Prepared p : batch) {
      Feedback f = p.feedback();
      Channel channel = p.channel();
      em.persist(
          new FeedbackEvent(
              ids.next(FeedbackEvent.SEQUENCE),
              f.id(),
              f.createdAt(),
              EventType.RECEIVED,
              FeedbackStatus.RECEIVED,
              channel == Channel.WEB ? null : channel.name(),
              channel == Channel.WEB ? null : p.actor()));
      if (channel != Channel.WEB) {
        audit.record(
            p.actor(), "FEEDBACK_ENTERED", "feedback", f.trackingCode(), "channel=" + channel);
      }
      facts.add(new FeedbackFactsChanged(null, FeedbackFacts.of(f)));
    }
    factsBatch.fire(new FeedbackFactsBatch(facts));
    for (Prepared p : batch) {
      records.fire(p.feedback(), EventType.RECEIVED);
    }
  }

  /** The submission made earlier with this idempotency key, if any. */
  @Transactional
  public Optional<Feedback> byIdempotencyKey(String key) {
    return em.createNamedQuery("Feedback.byIdempotencyKey", Feedback.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private static FeedbackKind parseKind(String kind, ApiException.Collector errors) {
    if (kind == null || kind.isBlank()) {
      errors.add("kind", "validation.required");
      return null;
    }
    try {
      return FeedbackKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add("kind", "feedback.kindUnknown", kind);
      return null;
    }
  }

  private static ContactCipher.Contact checkContact(Submission s, ApiException.Collector errors) {
    ContactCipher.Contact c = s.contact();
    if (c == null) {
      return null;
    }
    String name = FeedbackText.clean(c.name());
    String email = c.email() == null || c.email().isBlank() ? null : c.email().strip();
    String phone =
        c.phone() == null || c.phone().isBlank() ? null : c.phone().replaceAll("[\\s().-]", "");
    if (name == null && email == null && phone == null) {
      return null;
    }
    if (name != null && name.length() > 100) {
      errors.add("contact.name", "validation.Size", 1, 100);
    }
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      errors.add("contact.email", "validation.Email");
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      errors.add("contact.phone", "feedback.phoneInvalid");
    }
    if (!Boolean.TRUE.equals(s.kvkkAcknowledged())) {
      errors.add("kvkkAcknowledged", "feedback.kvkkRequired");
    } else if (s.kvkkNoticeVersion() != null && !KvkkNotice.VERSION.equals(s.kvkkNoticeVersion())) {
      errors.add("kvkkAcknowledged", "feedback.kvkkOutdated");
    }
    return new ContactCipher.Contact(name, email, phone);
  }
}
