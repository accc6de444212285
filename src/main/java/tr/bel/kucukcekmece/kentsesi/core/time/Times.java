package tr.bel.kucukcekmece.kentsesi.core.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Times are stored as UTC {@link LocalDateTime}; calendar dates (deadlines) are those of İstanbul.
 */
public final class Times {

  public static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

  private Times() {}

  /** Now, in UTC, to the millisecond (both databases keep that precision). */
  public static LocalDateTime nowUtc() {
    return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }

  /** Today's date in İstanbul. */
  public static LocalDate todayInIstanbul() {
    return LocalDate.now(ISTANBUL);
  }

  /** The İstanbul calendar date of a UTC time. */
  public static LocalDate istanbulDate(LocalDateTime utc) {
    return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ISTANBUL).toLocalDate();
  }

  /** A stored UTC time as an offset time for API responses. */
  public static OffsetDateTime toOffset(LocalDateTime utc) {
    return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
  }
}
