package tr.bel.kucukcekmece.kentsesi.core.logging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

/**
 * A log filter for warnings and errors that repeat: the first record of a kind in an interval is
 * written, the rest of that interval are only counted, and the count is reported in one line when
 * the interval ends ({@link #summaries}). A stack trace is written once per distinct cause and
 * logger: a later record of the same kind is written without it (each logger keeps its first trace,
 * which says where the cause met the portal). A kind is the logger plus the record's cause (the
 * innermost exception's class and where it was thrown) or, without an exception, its message with
 * the numbers taken out.
 *
 * <p>During a database outage every request used to log about 22 KB of stack traces from four
 * places (the connection pool's three loggers, EclipseLink and the REST edge): 8 MB in 8 s under
 * ten clients.
 */
public final class RepeatedFaults implements Filter {

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final int MAX_KINDS = 2_000;

  private final long intervalNanos;
  private final LongSupplier clock;
  private final Map<String, Window> windows =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
          return size() > MAX_KINDS;
        }
      };
  private final Set<String> tracesShown =
      Collections.newSetFromMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
              return size() > MAX_KINDS;
            }
          });

  /**
   * The decision for the record a thread is logging, so that every handler of one record agrees.
   */
  private final ThreadLocal<long[]> last = ThreadLocal.withInitial(() -> new long[] {-1, 0});

  /**
   * One kind's current interval: when it started, how many records were held back, an example
   * message.
   */
  private static final class Window {
    long start;
    long suppressed;
    final String logger;
    final String example;

    Window(long start, String logger, String example) {
      this.start = start;
      this.logger = logger;
      this.example = example;
    }
  }

  public RepeatedFaults(long intervalNanos, LongSupplier clock) {
    this.intervalNanos = intervalNanos;
    this.clock = clock;
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    if (record.getLevel().intValue() < Level.WARNING.intValue()
        || RepeatedFaults.class.getName().equals(record.getLoggerName())) {
      return true;
    }
    long[] decided = last.get();
    if (decided[0] == record.getSequenceNumber()) {
      return decided[1] == 1;
    }
    boolean write = decide(record);
    decided[0] = record.getSequenceNumber();
    decided[1] = write ? 1 : 0;
    return write;
  }

  private synchronized boolean decide(LogRecord record) {
    Throwable root = root(record.getThrown());
    String cause = root == null ? null : root.getClass().getName() + "@" + firstFrame(root);
    String text = record.getMessage() == null ? "" : record.getMessage();
    String kind = record.getLoggerName() + "|" + (cause != null ? cause : normalise(text));
    long now = clock.getAsLong();
    Window w = windows.get(kind);
    if (w != null && now - w.start < intervalNanos) {
      w.suppressed++;
      return false;
    }
    if (w == null) {
      windows.put(kind, new Window(now, record.getLoggerName(), example(text, root)));
    } else {
      w.start = now;
    }
    if (cause != null && !tracesShown.add(kind)) {
      record.setThrown(null); // this logger wrote this cause's trace before
    }
    return true;
  }

  /**
   * One line per kind whose interval has ended with records held back ("N more like this in the
   * last S s"), resetting their counts; called on a timer.
   */
  public synchronized List<String> summaries() {
    long now = clock.getAsLong();
    List<String> lines = new ArrayList<>();
    for (Window w : windows.values()) {
      if (w.suppressed > 0 && now - w.start >= intervalNanos) {
        lines.add(
            String.format(
                "%d more like this in the last %d s from %s: %s",
                w.suppressed, Math.round((now - w.start) / 1e9), w.logger, w.example));
        w.suppressed = 0;
      }
    }
    return lines;
  }

  private static Throwable root(Throwable t) {
    if (t == null) {
      return null;
    }
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String firstFrame(Throwable t) {
    StackTraceElement[] frames = t.getStackTrace();
    return frames.length == 0 ? "" : frames[0].getClassName() + "." + frames[0].getMethodName();
  }

  private static String normalise(String message) {
    String m = DIGITS.matcher(message).replaceAll("#");
    return m.length() > 200 ? m.substring(0, 200) : m;
  }

  private static String example(String message, Throwable root) {
    String first = message.lines().findFirst().orElse("");
    if (root != null) {
      first = first + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return first.length() > 300 ? first.substring(0, 300) + "…" : first;
  }
}
