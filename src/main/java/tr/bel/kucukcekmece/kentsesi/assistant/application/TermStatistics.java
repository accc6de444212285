package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.BODY_EN;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.BODY_TR_FOLD;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.BODY_TR_STEM;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import tr.bel.kucukcekmece.kentsesi.core.search.ReaderCache;

/**
 * Term statistics of the current reader by field and term, looked up in the terms dictionary once
 * and then given to every query that uses the term, and the inverse document frequency of a query
 * word.
 */
final class TermStatistics {

  private record FieldTerm(String field, String term) {}

  private final ReaderCache<FieldTerm, TermStates> statistics = new ReaderCache<>(200_000);

  TermStates states(IndexSearcher searcher, String field, String term) throws IOException {
    return statistics.get(
        searcher.getIndexReader(),
        new FieldTerm(field, term),
        t -> TermStates.build(searcher, new Term(t.field(), t.term()), true));
  }

  /**
   * How rare a word is in the asked language's body field (Turkish: its stem or folded form, the
   * rarer).
   */
  double idf(IndexSearcher searcher, QueryWord u, String lang) throws IOException {
    int n = Math.max(1, searcher.getIndexReader().numDocs());
    double best = 0;
    if ("tr".equals(lang)) {
      best =
          Math.max(
              idf(n, df(searcher, BODY_TR_STEM, u.stem())),
              idf(n, df(searcher, BODY_TR_FOLD, u.fold())));
    } else {
      best =
          Math.max(
              idf(n, df(searcher, BODY_EN, u.en())),
              0.5 * idf(n, df(searcher, BODY_TR_FOLD, u.fold())));
    }
    return best;
  }

  private int df(IndexSearcher searcher, String field, String term) throws IOException {
    return term == null ? Integer.MAX_VALUE / 2 : states(searcher, field, term).docFreq();
  }

  private static double idf(int n, int df) {
    if (df >= Integer.MAX_VALUE / 4) {
      return 0;
    }
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}
