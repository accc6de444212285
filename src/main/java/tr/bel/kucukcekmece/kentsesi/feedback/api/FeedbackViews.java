package tr.bel.kucukcekmece.kentsesi.feedback.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.bel.kucukcekmece.kentsesi.core.rest.LocalizedText;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;
import tr.bel.kucukcekmece.kentsesi.feedback.ServiceSuggestions.Suggestion;
import tr.bel.kucukcekmece.kentsesi.feedback.application.ContactCipher;
import tr.bel.kucukcekmece.kentsesi.feedback.application.FeedbackText;
import tr.bel.kucukcekmece.kentsesi.feedback.application.Submission;
import tr.bel.kucukcekmece.kentsesi.feedback.application.Tracked;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.FeedbackEvent;

/**
 * Request and response records of the feedback API. Public views never carry contact data, notes or
 * names.
 */
public final class FeedbackViews {

  private FeedbackViews() {}

  /** Contact details a citizen may give (only together with the KVKK acknowledgement). */
  public record ContactRequest(
      @Schema(maxLength = 100) String name,
      @Schema(maxLength = 254, format = "email") String email,
      String phone) {}

  /** {@code POST /api/feedback}. {@code website} is a honeypot that people leave empty. */
  public record FeedbackRequest(
      @Schema(
              required = true,
              enumeration = {
                "SATISFACTION",
                "REQUEST",
                "COMPLAINT",
                "INFORMATION",
                "SUGGESTION",
                "THANKS"
              })
          String kind,
      @Schema(required = true) String serviceCode,
      @Schema(minimum = "1", maximum = "5", description = "Required for SATISFACTION.")
          Integer rating,
      @Schema(maxLength = FeedbackText.COMMENT_MAX) String comment,
      String neighbourhoodCode,
      ContactRequest contact,
      Boolean kvkkAcknowledged,
      String kvkkNoticeVersion,
      String language,
      String website) {

    public Submission toSubmission(String fallbackLanguage) {
      return new Submission(
          kind,
          serviceCode,
          rating,
          comment,
          neighbourhoodCode,
          contact == null
              ? null
              : new ContactCipher.Contact(contact.name(), contact.email(), contact.phone()),
          kvkkAcknowledged,
          kvkkNoticeVersion,
          language == null ? fallbackLanguage : language,
          website);
    }
  }

  /** The answer to a submission. */
  public record SubmittedView(
      String trackingCode,
      String status,
      LocalDate dueDate,
      String kind,
      String serviceCode,
      String departmentCode) {
    public static SubmittedView of(Feedback f) {
      return new SubmittedView(
          f.trackingCode(),
          f.status().name(),
          f.dueDate(),
          f.kind().name(),
          f.serviceCode(),
          f.departmentCode());
    }
  }

  /** A public timeline entry. */
  public record PublicEvent(OffsetDateTime at, String type, String status, String note) {}

  /** What anyone with the tracking code sees. */
  public record TrackingView(
      String trackingCode,
      String kind,
      String status,
      String serviceCode,
      String departmentCode,
      String neighbourhoodCode,
      Integer rating,
      OffsetDateTime createdAt,
      LocalDate dueDate,
      boolean overdue,
      List<PublicEvent> timeline,
      String publicResponse,
      Integer resolutionRating,
      boolean canRate,
      boolean canReopen,
      OffsetDateTime reopenUntil) {

    public static TrackingView of(Tracked t) {
      Feedback f = t.feedback();
      LocalDateTime now = Times.nowUtc();
      List<PublicEvent> timeline =
          t.events().stream()
              .filter(e -> e.type().isPublic())
              .map(
                  e ->
                      new PublicEvent(
                          Times.toOffset(e.occurredAt()),
                          e.type().name(),
                          e.status() == null ? null : e.status().name(),
                          publicNote(e)))
              .toList();
      return new TrackingView(
          f.trackingCode(),
          f.kind().name(),
          f.status().name(),
          f.serviceCode(),
          f.departmentCode(),
          f.neighbourhoodCode(),
          f.rating(),
          Times.toOffset(f.createdAt()),
          f.dueDate(),
          f.isOverdue(Times.todayInIstanbul()),
          timeline,
          f.publicResponse(),
          f.resolutionRating(),
          f.canRateResolution(),
          f.canReopen(now),
          f.canReopen(now) ? Times.toOffset(f.reopenUntil()) : null);
    }

    /**
     * The public part of an event: a response or the department it was forwarded to; never internal
     * reasons.
     */
    private static String publicNote(FeedbackEvent e) {
      return switch (e.type()) {
        case RESPONDED -> e.note();
        case TRANSFERRED -> e.toDepartment();
        default -> null;
      };
    }
  }

  /** Reference data for the form: the KVKK notice in both languages and its version. */
  public record KvkkNoticeView(String version, LocalizedText text) {}

  /** A likely department and service for a text. */
  public record SuggestionView(
      String serviceCode,
      String departmentCode,
      LocalizedText serviceName,
      LocalizedText departmentName,
      double score) {

    public static SuggestionView of(Suggestion s) {
      return new SuggestionView(
          s.serviceCode(),
          s.departmentCode(),
          new LocalizedText(s.serviceNameTr(), s.serviceNameEn()),
          s.departmentNameTr() == null
              ? null
              : new LocalizedText(s.departmentNameTr(), s.departmentNameEn()),
          s.score());
    }
  }

  /** Body of {@code POST .../resolution-rating}. */
  @Schema(name = "ResolutionRatingRequest")
  public record RatingRequest(
      @Schema(required = true, minimum = "1", maximum = "5") Integer rating) {}

  /** Body of {@code POST .../reopen}. */
  public record ReopenRequest(
      @Schema(required = true, minLength = 1, maxLength = 2000) String reason) {}

  /** Counts per status. */
  public record Counts(Map<FeedbackStatus, Long> counts) {}
}
