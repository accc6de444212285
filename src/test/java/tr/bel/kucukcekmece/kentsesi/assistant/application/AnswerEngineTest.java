package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.KnowledgeDocument;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.KnowledgeParser;

/**
 * The answer engine on a tiny fixture corpus: what it finds, which sentence it quotes, and what it
 * declines.
 */
class AnswerEngineTest {

  private static final String COP =
      """
            ---
            id: cop
            title: Çöp toplama
            lang: tr
            ---
            Evsel çöpler Temizlik İşleri Müdürlüğü tarafından toplanır.

            ## Çöp ne zaman toplanır?
            Çöpünüzü poşet içinde konteynere bırakın. Çöpler her gün saat 22.00'den sonra toplanır. Bayramlarda program değişebilir.

            ## Konteyner kırıksa ne yapmalıyım?
            Kırık konteyneri Kent Sesi'nden talep olarak bildirin. Onarım beş iş günü içinde yapılır.
            """;

  private static KnowledgeBase kb;

  @BeforeAll
  static void corpus() {
    kb =
        KnowledgeBase.inMemory(
            List.of(
                KnowledgeParser.parse("cop.md", COP),
                KnowledgeParser.parse(
                    "nikah.md",
                    """
            ---
            id: nikah
            title: Nikah başvurusu
            lang: tr
            ---
            Nikah başvurusu Evlendirme Memurluğu'na yapılır.

            ## Hangi belgeler gerekir?
            Başvuruda nüfus cüzdanı, dört adet vesikalık fotoğraf ve sağlık raporu istenir. Başvuru şahsen yapılır.
            """),
                KnowledgeParser.parse(
                    "waste.md",
                    """
            ---
            id: waste
            title: Waste collection
            lang: en
            ---
            Household waste is collected by the Cleaning Affairs Directorate.

            ## When is rubbish collected?
            Leave your bags in the container. Rubbish is collected every day after 10 pm. The schedule may change on holidays.
            """)));
  }

  @Test
  void answersWithoutTurkishLettersFromTheRightSentence() {
    AnswerEngine.Result r = kb.engine().ask("cop ne zaman aliniyor", null, null);
    assertEquals("tr", r.lang());
    assertTrue(r.answered(), "confidence " + r.confidence());
    assertEquals("cop", r.citations().get(0).documentId());
    assertTrue(r.answer().contains("22.00"), r.answer());
    assertTrue(r.answer().length() <= AnswerEngine.MAX_ANSWER_CHARS);
  }

  @Test
  void documentQuestionPicksTheSentenceListingDocuments() {
    AnswerEngine.Result r = kb.engine().ask("nikah icin hangi belgeler lazim", null, null);
    assertTrue(r.answered());
    assertEquals("nikah", r.citations().get(0).documentId());
    assertTrue(r.answer().contains("nüfus cüzdanı"), r.answer());
  }

  @Test
  void synonymBridgesWordsTheContentDoesNotUse() {
    AnswerEngine.Result r = kb.engine().ask("evlendirme icin gereken belgeler", "tr", null);
    assertEquals("nikah", r.ranked().get(0).documentId());
  }

  @Test
  void aWordMetOnlyThroughItsSynonymStillCountsTowardsConfidence() {
    // "garbage" is not in the content; the synonym list pairs it with "rubbish" and "waste"
    AnswerEngine.Result r = kb.engine().ask("When is garbage collected?", "en", null);
    assertEquals("waste", r.citations().get(0).documentId());
    assertTrue(r.answered(), "confidence " + r.confidence());
    assertTrue(r.answer().contains("10 pm"), r.answer());
  }

  @Test
  void englishQuestionPrefersEnglishContent() {
    AnswerEngine.Result r = kb.engine().ask("When is rubbish collected?", null, null);
    assertEquals("en", r.lang());
    assertEquals("waste", r.citations().get(0).documentId());
    assertTrue(r.answer().contains("10 pm"), r.answer());
  }

  @Test
  void declinesWhatTheContentDoesNotCover() {
    AnswerEngine.Result r = kb.engine().ask("Mars'ta hava nasıl olacak yarın?", null, null);
    assertFalse(r.answered(), "confidence " + r.confidence());
    assertNull(r.answer());
    assertTrue(r.confidence() < kb.engine().threshold());
  }

  @Test
  void followUpUsesThePreviousTopic() {
    AnswerEngine.Result first = kb.engine().ask("Konteyner kırık, ne yapmalıyım?", null, null);
    assertEquals("cop", first.citations().get(0).documentId());
    AnswerEngine.Result followUp = kb.engine().ask("peki ne kadar sürede?", null, first.topic());
    assertNotNull(followUp.draft());
    assertEquals("cop", followUp.citations().get(0).documentId());
    assertTrue(followUp.draft().contains("beş iş günü"), followUp.draft());
  }

  @Test
  void emptyOfContentWordsIsNotAnswered() {
    AnswerEngine.Result r = kb.engine().ask("ne nasıl nerede?", null, null);
    assertFalse(r.answered());
  }

  @Test
  void faqHeadingAskingTheSameQuestionWins() {
    KnowledgeBase faq =
        KnowledgeBase.inMemory(
            List.of(
                KnowledgeParser.parse(
                    "faq.md",
                    """
            ---
            id: faq
            title: Library cards
            lang: en
            ---
            ## Who can get a library card?
            Residents of the district and students at its schools qualify; children need a parent's signature.

            ## How long does it take to get a library card?
            They are printed while you wait at the front desk; a replacement for a lost one takes three days.
            """)));
    // without the heading-question match (its words both ways, the kind of fact asked) the other
    // heading ranks first
    AnswerEngine.Result who = faq.engine().ask("Who is eligible for a library card?", "en", null);
    assertEquals("faq#0", who.citations().get(0).passageId());
    AnswerEngine.Result howLong =
        faq.engine().ask("How long until I get a library card?", "en", null);
    assertEquals("faq#1", howLong.citations().get(0).passageId());
  }

  @Test
  void theEngineUsesTheWeightsItIsGiven() {
    // the same content and question, the Turkish shift of the confidence at its default (0.2) and
    // at 0
    List<KnowledgeDocument> documents = List.of(KnowledgeParser.parse("cop.md", COP));
    AnswerWeights unshifted =
        AnswerWeights.from(
            key -> Optional.ofNullable(Map.of(AnswerWeights.KEY_PREFIX + "trshift", "0").get(key)));
    assertEquals(0.0, unshifted.turkishShift());
    double measured =
        KnowledgeBase.inMemory(documents)
            .engine()
            .ask("cop ne zaman aliniyor", "tr", null)
            .confidence();
    double without =
        KnowledgeBase.inMemory(documents, unshifted)
            .engine()
            .ask("cop ne zaman aliniyor", "tr", null)
            .confidence();
    assertTrue(without < measured, without + " < " + measured);
  }
}
