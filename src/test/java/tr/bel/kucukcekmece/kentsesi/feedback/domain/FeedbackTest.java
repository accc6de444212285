package tr.bel.kucukcekmece.kentsesi.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;

class FeedbackTest {

  private final LocalDateTime t0 = LocalDateTime.parse("2026-11-25T08:00:00");

  private Feedback fresh() {
    return new Feedback(
        1L,
        "KS-0000-0000-0",
        FeedbackKind.COMPLAINT,
        Channel.WEB,
        "ZABITA-GURULTU",
        "ZABITA",
        null,
        null,
        "gürültü",
        "tr",
        t0,
        LocalDate.parse("2026-11-26"));
  }

  @Test
  void officialsMoveItForwardAndAnswersNeedAPublicResponse() {
    Feedback f = fresh();
    assertFalse(f.changeStatus(FeedbackStatus.ANSWERED, null, t0), "no response yet");
    assertEquals(FeedbackStatus.RECEIVED, f.status());
    assertTrue(f.changeStatus(FeedbackStatus.IN_PROGRESS, null, t0));
    assertFalse(f.changeStatus(FeedbackStatus.REOPENED, null, t0), "only the citizen reopens");
    assertTrue(f.changeStatus(FeedbackStatus.ANSWERED, "Ekip gönderildi.", t0.plusHours(3)));
    assertEquals(t0.plusHours(3), f.firstResponseAt());
    assertTrue(f.changeStatus(FeedbackStatus.CLOSED, null, t0.plusDays(1)));
    assertTrue(FeedbackStatus.CLOSED.officialTargets().isEmpty());
    assertFalse(f.changeStatus(FeedbackStatus.IN_PROGRESS, null, t0.plusDays(2)));
  }

  @Test
  void theCitizenMayReopenWithinFifteenDaysOfTheAnswer() {
    Feedback f = fresh();
    assertFalse(f.canReopen(t0), "nothing to reopen before an answer");
    f.changeStatus(FeedbackStatus.RESOLVED, "Çözüldü.", t0);
    assertTrue(f.canReopen(t0.plusDays(15)));
    assertFalse(f.canReopen(t0.plusDays(15).plusSeconds(1)));
    f.rateResolution(3, t0.plusDays(1));
    assertFalse(f.canRateResolution(), "rated once");
    f.reopen(t0.plusDays(2));
    assertEquals(FeedbackStatus.REOPENED, f.status());
    assertEquals(1, f.reopenCount());
    assertNull(f.resolutionRating(), "the new answer can be rated again");
    assertFalse(f.canReopen(t0.plusDays(2)), "not again before a new answer");
  }

  @Test
  void overdueMeansUnansweredPastTheDueDate() {
    Feedback f = fresh();
    assertFalse(f.isOverdue(LocalDate.parse("2026-11-26")));
    assertTrue(f.isOverdue(LocalDate.parse("2026-11-27")));
    f.changeStatus(FeedbackStatus.ANSWERED, "Yanıt.", t0);
    assertFalse(f.isOverdue(LocalDate.parse("2026-12-27")));
  }

  @Test
  void erasingTheContactKeepsTheRecord() {
    Feedback f = fresh();
    f.attachContact("v1:xyz", true, "2026-1", t0);
    f.eraseContact(t0.plusDays(200));
    assertNull(f.contactCiphertext());
    assertFalse(f.notifyEmail());
    assertEquals("gürültü", f.comment());
    assertEquals(t0.plusDays(200), f.contactErasedAt());
  }
}
