package tr.bel.kucukcekmece.kentsesi.feedback;

import java.util.List;

/**
 * The statistics-relevant changes of several submissions stored in one transaction (a group commit
 * of new submissions), fired synchronously inside it so that figures that add them up can do so
 * once per batch.
 */
public record FeedbackFactsBatch(List<FeedbackFactsChanged> changes) {}
