package tr.bel.kucukcekmece.kentsesi.assistant.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import tr.bel.kucukcekmece.kentsesi.assistant.application.AnswerEngine.Citation;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.QuestionKind;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.SentenceSplitter;

/**
 * Passages analysed once: each one's heading, its sentences and their terms, all of it together,
 * and the heading's words. Kept in memory by passage id and text (a re-indexed passage with new
 * text is prepared anew), up to {@value #PREPARED_MAX} passages.
 */
final class PreparedPassages {

  /**
   * A passage analysed: {@code head} its heading with the document title, {@code whole} the heading
   * and every sentence together, {@code headingKind} the kind of fact a heading that is itself a
   * question asks for (null for other headings).
   */
  record Passage(
      AnalysedText head,
      List<String> sentences,
      List<AnalysedText> analysed,
      AnalysedText whole,
      List<QueryWord> headingWords,
      double[][] cues,
      QuestionKind headingKind) {

    /**
     * How strongly sentence {@code i} carries the kind of fact asked for (computed once per kind).
     */
    double cue(QuestionKind kind, int i) {
      return cues[i][kind.ordinal()];
    }
  }

  private static final int PREPARED_MAX = 50_000;

  private final QuestionAnalysis analysis;
  private final ConcurrentHashMap<String, Passage> prepared = new ConcurrentHashMap<>();

  /** {@code analysis} gives the heading's words. */
  PreparedPassages(QuestionAnalysis analysis) {
    this.analysis = analysis;
  }

  Passage of(Citation c) {
    String key =
        c.passageId()
            + "@"
            + c.passage().length()
            + ":"
            + c.passage().hashCode()
            + ":"
            + c.heading().hashCode();
    Passage p = prepared.get(key);
    if (p != null) {
      return p;
    }
    AnalysedText head =
        AnalysedText.of(c.heading().equals(c.title()) ? c.title() : c.heading() + " " + c.title());
    List<String> sentences = SentenceSplitter.split(c.passage());
    AnalysedText whole =
        new AnalysedText(
            new HashSet<>(head.stem()), new HashSet<>(head.fold()), new HashSet<>(head.en()));
    List<AnalysedText> analysed = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      AnalysedText a = AnalysedText.of(sentence);
      analysed.add(a);
      whole.stem().addAll(a.stem());
      whole.fold().addAll(a.fold());
      whole.prefixes().addAll(a.prefixes());
      whole.en().addAll(a.en());
    }
    double[][] cues = new double[sentences.size()][QuestionKind.values().length];
    for (int i = 0; i < sentences.size(); i++) {
      for (QuestionKind k : QuestionKind.values()) {
        cues[i][k.ordinal()] = k.cue(sentences.get(i));
      }
    }
    boolean asks = c.heading().strip().endsWith("?");
    p =
        new Passage(
            head,
            List.copyOf(sentences),
            List.copyOf(analysed),
            whole,
            analysis.words(c.heading(), 1),
            cues,
            asks ? QuestionKind.of(c.heading()) : null);
    if (prepared.size() >= PREPARED_MAX) {
      prepared.clear();
    }
    prepared.put(key, p);
    return p;
  }
}
