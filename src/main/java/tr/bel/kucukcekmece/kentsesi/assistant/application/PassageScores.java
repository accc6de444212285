package tr.bel.kucukcekmece.kentsesi.assistant.application;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import tr.bel.kucukcekmece.kentsesi.core.search.ReaderCache;

/**
 * The passage search of the assistant: a disjunction of boosted terms scored with the searcher's
 * similarity (BM25), as a {@code BooleanQuery} of {@code SHOULD} {@code TermQuery} clauses would
 * score it, but from each term's scores kept in memory for the current index reader. A question has
 * some forty such clauses over a few thousand passages; building a Lucene scorer for each clause
 * cost more than adding up the scores, which is all that is left per question here.
 *
 * <p>Each term's postings are read once per reader: every live passage holding it and its score
 * (the similarity's score of the term's frequency and the passage's length norm, at the clause's
 * boost), exactly the figure the term's query scorer returns. A question adds them up per passage
 * in clause order, in double precision as Lucene's disjunction does, and keeps the best {@code n}
 * (ties by passage number, as Lucene's collector does).
 */
final class PassageScores {

  /**
   * A term's scores at one boost: the passages (global document numbers, ascending) and their
   * scores.
   */
  private record Postings(int[] docs, float[] scores) {}

  private record Key(String field, String term, float boost) {}

  /**
   * Postings kept at most (about 8 bytes each), so that a very large knowledge set cannot fill the
   * heap.
   */
  private static final long POSTINGS_MAX = 16_000_000;

  /**
   * Above this many passages a question's per-passage sums (13 bytes a passage) cost more than
   * Lucene's own disjunction, which skips passages that cannot enter the top; {@link #top} then
   * runs that query instead.
   */
  static final int MAX_DOCS = 200_000;

  private static final Postings NONE = new Postings(new int[0], new float[0]);

  private final ReaderCache<Key, Postings> postings =
      new ReaderCache<>(POSTINGS_MAX, p -> p.docs().length + 1);
  private final int maxDocs;

  PassageScores() {
    this(MAX_DOCS);
  }

  /** With another passage count above which Lucene's disjunction is run instead (tests). */
  PassageScores(int maxDocs) {
    this.maxDocs = maxDocs;
  }

  /** One clause of the disjunction. */
  record Clause(String field, String term, TermStates states, float boost) {}

  /** The best {@code n} passages for the clauses, best first. */
  ScoreDoc[] top(IndexSearcher searcher, List<Clause> clauses, int n) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    if (reader.maxDoc() > maxDocs) {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      for (Clause c : clauses) {
        q.add(
            new BoostQuery(new TermQuery(new Term(c.field(), c.term()), c.states()), c.boost()),
            BooleanClause.Occur.SHOULD);
      }
      return searcher.search(q.build(), new TopScoreDocCollectorManager(n, null, n)).scoreDocs;
    }
    double[] sum = new double[reader.maxDoc()];
    boolean[] hit = new boolean[sum.length];
    int[] touched = new int[sum.length];
    int count = 0;
    for (Clause c : clauses) {
      Postings p = postings(searcher, c);
      int[] docs = p.docs();
      float[] scores = p.scores();
      for (int i = 0; i < docs.length; i++) {
        int d = docs[i];
        if (!hit[d]) {
          hit[d] = true;
          touched[count++] = d;
        }
        sum[d] += scores[i];
      }
    }
    // the n best: a bounded selection, best first, the worst last (lower score, or equal score and
    // higher number)
    int k = Math.min(n, count);
    int[] best = new int[k];
    float[] bestScore = new float[k];
    int size = 0;
    for (int t = 0; t < count; t++) {
      int d = touched[t];
      float s = (float) sum[d];
      int at;
      if (size < k) {
        at = size++;
      } else if (worse(bestScore[k - 1], best[k - 1], s, d)) {
        at = k - 1; // the worst kept gives way
      } else {
        continue;
      }
      while (at > 0 && worse(bestScore[at - 1], best[at - 1], s, d)) {
        best[at] = best[at - 1];
        bestScore[at] = bestScore[at - 1];
        at--;
      }
      best[at] = d;
      bestScore[at] = s;
    }
    ScoreDoc[] out = new ScoreDoc[size];
    for (int i = 0; i < size; i++) {
      out[i] = new ScoreDoc(best[i], bestScore[i]);
    }
    return out;
  }

  /**
   * Whether (s, d) ranks below (s2, d2): a lower score, or the same score and a higher passage
   * number.
   */
  private static boolean worse(float s, int d, float s2, int d2) {
    return s < s2 || s == s2 && d > d2;
  }

  private Postings postings(IndexSearcher searcher, Clause c) throws IOException {
    return postings.get(
        searcher.getIndexReader(), new Key(c.field(), c.term(), c.boost()), k -> read(searcher, c));
  }

  private static Postings read(IndexSearcher searcher, Clause c) throws IOException {
    TermStates states = c.states();
    if (states.docFreq() == 0) {
      return NONE;
    }
    Term term = new Term(c.field(), c.term());
    Similarity.SimScorer sim =
        searcher
            .getSimilarity()
            .scorer(
                c.boost(),
                searcher.collectionStatistics(c.field()),
                searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
    List<int[]> docParts = new ArrayList<>();
    List<float[]> scoreParts = new ArrayList<>();
    int total = 0;
    BytesRef bytes = new BytesRef(c.term());
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(c.field());
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(bytes)) {
        continue;
      }
      PostingsEnum pe = te.postings(null, PostingsEnum.FREQS);
      NumericDocValues norms = leaf.reader().getNormValues(c.field());
      Bits live = leaf.reader().getLiveDocs();
      int[] docs = new int[te.docFreq()];
      float[] scores = new float[docs.length];
      int n = 0;
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        long norm = norms != null && norms.advanceExact(d) ? norms.longValue() : 1L;
        docs[n] = leaf.docBase + d;
        scores[n] = sim.score(pe.freq(), norm);
        n++;
      }
      docParts.add(Arrays.copyOf(docs, n));
      scoreParts.add(Arrays.copyOf(scores, n));
      total += n;
    }
    int[] docs = new int[total];
    float[] scores = new float[total];
    int at = 0;
    for (int i = 0; i < docParts.size(); i++) {
      System.arraycopy(docParts.get(i), 0, docs, at, docParts.get(i).length);
      System.arraycopy(scoreParts.get(i), 0, scores, at, scoreParts.get(i).length);
      at += docParts.get(i).length;
    }
    return new Postings(docs, scores);
  }
}
