package tr.bel.kucukcekmece.kentsesi.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Deadline arithmetic over Turkish public holidays. Saturdays, Sundays and full-day holidays are
 * not working days; a half-day holiday (the eve of a religious holiday, 28 October) is, because
 * offices are open that morning.
 */
public final class WorkingDayCalendar {

  private final Map<LocalDate, Boolean> holidays;

  /**
   * @param holidays each holiday date mapped to whether it is only a half day
   */
  public WorkingDayCalendar(Map<LocalDate, Boolean> holidays) {
    this.holidays = Map.copyOf(holidays);
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
      return false;
    }
    Boolean halfDay = holidays.get(day);
    return halfDay == null || halfDay;
  }

  /**
   * The day on which the n-th working day after {@code start} ends (start itself is not counted).
   */
  public LocalDate addWorkingDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * {@code days} calendar days after {@code start}; a deadline that ends on a weekend or holiday
   * moves to the next working day, as Turkish procedural law does.
   */
  public LocalDate addCalendarDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
    LocalDate day = start.plusDays(days);
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The due date of a service standard of {@code days}, counted in working or calendar days. */
  public LocalDate dueDate(LocalDate start, int days, boolean workingDays) {
    return workingDays ? addWorkingDays(start, days) : addCalendarDays(start, days);
  }

  /**
   * Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to}
   * is earlier.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }
}
