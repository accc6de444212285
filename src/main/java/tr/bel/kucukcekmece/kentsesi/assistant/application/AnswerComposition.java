package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static tr.bel.kucukcekmece.kentsesi.assistant.application.AnswerEngine.MAX_ANSWER_CHARS;

import java.util.ArrayList;
import java.util.List;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.QuestionKind;

/**
 * Answer composition: the chosen pair of sentences, or the chosen sentence with its better
 * neighbour when both fit in {@value AnswerEngine#MAX_ANSWER_CHARS} characters, or of an over-long
 * sentence the run of its clauses that best answers.
 */
final class AnswerComposition {

  private AnswerComposition() {}

  /**
   * The answer a re-ranked passage gives to a question of {@code kind} with the words {@code core}.
   */
  static String compose(SentenceSelection.Candidate chosen, CoreWords core, QuestionKind kind) {
    List<String> sentences = chosen.passage().sentences();
    return chosen.pair() >= 0
        ? sentences.get(chosen.pair()) + " " + sentences.get(chosen.pair() + 1)
        : withNeighbour(sentences, chosen.sentence(), core, kind);
  }

  /** The best sentence plus its better neighbour when both fit in 300 characters. */
  private static String withNeighbour(
      List<String> sentences, int i, CoreWords core, QuestionKind kind) {
    String first = sentences.get(i);
    if (first.length() > MAX_ANSWER_CHARS) {
      return excerpt(first, core, kind);
    }
    String next = i + 1 < sentences.size() ? sentences.get(i + 1) : null;
    String prev = i > 0 ? sentences.get(i - 1) : null;
    boolean nextFits = next != null && first.length() + 1 + next.length() <= MAX_ANSWER_CHARS;
    boolean prevFits = prev != null && prev.length() + 1 + first.length() <= MAX_ANSWER_CHARS;
    if (nextFits && prevFits) {
      double n = core.coverage(AnalysedText.of(next)) + 0.1 * kind.cue(next) + 0.05;
      double p = core.coverage(AnalysedText.of(prev)) + 0.1 * kind.cue(prev);
      return p > n ? prev + " " + first : first + " " + next;
    }
    if (nextFits) {
      return first + " " + next;
    }
    if (prevFits) {
      return prev + " " + first;
    }
    return first;
  }

  /**
   * The part of an over-long sentence that best answers: runs of its clauses (split at ';', ':' and
   * ',') within 300 characters, scored like sentences, marked with '…' where cut.
   */
  private static String excerpt(String sentence, CoreWords core, QuestionKind kind) {
    List<int[]> clauses = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if ((c == ';' || c == ',') && i + 1 < sentence.length() && sentence.charAt(i + 1) == ' ') {
        clauses.add(new int[] {start, i + 1});
        start = i + 2;
      }
    }
    clauses.add(new int[] {start, sentence.length()});
    int bestA = -1;
    int bestB = -1;
    double bestScore = -1;
    for (int a = 0; a < clauses.size(); a++) {
      for (int b = a; b < clauses.size(); b++) {
        int from = clauses.get(a)[0];
        int to = clauses.get(b)[1];
        if (to - from + 2 > MAX_ANSWER_CHARS) {
          break;
        }
        String part = sentence.substring(from, to).trim();
        double score =
            core.coverage(AnalysedText.of(part)) + 0.1 * kind.cue(part) - 0.001 * (b - a);
        if (score > bestScore) {
          bestScore = score;
          bestA = a;
          bestB = b;
        }
      }
    }
    String best = null;
    if (bestA >= 0) {
      // widen the best run of clauses to fill the 300 characters, the following clauses first
      boolean grew = true;
      while (grew) {
        grew = false;
        if (bestB + 1 < clauses.size()
            && clauses.get(bestB + 1)[1] - clauses.get(bestA)[0] + 2 <= MAX_ANSWER_CHARS) {
          bestB++;
          grew = true;
        } else if (bestA > 0
            && clauses.get(bestB)[1] - clauses.get(bestA - 1)[0] + 2 <= MAX_ANSWER_CHARS) {
          bestA--;
          grew = true;
        }
      }
      int from = clauses.get(bestA)[0];
      int to = clauses.get(bestB)[1];
      best =
          (from > 0 ? "…" : "")
              + sentence.substring(from, to).trim()
              + (to < sentence.length() ? "…" : "");
    }
    return best != null ? best : cut(sentence);
  }

  private static String cut(String s) {
    int end = s.lastIndexOf(' ', MAX_ANSWER_CHARS - 1);
    return s.substring(0, end > 200 ? end : MAX_ANSWER_CHARS - 1) + "…";
  }
}
