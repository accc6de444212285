package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The answer engine's weights: defaults, configured values by key, and malformed values refused.
 */
class AnswerWeightsTest {

  private static AnswerWeights with(Map<String, String> values) {
    return AnswerWeights.from(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void defaultsAreTheMeasuredWeights() {
    AnswerWeights w = AnswerWeights.defaults();
    assertEquals(0.6, w.frame());
    assertEquals(1.3, w.headBoost());
    assertEquals(0.45, w.relevance());
    assertEquals(2.0, w.focus());
    assertEquals(0.2, w.turkishShift());
    assertTrue(w.pairs());
  }

  @Test
  void aConfiguredValueReplacesOnlyItsOwnWeight() {
    AnswerWeights w =
        with(Map.of("kentsesi.assistant.w.syncover", " 0.75 ", "kentsesi.assistant.w.pairs", "0"));
    assertEquals(0.75, w.synonymCover());
    assertFalse(w.pairs());
    assertEquals(AnswerWeights.defaults().synonym(), w.synonym());
    assertEquals(AnswerWeights.defaults().followUpBonus(), w.followUpBonus());
  }

  @Test
  void aMalformedValueIsRefusedWithItsKeyAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> with(Map.of("kentsesi.assistant.w.trshift", "0,3")));
    assertTrue(e.getMessage().contains("kentsesi.assistant.w.trshift"), e.getMessage());
    assertTrue(e.getMessage().contains("'0,3'"), e.getMessage());
    IllegalArgumentException notFinite =
        assertThrows(
            IllegalArgumentException.class, () -> with(Map.of("kentsesi.assistant.w.cov", "NaN")));
    assertTrue(notFinite.getMessage().contains("kentsesi.assistant.w.cov"), notFinite.getMessage());
  }

  @Test
  void theSettingsAreReadThroughTheConfiguration() {
    System.setProperty("kentsesi.assistant.w.cue", "0.3");
    try {
      assertEquals(0.3, AnswerWeights.fromSettings().cue());
      System.setProperty("kentsesi.assistant.w.cue", "much");
      assertThrows(IllegalArgumentException.class, AnswerWeights::fromSettings);
    } finally {
      System.clearProperty("kentsesi.assistant.w.cue");
    }
    assertEquals(AnswerWeights.defaults(), AnswerWeights.fromSettings());
  }
}
