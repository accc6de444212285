package tr.bel.kucukcekmece.kentsesi.feedback;

import java.time.LocalDate;

/**
 * A submission's public state by the tracking code a citizen typed (the assistant's live answers
 * use it).
 */
public interface TrackingLookup {

  /**
   * What anyone holding the tracking code may know: the code in canonical form, the status and the
   * due date.
   */
  record TrackedStatus(String trackingCode, FeedbackStatus status, LocalDate dueDate) {}

  /**
   * The submission with the code as typed (any case, dashes optional).
   *
   * @throws tr.bel.kucukcekmece.kentsesi.core.rest.ApiException 404 with code {@code
   *     tracking-mistyped} when the check symbol does not match, {@code tracking-not-found} when no
   *     submission has the code
   */
  TrackedStatus status(String typedCode);
}
