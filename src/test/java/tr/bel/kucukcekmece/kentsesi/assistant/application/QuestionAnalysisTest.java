package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.Synonyms;

/** The question's words: frame nouns and the focus word of a Turkish question. */
class QuestionAnalysisTest {

  private final QuestionAnalysis analysis =
      new QuestionAnalysis(AnswerWeights.defaults(), Synonyms.none());

  @Test
  void genericNounNamingTheAnswerKindCountsLessOnlyInThatRole() {
    // "which year" / "the name of" / "adı nedir": the noun names the kind of answer, not a word
    // next to it
    assertTrue(QuestionAnalysis.isFrame(List.of("which", "year", "was", "it", "built"), 1));
    assertTrue(
        QuestionAnalysis.isFrame(List.of("what", "is", "the", "name", "of", "the", "river"), 3));
    assertTrue(QuestionAnalysis.isFrame(List.of("oglunun", "adi", "neydi"), 1));
    assertTrue(QuestionAnalysis.isFrame(List.of("hangi", "yil", "kuruldu"), 1));
    // the same words as content: "financial year", "mali yıl ne zaman", a river's "name" in a
    // statement
    assertFalse(
        QuestionAnalysis.isFrame(List.of("when", "does", "the", "financial", "year", "start"), 4));
    assertFalse(
        QuestionAnalysis.isFrame(List.of("belediyelerde", "mali", "yil", "ne", "zaman"), 2));
    assertFalse(QuestionAnalysis.isFrame(List.of("which", "river", "is", "longest"), 1));
  }

  @Test
  void focusOfATurkishQuestionIsTheWordNextToTheQuestionWord() {
    String closing = "Çöp toplama aracının rengi nedir?";
    assertEquals(QuestionAnalysis.contentWords(closing).get(3), analysis.focusWord(closing));
    String hangi = "Hangi müdürlük ruhsat verir?";
    assertEquals(QuestionAnalysis.contentWords(hangi).get(0), analysis.focusWord(hangi));
    // a frame noun ("hangi yıl") is not the focus: the next content word is
    String frame = "Hangi yıl park açıldı?";
    assertEquals(QuestionAnalysis.contentWords(frame).get(1), analysis.focusWord(frame));
    assertNull(analysis.focusWord("When is rubbish collected?"));
  }
}
