package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The calibration of the answer engine's confidence. */
class AnswerConfidenceTest {

  @Test
  void confidenceRisesWithTheCitedDocumentsLeadOverOtherDocuments() {
    double alone = AnswerConfidence.calibrate(0.5, 0.5, 0.0, 4, 0);
    assertTrue(AnswerConfidence.calibrate(0.5, 0.5, 0.3, 4, 0) > alone);
    // a lead counts only with question words in the passage, and only up to its cap
    assertEquals(alone, AnswerConfidence.calibrate(0.5, 0.5, 0.3, 0, 0));
    assertEquals(
        AnswerConfidence.calibrate(0.5, 0.5, 0.5, 4, 0),
        AnswerConfidence.calibrate(0.5, 0.5, 2.0, 4, 0));
    // a shift of the logit (given to Turkish questions) raises the confidence, by less where it was
    // already high
    double shifted = AnswerConfidence.calibrate(0.5, 0.5, 0.0, 4, 0.2);
    assertTrue(shifted > alone);
    assertTrue(
        AnswerConfidence.calibrate(1, 1, 0.5, 6, 0.2) - AnswerConfidence.calibrate(1, 1, 0.5, 6, 0)
            < shifted - alone);
  }
}
