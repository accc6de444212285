package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.BODY_EN;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.BODY_TR_FOLD;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.BODY_TR_STEM;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.EN;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.TR_FOLD;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.TR_STEM;

import java.util.HashSet;
import java.util.Set;
import tr.bel.kucukcekmece.kentsesi.core.search.TextAnalysis;

/** A text's terms under the three analyses, and the four-letter prefixes of its folded terms. */
record AnalysedText(Set<String> stem, Set<String> fold, Set<String> en, Set<String> prefixes) {

  AnalysedText(Set<String> stem, Set<String> fold, Set<String> en) {
    this(stem, fold, en, prefixesOf(fold));
  }

  static AnalysedText of(String text) {
    return new AnalysedText(
        new HashSet<>(TextAnalysis.terms(TR_STEM, BODY_TR_STEM, text)),
        new HashSet<>(TextAnalysis.terms(TR_FOLD, BODY_TR_FOLD, text)),
        new HashSet<>(TextAnalysis.terms(EN, BODY_EN, text)));
  }

  private static Set<String> prefixesOf(Set<String> fold) {
    Set<String> out = new HashSet<>();
    for (String f : fold) {
      if (f.length() >= 4) {
        out.add(f.substring(0, 4));
      }
    }
    return out;
  }

  /**
   * Whether the text holds the word itself: its stem or folded form (Turkish), its English or
   * folded form.
   */
  boolean holds(QueryWord u, String lang) {
    if ("tr".equals(lang)) {
      return u.stem() != null && stem.contains(u.stem())
          || u.fold() != null && fold.contains(u.fold());
    }
    return u.en() != null && en.contains(u.en()) || u.fold() != null && fold.contains(u.fold());
  }

  /** Whether the text holds the word itself or one of its single-word synonyms. */
  boolean contains(QueryWord u, String lang) {
    if (holds(u, lang)) {
      return true;
    }
    for (QueryWord synonym : u.synonyms()) {
      if (holds(synonym, lang)) {
        return true;
      }
    }
    return false;
  }
}
