package tr.bel.kucukcekmece.kentsesi.feedback;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a submission: RECEIVED → IN_PROGRESS → ANSWERED / RESOLVED → CLOSED, and REOPENED by
 * the citizen after a resolution. Officials move it forward; only the citizen reopens.
 */
public enum FeedbackStatus {
  RECEIVED,
  IN_PROGRESS,
  ANSWERED,
  RESOLVED,
  CLOSED,
  REOPENED;

  /** The statuses an official may set from this one. */
  public Set<FeedbackStatus> officialTargets() {
    return switch (this) {
      case RECEIVED, REOPENED -> EnumSet.of(IN_PROGRESS, ANSWERED, RESOLVED, CLOSED);
      case IN_PROGRESS -> EnumSet.of(ANSWERED, RESOLVED, CLOSED);
      case ANSWERED -> EnumSet.of(IN_PROGRESS, RESOLVED, CLOSED);
      case RESOLVED -> EnumSet.of(CLOSED, IN_PROGRESS);
      case CLOSED -> EnumSet.noneOf(FeedbackStatus.class);
    };
  }

  /** Whether the municipality has given its answer (the citizen can rate it and may reopen it). */
  public boolean isAnsweredOrDone() {
    return this == ANSWERED || this == RESOLVED || this == CLOSED;
  }

  /** Whether an official's move to this status needs a public response. */
  public boolean needsPublicResponse() {
    return this == ANSWERED || this == RESOLVED;
  }
}
