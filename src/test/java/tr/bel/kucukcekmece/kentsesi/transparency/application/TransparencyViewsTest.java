package tr.bel.kucukcekmece.kentsesi.transparency.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFacts;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.GroupView;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Figures;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Measures;

class TransparencyViewsTest {

  private static Figures rated(int ratings, int answered) {
    long[] v = new long[Measures.SIZE];
    LocalDateTime t = LocalDateTime.of(2025, 1, 5, 10, 0);
    for (int i = 0; i < Math.max(ratings, answered); i++) {
      FeedbackFacts f =
          new FeedbackFacts(
              i,
              FeedbackKind.SATISFACTION,
              FeedbackStatus.ANSWERED,
              "FEN",
              "FEN-YOL",
              null,
              t,
              LocalDate.of(2025, 1, 20),
              i < answered ? t.plusDays(1) : null,
              null,
              i < ratings ? 4 : null,
              null,
              0);
      Measures.add(v, Measures.contribution(f), 1);
    }
    return Figures.of(v);
  }

  @Test
  void figuresFromFourResponsesAreSuppressedFromFiveTheyAreShown() {
    GroupView four = GroupView.of("FEN", null, "tr", rated(4, 6), true);
    assertNull(four.satisfaction());
    assertTrue(four.suppressedFigures().contains("satisfaction"));
    assertNotNull(four.onTimeRate(), "six answered: shown");
    GroupView five = GroupView.of("FEN", null, "tr", rated(5, 6), true);
    assertEquals(4.0, five.satisfaction().mean());
    assertFalse(five.suppressedFigures().contains("satisfaction"));
    GroupView six = GroupView.of("FEN", null, "tr", rated(6, 4), true);
    assertEquals(6, six.satisfaction().ratings());
    assertNull(six.onTimeRate(), "four answered: suppressed");
    assertNull(six.medianResponseDays());
    assertTrue(
        six.suppressedFigures()
            .containsAll(List.of("onTimeRate", "medianResponseDays", "reopenRate")));
  }

  @Test
  void aGroupOfFewerThanFiveSubmissionsShowsNothing() {
    GroupView g = GroupView.of("FEN", null, "tr", rated(4, 4), true);
    assertTrue(g.suppressed());
    assertNull(g.submissions());
    assertNull(g.byKind());
    GroupView official = GroupView.of("FEN", null, "tr", rated(4, 4), false);
    assertFalse(official.suppressed());
    assertEquals(4, official.submissions());
    assertEquals(4.0, official.satisfaction().mean(), "officials see the figures unsuppressed");
  }

  @Test
  void periodsAreWholeMonths() {
    Period p = Period.parse("2025-02-14", "2025-04-02");
    assertEquals(YearMonth.of(2025, 2), p.from());
    assertEquals(3, p.months());
    assertEquals(LocalDate.of(2025, 4, 30), p.view().to());
    assertEquals(new Period(YearMonth.of(2024, 11), YearMonth.of(2025, 1)), p.previous());
    assertEquals(LocalDateTime.of(2025, 1, 31, 21, 0), p.startUtc(), "İstanbul midnight in UTC");
    assertEquals(12, Period.parse(null, null).months());
    ApiException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ApiException.class, () -> Period.parse("2025-05", "2025-01"));
    assertEquals("to", e.fields().get(0).field());
    ApiException bad =
        org.junit.jupiter.api.Assertions.assertThrows(
            ApiException.class, () -> Period.parse("yesterday", "2025-13"));
    assertEquals(2, bad.fields().size());
  }

  @Test
  void topicsCountCommentsNotWordsAndNeedFiveComments() {
    List<String> comments = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      comments.add("Kaldırımda çukur var, çukur büyüyor.");
    }
    for (int i = 0; i < 4; i++) {
      comments.add("Park lambası yanmıyor.");
    }
    List<Map.Entry<String, Integer>> topics = ActivityReport.topics(comments, 10);
    assertTrue(
        topics.stream().anyMatch(e -> e.getKey().equals("çukur") && e.getValue() == 6),
        topics.toString());
    assertTrue(
        topics.stream().noneMatch(e -> e.getKey().startsWith("lamba")),
        "only four comments: " + topics);
  }
}
