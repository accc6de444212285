package tr.bel.kucukcekmece.kentsesi.assistant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssistantTextTest {

  @Test
  void synonymsExpandFoldedWordsAndPhrasesBothWays() {
    Synonyms s =
        Synonyms.parse("# comment\nnikah, evlendirme, marriage\nzabıta, belediye polisi\nsolo\n");
    assertEquals(2, s.size(), "a one-word line is not a group");
    assertEquals(List.of("evlendirme", "marriage"), s.expansions("Nikah salonu randevu"));
    assertEquals(List.of("nikah", "marriage"), s.expansions("EVLENDİRME dairesi"));
    assertEquals(List.of("zabita"), s.expansions("belediye polisi nerede"));
    assertEquals(
        List.of("belediye polisi"),
        s.expansions("zabıtaya şikâyet"),
        "suffixed word still matches");
    assertTrue(s.expansions("cop ne zaman").isEmpty());
  }

  @Test
  void foldingHandlesTurkishCaseAndLetters() {
    assertEquals("cop isleri istanbul irmak", Synonyms.fold("ÇÖP İşleri İSTANBUL IRMAK"));
  }

  @Test
  void personalDataIsMasked() {
    String masked =
        PersonalDataMask.mask(
            "Adım Ayşe Yılmaz, e-postam ayse.yilmaz@example.com, tel 0532 123 45 67,"
                + " +90 212 555 12 34, TC 12345678901, takip KS-7K3M-Q9PX-4");
    assertFalse(masked.contains("Ayşe"), masked);
    assertFalse(masked.contains("example.com"), masked);
    assertFalse(masked.contains("123 45 67"), masked);
    assertFalse(masked.contains("555 12 34"), masked);
    assertFalse(masked.contains("12345678901"), masked);
    assertFalse(masked.contains("7K3M"), masked);
    assertTrue(
        masked.contains(PersonalDataMask.EMAIL)
            && masked.contains(PersonalDataMask.PHONE)
            && masked.contains(PersonalDataMask.TCKN)
            && masked.contains(PersonalDataMask.NAME)
            && masked.contains(PersonalDataMask.TRACKING),
        masked);
    assertEquals(
        "My name is [ad] and I live here",
        PersonalDataMask.mask("My name is John Smith and I live here"));
  }

  @Test
  void ordinaryNumbersAreNotMaskedAsPersonalData() {
    String q = "Emlak vergisi 2026 yılında 2 taksitte, 15 iş günü içinde 153'ü arayın";
    assertEquals(q, PersonalDataMask.mask(q));
  }

  @Test
  void sentencesSplitWithoutBreakingOrdinalsAbbreviationsOrDecimals() {
    assertEquals(
        List.of("1. Dünya Savaşı 1914'te başladı.", "Osmanlı da katıldı."),
        SentenceSplitter.split("1. Dünya Savaşı 1914'te başladı. Osmanlı da katıldı."));
    assertEquals(
        List.of("Dr. Smith arrived at 3.5 km.", "He left."),
        SentenceSplitter.split("Dr. Smith arrived at 3.5 km. He left."));
    assertEquals(
        List.of("Osman Bey 1326'da öldü.", "1281 yılında evlendi."),
        SentenceSplitter.split("Osman Bey 1326'da öldü.1281 yılında evlendi."));
    assertEquals(
        List.of("Başlık", "Metin burada."), SentenceSplitter.split("Başlık\nMetin burada."));
  }

  @Test
  void languageIsDetectedWithOrWithoutTurkishLetters() {
    assertEquals("tr", LanguageDetector.detect("cop ne zaman aliniyor"));
    assertEquals("tr", LanguageDetector.detect("nikah salonu randevu nasil alinir"));
    assertEquals("tr", LanguageDetector.detect("Çöp ne zaman toplanır?"));
    assertEquals("en", LanguageDetector.detect("When is the rubbish collected?"));
    assertEquals("en", LanguageDetector.detect("how do I apply for a business licence"));
  }

  @Test
  void questionKindsFromTurkishAndEnglishWording() {
    assertEquals(QuestionKind.WHEN, QuestionKind.of("cop ne zaman aliniyor"));
    assertEquals(QuestionKind.HOW_MANY, QuestionKind.of("Ruhsat ücreti ne kadar?"));
    assertEquals(QuestionKind.WHERE, QuestionKind.of("Beyaz Masa nerede?"));
    assertEquals(
        QuestionKind.WHICH_DOCUMENTS, QuestionKind.of("nikah icin hangi belgeler gerekli"));
    assertEquals(QuestionKind.HOW, QuestionKind.of("How do I apply for a permit?"));
    assertEquals(QuestionKind.WHO, QuestionKind.of("Who decides on my request?"));
    assertEquals(1.0, QuestionKind.WHEN.cue("Çöpler her gün saat 22.00'de toplanır."));
    assertEquals(0.0, QuestionKind.WHEN.cue("Çöpleri poşetle bırakın."));
  }

  @Test
  void frontMatterSectionsAndDefaults() {
    KnowledgeDocument d =
        KnowledgeParser.parse(
            "tr/cop.md",
            """
        ---
        id: cop-toplama
        title: Çöp toplama
        lang: tr   # language
        department: TEMIZLIK
        ---
        Giriş metni **kalın** ve [bağlantı](https://example.org).

        ## Ne zaman?
        - Her gün
        - Gece

        ## Nasıl?
        Poşetle.
        """);
    assertEquals("cop-toplama", d.id());
    assertEquals("tr", d.lang());
    assertEquals("TEMIZLIK", d.department());
    assertEquals(3, d.sections().size());
    assertEquals("Çöp toplama", d.sections().get(0).heading());
    assertEquals("Giriş metni kalın ve bağlantı.", d.sections().get(0).text());
    assertEquals("Ne zaman?", d.sections().get(1).heading());
    assertEquals("Her gün.\nGece.", d.sections().get(1).text());

    KnowledgeDocument bare =
        KnowledgeParser.parse("Guides/Waste Guide.md", "# Waste guide\n\nPut bins out at night.\n");
    assertEquals("guides-waste-guide", bare.id());
    assertEquals("Waste guide", bare.title());
    assertEquals("en", bare.lang());
    assertEquals(1, bare.sections().size());
  }
}
