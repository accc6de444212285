package tr.bel.kucukcekmece.kentsesi.feedback;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Read access to feedback for statistics (the transparency feature): every submission's anonymous
 * facts streamed in id order, and a sample of comment texts for topic counts. Nothing here returns
 * codes, contact data or names.
 */
public interface FeedbackStatistics {

  /**
   * Streams the facts of every submission created in {@code [fromUtc, toUtc)} (null bounds:
   * unbounded), in id order, outside any transaction (a consistent snapshot per statement).
   */
  void scan(LocalDateTime fromUtc, LocalDateTime toUtc, Consumer<FeedbackFacts> sink);

  /**
   * Up to {@code limit} comment texts of submissions created in {@code [fromUtc, toUtc)} in the
   * departments (null: all), the most recent first; for counting topics, never shown one by one.
   */
  List<String> commentSample(
      Collection<String> departments, LocalDateTime fromUtc, LocalDateTime toUtc, int limit);

  /** Whether any submission is stored at all. */
  boolean anySubmissions();
}
