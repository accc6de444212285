package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.DEPARTMENT;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.DOCUMENT_ID;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.HEADING;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.LANG;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.PASSAGE_ID;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.TEXT;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.TITLE;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.URL;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import tr.bel.kucukcekmece.kentsesi.assistant.application.AnswerEngine.Citation;
import tr.bel.kucukcekmece.kentsesi.core.search.ReaderCache;

/**
 * Passage retrieval: the {@value #FETCH} best passages for a query's terms (BM25, see {@link
 * PassageScores}), a passage in another language than the asked one at a lower score and, in a
 * follow-up, the previous answer's document at a higher one, best first.
 */
final class PassageRetrieval {

  /** Passages fetched by the search. */
  static final int FETCH = 40;

  private static final int STORED_MAX = 50_000;

  private final PassageScores passageScores = new PassageScores();

  /** Stored fields of the current reader by document number. */
  private final ReaderCache<Integer, Citation> storedCitations = new ReaderCache<>(STORED_MAX);

  /** The passages found, each with its adjusted score, best first; empty when none holds a term. */
  List<Citation> retrieve(
      IndexSearcher searcher, List<PassageScores.Clause> clauses, String lang, String boostedDoc)
      throws IOException {
    // the 40 best passages, ranked as Lucene's disjunction of these clauses would rank them
    ScoreDoc[] top = passageScores.top(searcher, clauses, FETCH);
    if (top.length == 0) {
      return List.of();
    }
    IndexReader reader = searcher.getIndexReader();
    StoredFields stored = searcher.storedFields();
    List<Citation> hits = new ArrayList<>();
    for (ScoreDoc sd : top) {
      Citation c =
          storedCitations.get(
              reader,
              sd.doc,
              doc -> {
                Document d = stored.document(doc);
                return new Citation(
                    d.get(DOCUMENT_ID),
                    d.get(PASSAGE_ID),
                    d.get(TITLE),
                    d.get(HEADING),
                    d.get(URL),
                    d.get(LANG),
                    d.get(DEPARTMENT),
                    d.get(TEXT),
                    0);
              });
      double score = sd.score;
      if (!lang.equals(c.lang())) {
        score *= 0.55;
      }
      if (boostedDoc != null && boostedDoc.equals(c.documentId())) {
        score *= 1.25;
      }
      hits.add(
          new Citation(
              c.documentId(),
              c.passageId(),
              c.title(),
              c.heading(),
              c.url(),
              c.lang(),
              c.department(),
              c.passage(),
              score));
    }
    hits.sort((a, b) -> Double.compare(b.score(), a.score()));
    return hits;
  }
}
