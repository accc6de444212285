package tr.bel.kucukcekmece.kentsesi.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.catalog.domain.CatalogFile;

class WorkingDayCalendarTest {

  private static WorkingDayCalendar calendar;

  @BeforeAll
  static void loadShippedHolidays() throws Exception {
    try (InputStream in =
        WorkingDayCalendarTest.class
            .getClassLoader()
            .getResourceAsStream("catalog/holidays.json")) {
      Map<LocalDate, Boolean> days = new HashMap<>();
      CatalogFile.parseHolidays(in).forEach(h -> days.put(h.date(), h.halfDay()));
      calendar = new WorkingDayCalendar(days);
    }
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void weekendsAreNotWorkingDays() {
    assertFalse(calendar.isWorkingDay(d("2026-11-28")), "Saturday");
    assertFalse(calendar.isWorkingDay(d("2026-11-29")), "Sunday");
    assertTrue(calendar.isWorkingDay(d("2026-11-30")), "Monday");
  }

  @Test
  void fullHolidaysAreNotWorkingDaysButHalfDaysAre() {
    assertFalse(calendar.isWorkingDay(d("2026-10-29")), "Republic Day");
    assertTrue(calendar.isWorkingDay(d("2026-10-28")), "Republic Day eve is a half day");
    assertTrue(calendar.isWorkingDay(d("2026-05-26")), "Kurban Bayramı eve is a half day");
    assertFalse(calendar.isWorkingDay(d("2026-05-27")), "Kurban Bayramı day 1");
  }

  @Test
  void workingDaysSkipWeekends() {
    // Friday + 1 working day = Monday
    assertEquals(d("2026-11-30"), calendar.addWorkingDays(d("2026-11-27"), 1));
    // Wednesday + 5 working days = next Wednesday
    assertEquals(d("2026-12-02"), calendar.addWorkingDays(d("2026-11-25"), 5));
    // a submission on Saturday: the first working day is Monday
    assertEquals(d("2026-11-30"), calendar.addWorkingDays(d("2026-11-28"), 1));
  }

  @Test
  void informationRequestDeadlineSpansKurbanBayrami() {
    // Law 4982: 15 working days. From Friday 2026-05-22: 25, 26(half), then 27-30 holiday, 31
    // Sunday.
    // Working days: May 25, 26, Jun 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17 -> 17 June.
    assertEquals(d("2026-06-17"), calendar.addWorkingDays(d("2026-05-22"), 15));
  }

  @Test
  void calendarDayDeadlineEndingOnAHolidayMovesToTheNextWorkingDay() {
    // 30 days after 2026-09-29 is 2026-10-29 (Republic Day) -> 2026-10-30
    assertEquals(d("2026-10-30"), calendar.addCalendarDays(d("2026-09-29"), 30));
    // ending on a Saturday -> Monday
    assertEquals(d("2026-11-30"), calendar.addCalendarDays(d("2026-11-27"), 1));
    // plain case
    assertEquals(d("2026-12-01"), calendar.addCalendarDays(d("2026-11-24"), 7));
  }

  @Test
  void dueDateChoosesTheCounting() {
    assertEquals(
        calendar.addWorkingDays(d("2026-01-02"), 10), calendar.dueDate(d("2026-01-02"), 10, true));
    assertEquals(
        calendar.addCalendarDays(d("2026-01-02"), 10),
        calendar.dueDate(d("2026-01-02"), 10, false));
  }

  @Test
  void workingDaysBetweenIsTheInverseOfAdding() {
    LocalDate start = d("2026-03-16");
    for (int n = 0; n < 40; n++) {
      assertEquals(n, calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n)));
    }
    assertEquals(-3, calendar.workingDaysBetween(d("2026-11-27"), d("2026-11-24")));
  }

  @Test
  void negativeDaysAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> calendar.addWorkingDays(d("2026-01-01"), -1));
    assertThrows(
        IllegalArgumentException.class, () -> calendar.addCalendarDays(d("2026-01-01"), -1));
  }
}
