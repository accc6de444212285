package tr.bel.kucukcekmece.kentsesi.assistant.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The question's own words in the order of their weights, how much each counts, and how much of
 * them a text covers: a word the text holds counts fully, one it holds through a synonym or
 * (Turkish) by its folded four-letter prefix only counts a share ({@link
 * AnswerWeights#synonymCover}, {@link AnswerWeights#prefix}).
 */
final class CoreWords {

  /**
   * How a text holds a question word: not at all (0), by its folded prefix only, through a synonym,
   * or itself.
   */
  static final byte HELD_BY_PREFIX = 1;

  static final byte HELD_BY_SYNONYM = 2;
  static final byte HELD = 3;

  private final QueryWord[] words;
  private final double[] weights;
  private final double total;
  private final String lang;
  private final double synonymCover;
  private final double prefix;

  /** The words of {@code weights} (in its order) that are in {@code core}, with their weights. */
  CoreWords(
      Map<QueryWord, Double> weights, Set<QueryWord> core, String lang, AnswerWeights tuning) {
    List<QueryWord> words = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    double total = 0;
    for (Map.Entry<QueryWord, Double> e : weights.entrySet()) {
      if (core.contains(e.getKey())) {
        words.add(e.getKey());
        values.add(e.getValue());
        total += e.getValue();
      }
    }
    this.words = words.toArray(new QueryWord[0]);
    this.weights = new double[values.size()];
    for (int j = 0; j < this.weights.length; j++) {
      this.weights[j] = values.get(j);
    }
    this.total = total;
    this.lang = lang;
    this.synonymCover = tuning.synonymCover();
    this.prefix = tuning.prefix();
  }

  int size() {
    return words.length;
  }

  QueryWord word(int j) {
    return words[j];
  }

  double weight(int j) {
    return weights[j];
  }

  /** How a text holds each of the words, as {@link #covered} credits them. */
  byte[] held(AnalysedText a) {
    boolean tr = "tr".equals(lang);
    byte[] out = new byte[words.length];
    for (int j = 0; j < words.length; j++) {
      QueryWord u = words[j];
      if (a.holds(u, lang)) {
        out[j] = HELD;
      } else if (!u.synonyms().isEmpty() && a.contains(u, lang)) {
        out[j] = HELD_BY_SYNONYM;
      } else if (prefix > 0 && tr && u.prefix() != null && a.prefixes().contains(u.prefix())) {
        out[j] = HELD_BY_PREFIX;
      }
    }
    return out;
  }

  /** The share of the question's weight a text covers. */
  double coverage(AnalysedText a) {
    return covered(held(a), null, null);
  }

  /**
   * The share of the question's weight that what {@link #held} found in the texts {@code a} and the
   * optional {@code b} and {@code c} (a pair of sentences, a sentence with its heading) covers
   * together.
   */
  double covered(byte[] a, byte[] b, byte[] c) {
    return covered(weights, total, a, b, c);
  }

  /**
   * As {@link #covered(byte[], byte[], byte[])} under other weights of the same words (their {@code
   * total}), each word credited by the best way any of the texts holds it.
   */
  double covered(double[] weights, double total, byte[] a, byte[] b, byte[] c) {
    if (total <= 0) {
      return 0;
    }
    double covered = 0;
    for (int j = 0; j < weights.length; j++) {
      int h = a[j];
      if (b != null && b[j] > h) {
        h = b[j];
      }
      if (c != null && c[j] > h) {
        h = c[j];
      }
      if (h == HELD) {
        covered += weights[j];
      } else if (h == HELD_BY_SYNONYM) {
        covered += synonymCover * weights[j];
      } else if (h == HELD_BY_PREFIX) {
        covered += prefix * weights[j];
      }
    }
    return covered / total;
  }

  /** How many of the words a text contains, itself or through a synonym. */
  int matched(AnalysedText text) {
    int matched = 0;
    for (QueryWord u : words) {
      if (text.contains(u, lang)) {
        matched++;
      }
    }
    return matched;
  }
}
