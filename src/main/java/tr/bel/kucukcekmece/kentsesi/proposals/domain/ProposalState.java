package tr.bel.kucukcekmece.kentsesi.proposals.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The life of a proposal: PUBLISHED → UNDER_EVALUATION → ACCEPTED / REJECTED (with a public reason)
 * → IN_PROGRESS → COMPLETED; WITHDRAWN by the author while nobody supports it.
 */
public enum ProposalState {
  PUBLISHED,
  UNDER_EVALUATION,
  ACCEPTED,
  REJECTED,
  IN_PROGRESS,
  COMPLETED,
  WITHDRAWN;

  /** The states an official may move a proposal to from this one. */
  public Set<ProposalState> officialNext() {
    return switch (this) {
      case PUBLISHED -> EnumSet.of(UNDER_EVALUATION, ACCEPTED, REJECTED);
      case UNDER_EVALUATION -> EnumSet.of(ACCEPTED, REJECTED);
      case ACCEPTED -> EnumSet.of(IN_PROGRESS, COMPLETED);
      case IN_PROGRESS -> EnumSet.of(COMPLETED);
      default -> EnumSet.noneOf(ProposalState.class);
    };
  }

  /** Whether this state is the department's answer (acceptance or rejection). */
  public boolean isAnswer() {
    return this == ACCEPTED || this == REJECTED;
  }

  /** Whether citizens may still support it. */
  public boolean supportable() {
    return this == PUBLISHED || this == UNDER_EVALUATION;
  }

  /** Whether it has been accepted (and so has an accountability timeline). */
  public boolean accepted() {
    return this == ACCEPTED || this == IN_PROGRESS || this == COMPLETED;
  }

  public static Optional<ProposalState> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
