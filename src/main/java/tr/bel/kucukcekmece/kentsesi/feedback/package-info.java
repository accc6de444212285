/**
 * Citizen feedback and requests: submission, tracking codes, legal deadlines, the officials' inbox,
 * notifications.
 *
 * <p>Published to the other features (the public types of this package): the values {@link
 * tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind}, {@link
 * tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus}, {@link
 * tr.bel.kucukcekmece.kentsesi.feedback.TrackingCode} and {@link
 * tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFacts}; the events {@code FeedbackFactsChanged},
 * {@code FeedbackFactsBatch} and {@code FeedbackBulkLoaded}; the interfaces {@link
 * tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatistics}, {@link
 * tr.bel.kucukcekmece.kentsesi.feedback.TrackingLookup}, {@link
 * tr.bel.kucukcekmece.kentsesi.feedback.InboxFigures} and {@link
 * tr.bel.kucukcekmece.kentsesi.feedback.ServiceSuggestions}, implemented in {@code application}.
 * Everything in the sub-packages is internal.
 */
package tr.bel.kucukcekmece.kentsesi.feedback;
