package tr.bel.kucukcekmece.kentsesi.feedback.domain;

import java.time.LocalDate;
import tr.bel.kucukcekmece.kentsesi.catalog.WorkingDayCalendar;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;

/**
 * When the municipality must answer: information requests within 15 working days (law 4982 art.
 * 11); requests and complaints by the service's standard, never later than the 30 days every
 * petition must be answered in (law 3071 art. 7); other kinds within those 30 days.
 */
public final class DeadlinePolicy {

  public static final int INFORMATION_WORKING_DAYS = 15;
  public static final int PETITION_DAYS = 30;

  private DeadlinePolicy() {}

  public static LocalDate dueDate(
      FeedbackKind kind,
      int serviceDays,
      boolean serviceWorkingDays,
      LocalDate submitted,
      WorkingDayCalendar calendar) {
    LocalDate petition = calendar.addCalendarDays(submitted, PETITION_DAYS);
    return switch (kind) {
      case INFORMATION -> calendar.addWorkingDays(submitted, INFORMATION_WORKING_DAYS);
      case REQUEST, COMPLAINT -> {
        LocalDate standard = calendar.dueDate(submitted, serviceDays, serviceWorkingDays);
        yield standard.isAfter(petition) ? petition : standard;
      }
      case SATISFACTION, SUGGESTION, THANKS -> petition;
    };
  }
}
