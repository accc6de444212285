package tr.bel.kucukcekmece.kentsesi.core.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates that come from outside (query parameters, JSON fields) are accepted only inside a sane
 * window, so that date arithmetic on them (due dates, periods, working days) cannot overflow into
 * an internal error.
 */
public final class InputDates {

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;

  private InputDates() {}

  public static boolean inWindow(LocalDate date) {
    return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
  }

  /**
   * The date in YYYY-MM-DD form, or {@code fallback} when blank; a malformed date or one outside
   * the window is a field error on {@code field} added to {@code errors} (and {@code fallback} is
   * returned).
   */
  public static LocalDate parse(
      String field, String value, LocalDate fallback, ApiException.Collector errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(field, "validation.date");
      return fallback;
    }
    if (!inWindow(date)) {
      errors.add(
          field, "validation.dateRange", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
      return fallback;
    }
    return date;
  }

  /**
   * As {@link #parse(String, String, LocalDate, ApiException.Collector)}, throwing the field error
   * at once.
   */
  public static LocalDate parse(String field, String value, LocalDate fallback) {
    ApiException.Collector errors = new ApiException.Collector();
    LocalDate date = parse(field, value, fallback, errors);
    errors.throwIfAny();
    return date;
  }
}
