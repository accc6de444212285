package tr.bel.kucukcekmece.kentsesi.assistant.application;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import tr.bel.kucukcekmece.kentsesi.assistant.application.QuestionAnalysis.Question;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.QuestionKind;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.Synonyms;
import tr.bel.kucukcekmece.kentsesi.core.search.LuceneIndex;

/**
 * Answers a question from the knowledge index: passage retrieval (BM25 over stemmed,
 * diacritic-folded and English analyses of headings and bodies, synonyms added, the asked language
 * preferred), then answer selection inside the best passages — the one or two consecutive sentences
 * (at most 300 characters) that best cover the question's weighted terms and carry the kind of fact
 * it asks for — and a confidence from how much of the question the cited passage covers. The API,
 * the chat page and the evaluation command all go through {@link #ask}.
 *
 * <p>The steps, each in its own class: {@link QuestionAnalysis}, {@link QueryBuilder}, {@link
 * PassageRetrieval}, {@link SentenceSelection}, {@link AnswerComposition} and {@link
 * AnswerConfidence}, tuned by one {@link AnswerWeights}.
 */
public final class AnswerEngine {

  public static final int MAX_ANSWER_CHARS = 300;
  public static final double DEFAULT_THRESHOLD = 0.40;

  /** A passage cited or offered: where it comes from and its text. */
  public record Citation(
      String documentId,
      String passageId,
      String title,
      String heading,
      String url,
      String lang,
      String department,
      String passage,
      double score) {}

  /** What the previous turn was about, for follow-up questions. */
  public record Topic(String question, String documentId, String lang) {}

  /**
   * The reply: {@code citations} holds the cited passage, {@code closest} the best distinct
   * documents, {@code ranked} the retrieved passages in order (for evaluation and the editors'
   * view).
   */
  public record Result(
      String lang,
      boolean answered,
      String answer,
      String draft,
      double confidence,
      QuestionKind kind,
      List<Citation> citations,
      List<Citation> closest,
      List<Citation> ranked,
      Topic topic) {}

  private final LuceneIndex index;
  private final double threshold;
  private final AnswerWeights weights;
  private final QuestionAnalysis analysis;
  private final QueryBuilder queries;
  private final PassageRetrieval retrieval = new PassageRetrieval();
  private final SentenceSelection selection;
  private final AnswerConfidence confidence;

  public AnswerEngine(
      LuceneIndex index, Synonyms synonyms, double threshold, AnswerWeights weights) {
    this.index = index;
    this.threshold = threshold;
    this.weights = weights;
    this.analysis = new QuestionAnalysis(weights, synonyms);
    TermStatistics statistics = new TermStatistics();
    this.queries = new QueryBuilder(weights, statistics);
    this.selection = new SentenceSelection(weights, statistics, new PreparedPassages(analysis));
    this.confidence = new AnswerConfidence(weights);
  }

  public double threshold() {
    return threshold;
  }

  public AnswerWeights weights() {
    return weights;
  }

  public Result ask(String question, String language, Topic previous) {
    Question q = analysis.analyse(question, language, previous);
    if (q.all().isEmpty()) {
      return unanswered(q);
    }
    return index.search(searcher -> answer(searcher, q));
  }

  private Result answer(IndexSearcher searcher, Question q) throws IOException {
    QueryBuilder.Query query = queries.build(searcher, q);
    List<Citation> hits = retrieval.retrieve(searcher, query.clauses(), q.lang(), q.boostedDoc());
    if (hits.isEmpty()) {
      return unanswered(q);
    }
    List<SentenceSelection.Candidate> scored = selection.rerank(searcher, q, query.core(), hits);
    SentenceSelection.Candidate top = scored.get(0);
    Citation cited = top.citation();
    String answer = AnswerComposition.compose(top, query.core(), q.kind());
    double confidence = this.confidence.of(scored, query.core(), q.lang());

    List<Citation> ranked = new ArrayList<>();
    for (SentenceSelection.Candidate c : scored) {
      ranked.add(c.citation());
    }
    for (int i = scored.size(); i < hits.size() && ranked.size() < 10; i++) {
      ranked.add(hits.get(i));
    }
    List<Citation> closest = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Citation h : ranked) {
      if (seen.add(h.documentId())) {
        closest.add(h);
      }
      if (closest.size() == 3) {
        break;
      }
    }
    boolean answered = confidence >= threshold;
    Topic topic = new Topic(q.text(), cited.documentId(), q.lang());
    return new Result(
        q.lang(),
        answered,
        answered ? answer : null,
        answer,
        confidence,
        q.kind(),
        List.of(cited),
        closest,
        List.copyOf(ranked.subList(0, Math.min(10, ranked.size()))),
        topic);
  }

  private static Result unanswered(Question q) {
    return new Result(
        q.lang(), false, null, null, 0, q.kind(), List.of(), List.of(), List.of(), q.previous());
  }

  /**
   * The query words that count, each folded (else English): they group similar questions in the
   * question log.
   */
  public static List<String> contentWords(String question) {
    return QuestionAnalysis.contentWords(question);
  }
}
