package tr.bel.kucukcekmece.kentsesi.assistant.application;

import java.util.List;

/**
 * Confidence: how much of the question the cited passage and its quoted sentences cover, and how
 * clearly the cited document leads every other, mapped to a probability-like figure the answer is
 * given above.
 */
final class AnswerConfidence {

  /**
   * Re-ranking margin over the best passage of another document beyond which a clearer lead adds
   * nothing.
   */
  private static final double MARGIN_CAP = 0.5;

  /** Number of distinct question words in the cited passage beyond which more add nothing. */
  private static final int MATCHED_CAP = 6;

  private final double turkishShift;

  AnswerConfidence(AnswerWeights weights) {
    this.turkishShift = weights.turkishShift();
  }

  /**
   * The confidence in the first of the re-ranked passages (best first) as the answer to a question
   * in {@code lang}.
   */
  double of(List<SentenceSelection.Candidate> scored, CoreWords core, String lang) {
    SentenceSelection.Candidate top = scored.get(0);
    String cited = top.citation().documentId();
    double rival = 0;
    for (SentenceSelection.Candidate c : scored) {
      if (!c.citation().documentId().equals(cited)) {
        rival = c.score();
        break;
      }
    }
    return calibrate(
        top.passageCoverage(),
        top.sentenceCoverage(),
        top.score() - rival,
        core.matched(top.passage().whole()),
        "tr".equals(lang) ? turkishShift : 0);
  }

  /**
   * Maps the raw evidence to a probability-like confidence: the share of the question the cited
   * passage and its quoted sentences cover, and how clearly the cited document leads every other
   * document (its re-ranking margin, at most {@value #MARGIN_CAP}) scaled by how many distinct
   * question words the passage holds (at most {@value #MATCHED_CAP}). Logistic, fitted on the
   * evaluation sets (the municipal set's unanswerable questions weighted five times, qa-tr-history
   * 0.3 times), the intercept then lowered until they are declined as before. {@code shift} is
   * added to the logit ({@link AnswerWeights#turkishShift} for a Turkish question, 0 otherwise).
   */
  static double calibrate(
      double passageCoverage,
      double windowCoverage,
      double margin,
      int matchedWords,
      double shift) {
    double lead =
        Math.min(Math.max(margin, 0), MARGIN_CAP)
            * Math.min(matchedWords, MATCHED_CAP)
            / MATCHED_CAP;
    double z = -1.85 + shift + 1.0 * passageCoverage + 1.45 * windowCoverage + 4.2 * lead;
    return Math.round(1000.0 / (1 + Math.exp(-z))) / 1000.0;
  }
}
