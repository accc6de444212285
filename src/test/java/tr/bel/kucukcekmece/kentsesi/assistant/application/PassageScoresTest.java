package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class PassageScoresTest {

  private static final String[] WORDS = {
    "cop", "atik", "nikah", "zabita", "park", "vergi", "ruhsat", "yol", "su"
  };

  @Test
  void ranksAndScoresAsLucenesDisjunctionOfBoostedTermQueries() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      java.util.Random random = new java.util.Random(7);
      for (int i = 0; i < 300; i++) {
        StringBuilder body = new StringBuilder();
        StringBuilder head = new StringBuilder();
        for (int w = 0; w < 3 + random.nextInt(30); w++) {
          body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        head.append(WORDS[random.nextInt(WORDS.length)]);
        Document d = new Document();
        d.add(new StringField("id", "p" + i, Field.Store.YES));
        d.add(new TextField("body", body.toString(), Field.Store.NO));
        d.add(new TextField("head", head.toString(), Field.Store.NO));
        writer.addDocument(d);
        if (i % 70 == 69) {
          writer.commit(); // several segments, so that document numbers carry a base
        }
      }
      writer.deleteDocuments(new Term("id", "p5"), new Term("id", "p150"));
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<PassageScores.Clause> clauses = new ArrayList<>();
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        String[][] terms = {
          {"body", "cop", "1.0"},
          {"head", "cop", "1.3"},
          {"body", "nikah", "0.7"},
          {"head", "park", "0.35"},
          {"body", "yok", "1.0"},
          {"body", "su", "0.2"}
        };
        for (String[] t : terms) {
          TermStates states = TermStates.build(searcher, new Term(t[0], t[1]), true);
          float boost = Float.parseFloat(t[2]);
          clauses.add(new PassageScores.Clause(t[0], t[1], states, boost));
          q.add(
              new BoostQuery(new TermQuery(new Term(t[0], t[1]), states), boost),
              BooleanClause.Occur.SHOULD);
        }
        ScoreDoc[] expected =
            searcher.search(q.build(), new TopScoreDocCollectorManager(40, null, 40)).scoreDocs;
        PassageScores scores = new PassageScores();
        PassageScores large =
            new PassageScores(100); // this index counts as large: Lucene's own query is run
        for (int round = 0;
            round < 3;
            round++) { // the second round reads the scores kept in memory
          ScoreDoc[] actual = (round < 2 ? scores : large).top(searcher, clauses, 40);
          assertEquals(expected.length, actual.length);
          for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].doc, actual[i].doc, "rank " + i);
            assertEquals(expected[i].score, actual[i].score, expected[i].score * 1e-6, "rank " + i);
            String id = searcher.storedFields().document(actual[i].doc).get("id");
            assertFalse(id.equals("p5") || id.equals("p150"), "a deleted passage was returned");
          }
        }
        assertEquals(
            0, scores.top(searcher, List.of(clauses.get(4)), 40).length, "a term no passage holds");
      }
    }
  }
}
