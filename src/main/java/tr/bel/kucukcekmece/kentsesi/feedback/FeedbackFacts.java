package tr.bel.kucukcekmece.kentsesi.feedback;

import java.time.LocalDate;
import java.time.LocalDateTime;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;

/**
 * The anonymous, statistics-relevant state of one submission: what the transparency figures and the
 * open data are built from. No tracking code, comment or contact data.
 */
public record FeedbackFacts(
    long id,
    FeedbackKind kind,
    FeedbackStatus status,
    String departmentCode,
    String serviceCode,
    String neighbourhoodCode,
    LocalDateTime createdAt,
    LocalDate dueDate,
    LocalDateTime firstResponseAt,
    LocalDateTime resolvedAt,
    Integer rating,
    Integer resolutionRating,
    int reopenCount) {

  /**
   * The facts of a submission, for the feedback feature itself (no other feature sees the entity).
   */
  public static FeedbackFacts of(Feedback f) {
    return new FeedbackFacts(
        f.id(),
        f.kind(),
        f.status(),
        f.departmentCode(),
        f.serviceCode(),
        f.neighbourhoodCode(),
        f.createdAt(),
        f.dueDate(),
        f.firstResponseAt(),
        f.resolvedAt(),
        f.rating(),
        f.resolutionRating(),
        f.reopenCount());
  }
}
