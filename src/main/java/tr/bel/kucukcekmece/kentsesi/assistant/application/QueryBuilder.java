package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.BODY_EN;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.BODY_TR_FOLD;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.BODY_TR_STEM;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.HEAD_EN;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.HEAD_TR_FOLD;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.HEAD_TR_STEM;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import tr.bel.kucukcekmece.kentsesi.assistant.application.QuestionAnalysis.Question;

/**
 * Query building: each word of an analysed question weighted by its rarity and factor, and the
 * passage search's boosted terms — for a Turkish question its stemmed and folded forms in headings
 * and bodies (English a little), for an English question its English form (folded Turkish a little)
 * — leaving out terms no passage holds.
 */
final class QueryBuilder {

  /** The passage search's terms, and the question's own words with their weights. */
  record Query(List<PassageScores.Clause> clauses, CoreWords core) {}

  /** Clauses beyond which no further word is added (a question of some sixty words). */
  private static final int MAX_CLAUSES = 900;

  private final AnswerWeights weights;
  private final TermStatistics statistics;

  QueryBuilder(AnswerWeights weights, TermStatistics statistics) {
    this.weights = weights;
    this.statistics = statistics;
  }

  Query build(IndexSearcher searcher, Question question) throws IOException {
    String lang = question.lang();
    Map<QueryWord, Double> wordWeights = new LinkedHashMap<>();
    for (QueryWord u : question.all()) {
      wordWeights.merge(u, statistics.idf(searcher, u, lang) * u.factor(), Math::max);
    }
    double head = weights.headBoost();
    List<PassageScores.Clause> q = new ArrayList<>();
    int clauses = 0;
    for (QueryWord u : wordWeights.keySet()) {
      if (clauses > MAX_CLAUSES) {
        break;
      }
      double f = u.factor();
      if ("tr".equals(lang)) {
        clauses +=
            add(searcher, q, BODY_TR_STEM, u.stem(), 1.0 * f)
                + add(searcher, q, HEAD_TR_STEM, u.stem(), head * f)
                + add(searcher, q, BODY_TR_FOLD, u.fold(), 0.7 * f)
                + add(searcher, q, HEAD_TR_FOLD, u.fold(), 0.7 * head * f)
                + add(searcher, q, BODY_EN, u.en(), 0.2 * f);
      } else {
        clauses +=
            add(searcher, q, BODY_EN, u.en(), 1.0 * f)
                + add(searcher, q, HEAD_EN, u.en(), head * f)
                + add(searcher, q, BODY_TR_FOLD, u.fold(), 0.3 * f)
                + add(searcher, q, HEAD_TR_FOLD, u.fold(), 0.35 * f);
      }
    }
    return new Query(q, new CoreWords(wordWeights, question.core(), lang, weights));
  }

  /**
   * Adds a term to the query with its cached statistics; a term no passage holds is left out (it
   * matches nothing).
   */
  private int add(
      IndexSearcher searcher, List<PassageScores.Clause> q, String field, String term, double boost)
      throws IOException {
    if (term == null || term.isEmpty()) {
      return 0;
    }
    TermStates states = statistics.states(searcher, field, term);
    if (states.docFreq() == 0) {
      return 0;
    }
    q.add(new PassageScores.Clause(field, term, states, (float) boost));
    return 1;
  }
}
