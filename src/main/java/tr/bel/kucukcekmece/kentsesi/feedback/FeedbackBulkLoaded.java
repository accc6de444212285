package tr.bel.kucukcekmece.kentsesi.feedback;

/**
 * Fired after rows were written to the feedback table in bulk, outside the service (the demo and
 * benchmark data generator): anything kept incrementally from feedback must be rebuilt from the
 * table.
 */
public record FeedbackBulkLoaded(int rows) {}
