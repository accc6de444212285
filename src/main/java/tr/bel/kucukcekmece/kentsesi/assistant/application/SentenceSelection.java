package tr.bel.kucukcekmece.kentsesi.assistant.application;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import tr.bel.kucukcekmece.kentsesi.assistant.application.AnswerEngine.Citation;
import tr.bel.kucukcekmece.kentsesi.assistant.application.QuestionAnalysis.Question;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.QuestionKind;

/**
 * Sentence selection: inside each of the {@value #RERANK} best passages, the sentence — or the two
 * consecutive sentences within {@value AnswerEngine#MAX_ANSWER_CHARS} characters — that best covers
 * the question's words (weighted by how few of the passage's sentences hold them, the focus word
 * more) and carries the kind of fact asked for; then the passages re-ranked by their search score,
 * their coverage of the question and their chosen sentence's, their heading's (a heading that is
 * itself the question counting more), best first.
 */
final class SentenceSelection {

  /**
   * A re-ranked passage: its best sentence, or the first of its best pair ({@code pair}, else -1),
   * their coverage of the question, the whole passage's, and its score.
   */
  record Candidate(
      Citation citation,
      PreparedPassages.Passage passage,
      int sentence,
      int pair,
      double sentenceCoverage,
      double passageCoverage,
      double score) {}

  /** Passages of the search re-ranked. */
  static final int RERANK = 12;

  private final AnswerWeights weights;
  private final TermStatistics statistics;
  private final PreparedPassages passages;

  SentenceSelection(AnswerWeights weights, TermStatistics statistics, PreparedPassages passages) {
    this.weights = weights;
    this.statistics = statistics;
    this.passages = passages;
  }

  /**
   * The best {@value #RERANK} of {@code hits} (best first, not empty) re-ranked, each with its
   * chosen sentence.
   */
  List<Candidate> rerank(
      IndexSearcher searcher, Question question, CoreWords core, List<Citation> hits)
      throws IOException {
    double best = hits.get(0).score();
    AnalysedText asked = AnalysedText.of(question.text());
    int candidates = Math.min(RERANK, hits.size());
    List<Candidate> scored = new ArrayList<>(candidates);
    for (int p = 0; p < candidates; p++) {
      scored.add(candidate(searcher, question, core, asked, hits.get(p), best));
    }
    scored.sort((a, b) -> Double.compare(b.score(), a.score()));
    return scored;
  }

  private Candidate candidate(
      IndexSearcher searcher,
      Question question,
      CoreWords core,
      AnalysedText asked,
      Citation c,
      double best)
      throws IOException {
    String lang = question.lang();
    QuestionKind kind = question.kind();
    double rel = c.score() / best;
    PreparedPassages.Passage prepared = passages.of(c);
    List<String> sentences = prepared.sentences();
    List<AnalysedText> analysed = prepared.analysed();
    int bestSentence = 0;
    double bestWindow = -1;
    double bestCov = 0;
    // inside the passage, words found in few of its sentences tell sentences apart better than its
    // topic words
    int n = sentences.size();
    int k = core.size();
    // how each sentence (and the heading) holds each question word, looked up once for all the sums
    // below
    byte[][] held = new byte[n][];
    for (int i = 0; i < n; i++) {
      held[i] = core.held(analysed.get(i));
    }
    byte[] headHeld = core.held(prepared.head());
    double[] local = new double[k];
    double localTotal = 0;
    for (int j = 0; j < k; j++) {
      int sf = 0;
      for (int i = 0; i < n; i++) {
        if (held[i][j] >= CoreWords.HELD_BY_SYNONYM) {
          sf++;
        }
      }
      double lw =
          core.weight(j)
              * Math.pow(
                  Math.log(1 + (n + 1) / (sf + 0.5)) / Math.log(1 + (n + 1) / 1.5), weights.local())
              * (core.word(j).equals(question.focus()) ? weights.focus() : 1);
      local[j] = lw;
      localTotal += lw;
    }
    for (int i = 0; i < n; i++) {
      double cov = core.covered(held[i], null, null);
      double localCov = core.covered(local, localTotal, held[i], null, null);
      double withHead = core.covered(held[i], headHeld, null);
      double ws =
          weights.window() * localCov
              + weights.windowWithHeading() * withHead
              + weights.cue() * prepared.cue(kind, i)
              + (i == 0 ? weights.first() : 0);
      if (ws > bestWindow) {
        bestWindow = ws;
        bestSentence = i;
        bestCov = cov;
      }
    }
    int bestPair = -1;
    if (weights.pairs()) {
      double bestPairScore = -1;
      for (int i = 0; i + 1 < n; i++) {
        if (sentences.get(i).length() + 1 + sentences.get(i + 1).length()
            > AnswerEngine.MAX_ANSWER_CHARS) {
          continue;
        }
        double ps =
            weights.window() * core.covered(local, localTotal, held[i], held[i + 1], null)
                + weights.windowWithHeading() * core.covered(held[i], held[i + 1], headHeld)
                + weights.cue() * Math.max(prepared.cue(kind, i), prepared.cue(kind, i + 1))
                + (i == 0 ? weights.first() : 0);
        if (ps > bestPairScore) {
          bestPairScore = ps;
          bestPair = i;
        }
      }
      if (bestPairScore < bestWindow) {
        bestPair = -1;
      }
    }
    double passageCov = core.coverage(prepared.whole());
    double headCov = core.covered(headHeld, null, null);
    double headReverse = reverseCoverage(searcher, lang, prepared.headingWords(), asked);
    // a heading that is itself a question (FAQ style) is matched against the asked question both
    // ways, and
    // counts more when it asks for the same kind of fact
    double qq = 0;
    if (prepared.headingKind() != null) {
      qq =
          weights.questionHeading()
                  * (headCov + headReverse <= 0
                      ? 0
                      : 2 * headCov * headReverse / (headCov + headReverse))
              + (kind != QuestionKind.OTHER && kind == prepared.headingKind()
                  ? weights.sameKind()
                  : 0);
    }
    String boostedDoc = question.boostedDoc();
    double ps =
        weights.relevance() * rel
            + weights.passageCoverage() * passageCov
            + weights.sentenceCoverage() * bestCov
            + weights.headingCoverage() * headCov
            + weights.headingReverse() * headReverse
            + qq
            + (boostedDoc != null && boostedDoc.equals(c.documentId())
                ? weights.followUpBonus()
                : 0);
    return new Candidate(c, prepared, bestSentence, bestPair, bestCov, passageCov, ps);
  }

  /**
   * Share of the heading's own weighted words that the question contains (a heading that is the
   * question).
   */
  private double reverseCoverage(
      IndexSearcher searcher, String lang, List<QueryWord> head, AnalysedText asked)
      throws IOException {
    if (head.isEmpty()) {
      return 0;
    }
    double total = 0;
    double covered = 0;
    for (QueryWord u : head) {
      double w = statistics.idf(searcher, u, lang);
      total += w;
      if (asked.contains(u, lang)) {
        covered += w;
      }
    }
    return total <= 0 ? 0 : covered / total;
  }
}
