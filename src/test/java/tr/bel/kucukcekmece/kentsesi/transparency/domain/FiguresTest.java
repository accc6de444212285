package tr.bel.kucukcekmece.kentsesi.transparency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFacts;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;

class FiguresTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2025, 3, 10, 9, 0); // 12:00 in İstanbul

  private static FeedbackFacts facts(Integer rating, Integer responseHours, LocalDate due) {
    return new FeedbackFacts(
        1,
        FeedbackKind.REQUEST,
        FeedbackStatus.ANSWERED,
        "FEN",
        "FEN-YOL",
        null,
        T0,
        due,
        responseHours == null ? null : T0.plusHours(responseHours),
        null,
        rating,
        null,
        0);
  }

  private static long[] sum(FeedbackFacts... all) {
    long[] v = new long[Measures.SIZE];
    for (FeedbackFacts f : all) {
      Measures.add(v, Measures.contribution(f), 1);
    }
    return v;
  }

  @Test
  void meanAndConfidenceIntervalByHand() {
    // ratings 5,4,4,3,5: mean 4.2, s² = (91 − 5·4.2²)/4 = 0.7, half width = t(4) · √(0.7/5) =
    // 2.7764 · 0.374166
    Figures f =
        Figures.of(
            sum(
                facts(5, null, null),
                facts(4, null, null),
                facts(4, null, null),
                facts(3, null, null),
                facts(5, null, null)));
    assertEquals(5, f.satisfaction().ratings());
    assertEquals(4.2, f.satisfaction().mean());
    assertEquals(3.161, f.satisfaction().ci95Low());
    assertEquals(5.239, f.satisfaction().ci95High());
    assertEquals(0, f.satisfaction().distribution()[0]);
    assertEquals(2, f.satisfaction().distribution()[3]);
  }

  @Test
  void identicalRatingsHaveAZeroWidthInterval() {
    Figures f = Figures.of(sum(facts(4, null, null), facts(4, null, null)));
    assertEquals(4.0, f.satisfaction().ci95Low());
    assertEquals(4.0, f.satisfaction().ci95High());
    Figures one = Figures.of(sum(facts(2, null, null)));
    assertEquals(2.0, one.satisfaction().mean());
    assertNull(one.satisfaction().ci95Low(), "no interval from one rating");
  }

  @Test
  void mediansAndNinetiethPercentilesAreNearestRank() {
    LocalDate due = LocalDate.of(2025, 3, 11);
    // days 0, 1, 1, 2, 10 → median the 3rd (1 day), p90 the 5th (10 days)
    Figures f =
        Figures.of(
            sum(
                facts(null, 5, due),
                facts(null, 30, due),
                facts(null, 47, due),
                facts(null, 50, due),
                facts(null, 240, due)));
    assertEquals(5, f.answered());
    assertEquals(1, f.medianResponseDays());
    assertEquals(10, f.p90ResponseDays());
    // due 11 March (İstanbul): answered on 10, 11, 12, 12, 20 March → 2 of 5 on time
    assertEquals(0.4, f.onTimeRate());
    Figures four =
        Figures.of(
            sum(
                facts(null, 5, due),
                facts(null, 30, due),
                facts(null, 47, due),
                facts(null, 50, due)));
    assertEquals(1, four.medianResponseDays(), "rank ceil(0.5·4) = 2: the 2nd of 0,1,1,2");
  }

  @Test
  void onTimeIsJudgedOnTheIstanbulCalendarDate() {
    // 20:59 UTC on the due date is 23:59 in İstanbul: on time; 21:00 UTC is the next day there:
    // late
    LocalDate due = LocalDate.of(2025, 3, 10);
    FeedbackFacts justInTime =
        new FeedbackFacts(
            1,
            FeedbackKind.REQUEST,
            FeedbackStatus.ANSWERED,
            "FEN",
            "FEN-YOL",
            null,
            T0,
            due,
            LocalDateTime.of(2025, 3, 10, 20, 59),
            null,
            null,
            null,
            0);
    FeedbackFacts late =
        new FeedbackFacts(
            1,
            FeedbackKind.REQUEST,
            FeedbackStatus.ANSWERED,
            "FEN",
            "FEN-YOL",
            null,
            T0,
            due,
            LocalDateTime.of(2025, 3, 10, 21, 0),
            null,
            null,
            null,
            0);
    assertTrue(Measures.onTime(justInTime));
    assertFalse(Measures.onTime(late));
  }

  @Test
  void longWaitsShareTheLastBucket() {
    assertEquals(Measures.MAX_DAYS, Measures.days(T0, T0.plusDays(400)));
    assertEquals(0, Measures.days(T0, T0.minusHours(1)));
    assertEquals(2, Measures.days(T0, T0.plusHours(71)));
  }

  @Test
  void tQuantilesFollowTheTableAndConvergeToTheNormal() {
    assertEquals(2.7764, Figures.tQuantile975(4));
    assertEquals(2.0423, Figures.tQuantile975(30));
    assertEquals(2.0211, Figures.tQuantile975(40), 0.0005);
    assertEquals(1.9840, Figures.tQuantile975(100), 0.0005);
    assertEquals(1.96, Figures.tQuantile975(1_000_000), 0.0005);
  }

  @Test
  void theSuppressionThresholdIsFive() {
    assertFalse(Figures.publishable(4));
    assertTrue(Figures.publishable(5));
    assertTrue(Figures.publishable(6));
  }

  @Test
  void kpiStatusAgainstTargets() {
    assertEquals(Kpi.Status.MET, Kpi.SATISFACTION.status(4.0, 4.0));
    assertEquals(Kpi.Status.AT_RISK, Kpi.SATISFACTION.status(3.85, 4.0));
    assertEquals(Kpi.Status.MISSED, Kpi.SATISFACTION.status(3.7, 4.0));
    assertEquals(Kpi.Status.MET, Kpi.MEDIAN_RESPONSE_DAYS.status(5.0, 5.0));
    assertEquals(Kpi.Status.AT_RISK, Kpi.MEDIAN_RESPONSE_DAYS.status(6.0, 5.0));
    assertEquals(Kpi.Status.MISSED, Kpi.MEDIAN_RESPONSE_DAYS.status(7.0, 5.0));
    assertEquals(Kpi.Status.AT_RISK, Kpi.ON_TIME_RATE.status(0.86, 0.9));
    assertEquals(Kpi.Status.MISSED, Kpi.ON_TIME_RATE.status(0.84, 0.9));
    assertEquals(Kpi.Status.NO_DATA, Kpi.ON_TIME_RATE.status(null, 0.9));
    assertEquals(Kpi.Status.NO_DATA, Kpi.ON_TIME_RATE.status(0.95, null));
  }
}
