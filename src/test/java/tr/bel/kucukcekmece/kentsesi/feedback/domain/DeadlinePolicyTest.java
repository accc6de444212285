package tr.bel.kucukcekmece.kentsesi.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.catalog.WorkingDayCalendar;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;

class DeadlinePolicyTest {

  // Kurban Bayramı 2026: eve 26 May (half day), 27-30 May; Republic Day 29 Oct (eve 28 Oct half
  // day)
  private final WorkingDayCalendar calendar =
      new WorkingDayCalendar(
          Map.of(
              LocalDate.parse("2026-05-26"),
              true,
              LocalDate.parse("2026-05-27"),
              false,
              LocalDate.parse("2026-05-28"),
              false,
              LocalDate.parse("2026-05-29"),
              false,
              LocalDate.parse("2026-05-30"),
              false,
              LocalDate.parse("2026-10-28"),
              true,
              LocalDate.parse("2026-10-29"),
              false));

  private LocalDate due(FeedbackKind kind, int days, boolean working, String submitted) {
    return DeadlinePolicy.dueDate(kind, days, working, LocalDate.parse(submitted), calendar);
  }

  @Test
  void informationRequestsTakeFifteenWorkingDaysWhateverTheService() {
    assertEquals(
        LocalDate.parse("2026-06-17"), due(FeedbackKind.INFORMATION, 2, false, "2026-05-22"));
    assertEquals(
        LocalDate.parse("2026-06-17"), due(FeedbackKind.INFORMATION, 30, true, "2026-05-22"));
  }

  @Test
  void requestsAndComplaintsFollowTheServiceStandard() {
    // 5 working days from Friday 22 May: 25, 26 (half day), 1, 2, 3 June
    assertEquals(LocalDate.parse("2026-06-03"), due(FeedbackKind.REQUEST, 5, true, "2026-05-22"));
    // 2 calendar days from Wednesday 25 Nov -> Friday 27 Nov
    assertEquals(
        LocalDate.parse("2026-11-27"), due(FeedbackKind.COMPLAINT, 2, false, "2026-11-25"));
    // 3 calendar days from Thursday 26 Nov end on a Sunday -> Monday
    assertEquals(
        LocalDate.parse("2026-11-30"), due(FeedbackKind.COMPLAINT, 3, false, "2026-11-26"));
  }

  @Test
  void noPetitionWaitsLongerThanThirtyDays() {
    // a 30 working-day standard would end in November; the petition law caps it at 30 days (29 Oct
    // -> 30 Oct)
    assertEquals(LocalDate.parse("2026-10-30"), due(FeedbackKind.REQUEST, 30, true, "2026-09-29"));
    assertEquals(
        LocalDate.parse("2026-10-30"), due(FeedbackKind.SUGGESTION, 1, true, "2026-09-29"));
    assertEquals(
        LocalDate.parse("2026-10-30"), due(FeedbackKind.SATISFACTION, 1, true, "2026-09-29"));
    assertEquals(LocalDate.parse("2026-10-30"), due(FeedbackKind.THANKS, 1, true, "2026-09-29"));
  }
}
