package tr.bel.kucukcekmece.kentsesi.transparency.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFacts;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;

/**
 * The additive measures kept per rollup cell (one column each in {@code transparency_cell}) and
 * what one submission contributes to them. Every figure on the transparency page is computed from
 * sums of these columns, so a cell can be updated by adding the difference between a submission's
 * contribution after and before a change.
 */
public final class Measures {

  /** Days are counted exactly up to this many; longer waits share the last bucket. */
  public static final int MAX_DAYS = 61;

  public static final int SUBMISSIONS = 0;
  public static final int KIND = 1; // + FeedbackKind.ordinal()
  public static final int RATING = KIND + FeedbackKind.values().length; // + rating - 1
  public static final int RESOLUTION_RATING = RATING + 5; // + rating - 1
  public static final int ANSWERED = RESOLUTION_RATING + 5;
  public static final int ON_TIME = ANSWERED + 1;
  public static final int REOPENED = ON_TIME + 1;
  public static final int RESOLVED = REOPENED + 1;
  public static final int FIRST_RESPONSE_DAYS = RESOLVED + 1; // + days (0..MAX_DAYS)
  public static final int RESOLUTION_DAYS =
      FIRST_RESPONSE_DAYS + MAX_DAYS + 1; // + days (0..MAX_DAYS)
  public static final int SIZE = RESOLUTION_DAYS + MAX_DAYS + 1;

  /** The column names, in index order. */
  public static final List<String> COLUMNS;

  static {
    List<String> c = new ArrayList<>();
    c.add("submissions");
    for (FeedbackKind k : FeedbackKind.values()) {
      c.add("k_" + k.name().toLowerCase(java.util.Locale.ROOT));
    }
    for (int i = 1; i <= 5; i++) {
      c.add("r" + i);
    }
    for (int i = 1; i <= 5; i++) {
      c.add("rr" + i);
    }
    c.add("answered");
    c.add("on_time");
    c.add("reopened");
    c.add("resolved");
    for (int i = 0; i <= MAX_DAYS; i++) {
      c.add("f" + i);
    }
    for (int i = 0; i <= MAX_DAYS; i++) {
      c.add("d" + i);
    }
    if (c.size() != SIZE) {
      throw new IllegalStateException("measure layout");
    }
    COLUMNS = Collections.unmodifiableList(c);
  }

  private Measures() {}

  /**
   * The month (its first day, İstanbul calendar) a submission counts in: the month it was received.
   */
  public static LocalDate month(FeedbackFacts f) {
    return Times.istanbulDate(f.createdAt()).withDayOfMonth(1);
  }

  /**
   * Whole 24-hour periods from {@code from} to {@code to}, at least 0, the last bucket for longer
   * waits.
   */
  public static int days(java.time.LocalDateTime from, java.time.LocalDateTime to) {
    long d = Math.max(0, Duration.between(from, to).toSeconds()) / 86_400;
    return (int) Math.min(d, MAX_DAYS);
  }

  /** Whether the first response came on or before the due date (İstanbul calendar). */
  public static boolean onTime(FeedbackFacts f) {
    return f.firstResponseAt() != null
        && !Times.istanbulDate(f.firstResponseAt()).isAfter(f.dueDate());
  }

  /** What one submission adds to its cells. */
  public static long[] contribution(FeedbackFacts f) {
    long[] v = new long[SIZE];
    v[SUBMISSIONS] = 1;
    v[KIND + f.kind().ordinal()] = 1;
    if (f.rating() != null && f.rating() >= 1 && f.rating() <= 5) {
      v[RATING + f.rating() - 1] = 1;
    }
    if (f.resolutionRating() != null && f.resolutionRating() >= 1 && f.resolutionRating() <= 5) {
      v[RESOLUTION_RATING + f.resolutionRating() - 1] = 1;
    }
    if (f.firstResponseAt() != null) {
      v[ANSWERED] = 1;
      v[ON_TIME] = onTime(f) ? 1 : 0;
      v[REOPENED] = f.reopenCount() > 0 ? 1 : 0;
      v[FIRST_RESPONSE_DAYS + days(f.createdAt(), f.firstResponseAt())] = 1;
    }
    if (f.resolvedAt() != null) {
      v[RESOLVED] = 1;
      v[RESOLUTION_DAYS + days(f.createdAt(), f.resolvedAt())] = 1;
    }
    return v;
  }

  public static void add(long[] into, long[] v, int sign) {
    for (int i = 0; i < SIZE; i++) {
      into[i] += sign * v[i];
    }
  }

  public static boolean isZero(long[] v) {
    for (long x : v) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }
}
