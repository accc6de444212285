package tr.bel.kucukcekmece.kentsesi.proposals.domain;

/**
 * Whether a proposal or comment is public, held for moderation before publication, or hidden by a
 * moderator.
 */
public enum Visibility {
  PUBLIC,
  PENDING,
  HIDDEN
}
