package tr.bel.kucukcekmece.kentsesi.core.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class RepeatedFaultsTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final RepeatedFaults faults = new RepeatedFaults(TimeUnit.SECONDS.toNanos(60), now::get);

  private static LogRecord record(String logger, Level level, String message, Throwable thrown) {
    LogRecord r = new LogRecord(level, message);
    r.setLoggerName(logger);
    r.setThrown(thrown);
    return r;
  }

  private static Throwable refused(int port) {
    return new SQLException(
        "Error in allocating a connection",
        new SQLException(
            "Connection to 127.0.0.1:" + port + " refused",
            new ConnectException("Connection refused")));
  }

  @Test
  void aFaultRepeatedWithinTheIntervalIsWrittenOnceAndCounted() {
    assertTrue(faults.isLoggable(record("pool", Level.WARNING, "RAR5117", refused(5432))));
    for (int i = 0; i < 500; i++) {
      now.addAndGet(TimeUnit.MILLISECONDS.toNanos(10));
      assertFalse(faults.isLoggable(record("pool", Level.WARNING, "RAR5117", refused(5432))));
    }
    assertEquals(List.of(), faults.summaries(), "no summary before the interval ends");
    now.addAndGet(TimeUnit.SECONDS.toNanos(60));
    List<String> lines = faults.summaries();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(
        lines.get(0).startsWith("500 more like this in the last 65 s from pool: RAR5117"),
        lines.get(0));
    assertTrue(lines.get(0).contains("ConnectException: Connection refused"), lines.get(0));
    assertEquals(List.of(), faults.summaries(), "a count is reported once");
  }

  @Test
  void theStackTraceOfACauseIsWrittenOncePerLoggerThenTheRecordGoesWithoutIt() {
    LogRecord first = record("pool", Level.SEVERE, "RAR5117", refused(5432));
    assertTrue(faults.isLoggable(first));
    assertNotNull(first.getThrown());
    now.addAndGet(TimeUnit.SECONDS.toNanos(61));
    LogRecord later = record("pool", Level.SEVERE, "RAR5117", refused(5432));
    assertTrue(faults.isLoggable(later), "a new interval writes the record again");
    assertNull(later.getThrown(), "without the trace already written");
    LogRecord elsewhere =
        record("eclipselink", Level.WARNING, "Exception [EclipseLink-4002]", refused(5432));
    assertTrue(faults.isLoggable(elsewhere), "another logger is another kind");
    assertNotNull(elsewhere.getThrown(), "with its own trace: where the cause met the portal");
    now.addAndGet(TimeUnit.SECONDS.toNanos(61));
    LogRecord again =
        record("eclipselink", Level.WARNING, "Exception [EclipseLink-4002]", refused(5432));
    assertTrue(faults.isLoggable(again));
    assertNull(again.getThrown(), "once per logger and cause");
  }

  @Test
  void differentCausesAndMessagesAreKeptApartButNumbersDoNotMakeANewKind() {
    assertTrue(
        faults.isLoggable(record("edge", Level.WARNING, "Database unavailable: port 5432", null)));
    assertFalse(
        faults.isLoggable(record("edge", Level.WARNING, "Database unavailable: port 6543", null)));
    assertTrue(faults.isLoggable(record("edge", Level.WARNING, "Mail server unreachable", null)));
    assertTrue(
        faults.isLoggable(record("edge", Level.WARNING, "x", new IllegalStateException("a"))));
    assertTrue(
        faults.isLoggable(record("edge", Level.WARNING, "x", new IllegalArgumentException("a"))));
  }

  @Test
  void informationAndTheSummariesThemselvesAreNeverHeldBack() {
    for (int i = 0; i < 3; i++) {
      assertTrue(faults.isLoggable(record("startup", Level.INFO, "ready", null)));
      assertTrue(
          faults.isLoggable(
              record(RepeatedFaults.class.getName(), Level.WARNING, "3 more like this", null)));
    }
  }

  @Test
  void everyHandlerOfOneRecordGetsTheSameAnswer() {
    LogRecord r = record("pool", Level.WARNING, "RAR5117", refused(5432));
    assertTrue(faults.isLoggable(r), "console");
    assertTrue(faults.isLoggable(r), "file: the same record, not a repeat");
    LogRecord repeat = record("pool", Level.WARNING, "RAR5117", refused(5432));
    assertFalse(faults.isLoggable(repeat));
    assertFalse(faults.isLoggable(repeat));
  }
}
