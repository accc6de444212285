package tr.bel.kucukcekmece.kentsesi.assistant.application;

import java.util.List;

/**
 * One analysed query word: its Turkish-stemmed, folded and English terms (each null when the
 * analyzer drops the word), how much it counts, its folded four-letter prefix, and the single-word
 * members of its synonym groups.
 */
record QueryWord(
    String stem, String fold, String en, double factor, String prefix, List<QueryWord> synonyms) {

  QueryWord(String stem, String fold, String en, double factor) {
    this(
        stem,
        fold,
        en,
        factor,
        fold != null && fold.length() >= 4 ? fold.substring(0, 4) : null,
        List.of());
  }

  QueryWord withSynonyms(List<QueryWord> synonyms) {
    return new QueryWord(stem, fold, en, factor, prefix, List.copyOf(synonyms));
  }
}
