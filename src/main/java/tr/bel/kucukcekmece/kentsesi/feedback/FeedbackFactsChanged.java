package tr.bel.kucukcekmece.kentsesi.feedback;

/**
 * Fired synchronously inside the transaction that changes a submission's statistics-relevant state,
 * so that figures kept incrementally (the transparency rollups) commit or roll back together with
 * the change. {@code before} is null for a new submission. Observers must be quick: this is on the
 * submission path.
 */
public record FeedbackFactsChanged(FeedbackFacts before, FeedbackFacts after) {}
