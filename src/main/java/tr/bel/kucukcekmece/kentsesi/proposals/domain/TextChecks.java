package tr.bel.kucukcekmece.kentsesi.proposals.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks on incoming text before publication: words from the abusive-word list (Turkish-aware:
 * case, Turkish letters and suffixes do not hide a word) and near-duplicates of the author's own
 * recent posts.
 */
public final class TextChecks {

  /** Jaccard similarity of the word sets from which a text counts as a near-duplicate. */
  public static final double NEAR_DUPLICATE = 0.8;

  private TextChecks() {}

  /**
   * Lower case the Turkish way, Turkish letters folded to ASCII, everything but letters and digits
   * a space.
   */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String folded = tr.bel.kucukcekmece.kentsesi.core.search.TextAnalysis.fold(text);
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      b.append(Character.isLetterOrDigit(c) ? c : ' ');
    }
    return b.toString().trim().replaceAll("\\s+", " ");
  }

  public static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : normalise(text).split(" ")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The first listed word the text contains, if any. A listed word of four letters or more also
   * matches as the start of a word (Turkish suffixes: "aptallar", "salaksın"); shorter ones only
   * whole.
   */
  public static Optional<String> abusiveWord(String text, Collection<String> list) {
    Set<String> words = words(text);
    for (String listed : list) {
      String w = normalise(listed);
      if (w.isEmpty()) {
        continue;
      }
      for (String t : words) {
        if (t.equals(w) || (w.length() >= 4 && t.startsWith(w))) {
          return Optional.of(listed);
        }
      }
    }
    return Optional.empty();
  }

  /** Jaccard similarity of the two texts' word sets, in [0, 1]. */
  public static double similarity(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    int common = 0;
    for (String w : x) {
      if (y.contains(w)) {
        common++;
      }
    }
    return (double) common / (x.size() + y.size() - common);
  }

  /** Whether the text nearly repeats one of the earlier texts. */
  public static boolean nearDuplicate(String text, Collection<String> earlier) {
    for (String e : earlier) {
      if (similarity(text, e) >= NEAR_DUPLICATE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Text as stored: line breaks unified, control characters other than line breaks and tabs
   * removed, trimmed.
   */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder b = new StringBuilder(t.length());
    t.codePoints()
        .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
        .forEach(b::appendCodePoint);
    return b.toString().strip();
  }
}
