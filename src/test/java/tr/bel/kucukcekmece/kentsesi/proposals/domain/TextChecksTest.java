package tr.bel.kucukcekmece.kentsesi.proposals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextChecksTest {

  private static final List<String> WORDS = List.of("aptal", "salak", "idiot", "ot");

  @Test
  void abusiveWordsAreFoundWhateverTheCaseTurkishLettersOrSuffixes() {
    assertEquals(Optional.of("aptal"), TextChecks.abusiveWord("Bu ne APTALLIK böyle!", WORDS));
    assertEquals(Optional.of("salak"), TextChecks.abusiveWord("Salaksınız hepiniz", WORDS));
    assertEquals(Optional.of("idiot"), TextChecks.abusiveWord("what an Idiot", WORDS));
    assertEquals(Optional.of("aptal"), TextChecks.abusiveWord("İşte aptal", WORDS));
  }

  @Test
  void harmlessTextIsNotHeld() {
    assertEquals(
        Optional.empty(),
        TextChecks.abusiveWord("Parka bank konulsun, otobüs durağı da yenilensin.", WORDS),
        "a short listed word only matches whole: 'ot' is not in 'otobüs'");
    assertEquals(Optional.empty(), TextChecks.abusiveWord("", WORDS));
  }

  @Test
  void nearDuplicatesAreRecognisedAndDifferentTextsAreNot() {
    String a =
        "Pazar yerinin yanındaki boş arsaya çocuklar için bir oyun parkı yapılmasını öneriyoruz";
    assertTrue(TextChecks.nearDuplicate(a + " lütfen", List.of(a)));
    assertTrue(
        TextChecks.nearDuplicate(a.toUpperCase(java.util.Locale.forLanguageTag("tr")), List.of(a)));
    assertFalse(
        TextChecks.nearDuplicate(
            "Sokak lambaları yanmıyor, akşamları yürümek tehlikeli", List.of(a)));
    assertEquals(1.0, TextChecks.similarity("Çöp", "cop"));
  }

  @Test
  void storedTextKeepsLineBreaksAndDropsControlCharacters() {
    assertEquals("a\nb\n\nc", TextChecks.clean(" a\r\nb\r\n\r\nc\u0007 "));
    assertEquals("kucukcekmece de cop", TextChecks.normalise("Küçükçekmece'de ÇÖP!"));
  }
}
