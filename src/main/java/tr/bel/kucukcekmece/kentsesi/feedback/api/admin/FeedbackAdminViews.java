package tr.bel.kucukcekmece.kentsesi.feedback.api.admin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;
import tr.bel.kucukcekmece.kentsesi.feedback.api.FeedbackViews.ContactRequest;
import tr.bel.kucukcekmece.kentsesi.feedback.application.ContactCipher;
import tr.bel.kucukcekmece.kentsesi.feedback.application.FeedbackText;
import tr.bel.kucukcekmece.kentsesi.feedback.application.Submission;
import tr.bel.kucukcekmece.kentsesi.feedback.application.Tracked;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;

/** Request and response records of the officials' feedback API. */
public final class FeedbackAdminViews {

  private FeedbackAdminViews() {}

  /**
   * Feedback an official enters for a citizen who called or came in; {@code channel} says how it
   * arrived.
   */
  public record StaffEntryRequest(
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
      @Schema(
              required = true,
              enumeration = {"PHONE", "IN_PERSON", "EMAIL", "CIMER"})
          String channel) {
    Submission toSubmission(String fallbackLanguage) {
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
          null);
    }
  }

  /** A row of the inbox. */
  public record InboxItem(
      String trackingCode,
      String kind,
      String status,
      String serviceCode,
      String departmentCode,
      String neighbourhoodCode,
      OffsetDateTime createdAt,
      LocalDate dueDate,
      boolean overdue,
      String assignee,
      String excerpt) {
    static InboxItem of(Feedback f, LocalDate today) {
      String c = f.comment();
      String excerpt = c == null ? null : c.length() <= 140 ? c : c.substring(0, 139) + "…";
      return new InboxItem(
          f.trackingCode(),
          f.kind().name(),
          f.status().name(),
          f.serviceCode(),
          f.departmentCode(),
          f.neighbourhoodCode(),
          Times.toOffset(f.createdAt()),
          f.dueDate(),
          f.isOverdue(today),
          f.assignee(),
          excerpt);
    }
  }

  /** One page of the inbox. */
  public record InboxView(
      List<InboxItem> items, Map<FeedbackStatus, Long> counts, long total, String nextCursor) {}

  /** A timeline entry as officials see it. */
  public record StaffEvent(
      OffsetDateTime at,
      String type,
      String status,
      String note,
      boolean internal,
      String actor,
      String fromDepartment,
      String toDepartment) {}

  /** A submission as its department sees it, contact included (decrypted for this view only). */
  public record StaffItemView(
      String trackingCode,
      String kind,
      String status,
      String channel,
      String serviceCode,
      String departmentCode,
      String neighbourhoodCode,
      Integer rating,
      String comment,
      ContactRequest contact,
      boolean contactErased,
      String kvkkNoticeVersion,
      OffsetDateTime createdAt,
      LocalDate dueDate,
      boolean overdue,
      String assignee,
      String publicResponse,
      Integer resolutionRating,
      int reopenCount,
      List<StaffEvent> timeline) {
    static StaffItemView of(Tracked t, ContactCipher.Contact contact) {
      Feedback f = t.feedback();
      return new StaffItemView(
          f.trackingCode(),
          f.kind().name(),
          f.status().name(),
          f.channel().name(),
          f.serviceCode(),
          f.departmentCode(),
          f.neighbourhoodCode(),
          f.rating(),
          f.comment(),
          contact == null
              ? null
              : new ContactRequest(contact.name(), contact.email(), contact.phone()),
          f.contactErasedAt() != null,
          f.kvkkNoticeVersion(),
          Times.toOffset(f.createdAt()),
          f.dueDate(),
          f.isOverdue(Times.todayInIstanbul()),
          f.assignee(),
          f.publicResponse(),
          f.resolutionRating(),
          f.reopenCount(),
          t.events().stream()
              .map(
                  e ->
                      new StaffEvent(
                          Times.toOffset(e.occurredAt()),
                          e.type().name(),
                          e.status() == null ? null : e.status().name(),
                          e.note(),
                          e.internal(),
                          e.actor(),
                          e.fromDepartment(),
                          e.toDepartment()))
              .toList());
    }
  }

  /** Body of the status change. */
  public record StatusRequest(
      @Schema(
              required = true,
              enumeration = {"IN_PROGRESS", "ANSWERED", "RESOLVED", "CLOSED"})
          String status,
      @Schema(maxLength = FeedbackText.COMMENT_MAX) String publicResponse) {}

  /** Body of an internal note. */
  public record NoteRequest(
      @Schema(required = true, maxLength = FeedbackText.COMMENT_MAX) String text) {}

  /** Body of a transfer. */
  public record TransferRequest(
      @Schema(required = true) String departmentCode,
      String serviceCode,
      @Schema(required = true, minLength = 1, maxLength = 2000) String reason) {}

  /** Result of a retention run. */
  public record RetentionView(int erased, int retentionDays) {}
}
