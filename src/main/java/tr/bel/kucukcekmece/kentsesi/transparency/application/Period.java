package tr.bel.kucukcekmece.kentsesi.transparency.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.PeriodView;

/**
 * A period of whole months (figures are kept per month): {@code ?from=} and {@code ?to=} are dates
 * ({@code YYYY-MM-DD}) or months ({@code YYYY-MM}), widened to whole months. Default: the last
 * twelve months, this one included.
 */
public record Period(YearMonth from, YearMonth to) {

  public static final int MAX_MONTHS = 120;

  public static Period parse(String from, String to) {
    ApiException.Collector errors = new ApiException.Collector();
    YearMonth f = month(from, "from", errors);
    YearMonth t = month(to, "to", errors);
    errors.throwIfAny();
    YearMonth now = YearMonth.from(Times.todayInIstanbul());
    if (t == null) {
      YearMonth end = f == null ? now : f.plusMonths(11).isAfter(now) ? now : f.plusMonths(11);
      t = f != null && f.isAfter(end) ? f : end;
    }
    if (f == null) {
      f = t.minusMonths(11);
    }
    if (f.isAfter(t)) {
      throw ApiException.invalid("to", "transparency.periodOrder");
    }
    if (f.until(t, ChronoUnit.MONTHS) + 1 > MAX_MONTHS) {
      throw ApiException.invalid("from", "transparency.periodTooLong", MAX_MONTHS);
    }
    return new Period(f, t);
  }

  public static Period of(int year, Integer quarter) {
    if (quarter == null) {
      return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }
    YearMonth start = YearMonth.of(year, (quarter - 1) * 3 + 1);
    return new Period(start, start.plusMonths(2));
  }

  private static YearMonth month(String s, String field, ApiException.Collector errors) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.trim();
    try {
      YearMonth m = v.length() == 7 ? YearMonth.parse(v) : YearMonth.from(LocalDate.parse(v));
      if (m.getYear() < 2000 || m.getYear() > 2100) {
        errors.add(field, "transparency.periodRange");
        return null;
      }
      return m;
    } catch (DateTimeParseException e) {
      errors.add(field, "transparency.periodFormat");
      return null;
    }
  }

  public int months() {
    return (int) from.until(to, ChronoUnit.MONTHS) + 1;
  }

  /** The same number of months just before. */
  public Period previous() {
    return new Period(from.minusMonths(months()), from.minusMonths(1));
  }

  public LocalDate fromMonth() {
    return from.atDay(1);
  }

  public LocalDate toMonth() {
    return to.atDay(1);
  }

  /** The first instant of the period in UTC (İstanbul midnight). */
  public LocalDateTime startUtc() {
    return from.atDay(1)
        .atStartOfDay(Times.ISTANBUL)
        .withZoneSameInstant(java.time.ZoneOffset.UTC)
        .toLocalDateTime();
  }

  /** The first instant after the period in UTC. */
  public LocalDateTime endUtc() {
    return to.plusMonths(1)
        .atDay(1)
        .atStartOfDay(Times.ISTANBUL)
        .withZoneSameInstant(java.time.ZoneOffset.UTC)
        .toLocalDateTime();
  }

  public PeriodView view() {
    return new PeriodView(from.atDay(1), to.atEndOfMonth(), months());
  }
}
