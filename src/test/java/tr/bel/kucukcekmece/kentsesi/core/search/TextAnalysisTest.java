package tr.bel.kucukcekmece.kentsesi.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

  private static List<String> tr(String text) {
    return TextAnalysis.terms(TextAnalysis.turkishStemmed(), "f", text);
  }

  private static List<String> folded(String text) {
    return TextAnalysis.terms(TextAnalysis.turkishFolded(), "f", text);
  }

  @Test
  void turkishCaseRulesForDottedAndDotlessI() {
    // İSTANBUL lower-cases to istanbul (not i̇stanbul), IRMAK to ırmak (folded to irmak)
    assertEquals(folded("istanbul"), folded("İSTANBUL"));
    assertEquals(folded("ırmak"), folded("IRMAK"));
  }

  @Test
  void apostropheSuffixesAreDropped() {
    assertEquals(tr("Küçükçekmece"), tr("Küçükçekmece'de"));
    assertEquals(folded("Küçükçekmece"), folded("Küçükçekmece’den"));
  }

  @Test
  void textWithAndWithoutTurkishLettersMeets() {
    assertEquals(folded("çöp"), folded("cop"));
    assertEquals(folded("ÇÖP"), folded("cop"));
    assertEquals(folded("şikâyet"), folded("sikayet"));
    assertEquals(folded("belediyesinden"), folded("belediyesi"));
    assertEquals(tr("çöp"), tr("cop"));
  }

  @Test
  void stemmingJoinsInflectedForms() {
    assertEquals(tr("ruhsat"), tr("ruhsatı"));
    assertEquals(tr("köpekler"), tr("köpek"));
    assertTrue(tr("ve bu bir").isEmpty(), "stop words go");
  }

  @Test
  void englishIsStemmed() {
    Analyzer en = TextAnalysis.english();
    assertEquals(TextAnalysis.terms(en, "f", "licence"), TextAnalysis.terms(en, "f", "licences"));
    assertEquals(List.of("municip"), TextAnalysis.terms(en, "f", "the Municipality's"));
  }
}
