package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.BODY_EN;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.BODY_TR_FOLD;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.BODY_TR_STEM;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.EN;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.TR_FOLD;
import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.TR_STEM;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import tr.bel.kucukcekmece.kentsesi.assistant.application.AnswerEngine.Topic;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.LanguageDetector;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.QuestionKind;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.Synonyms;
import tr.bel.kucukcekmece.kentsesi.core.search.TextAnalysis;

/**
 * Question analysis: the asked language and kind of fact, the question's content words (question
 * words dropped, frame nouns counting less, each with its single-word synonyms), the words of its
 * synonym groups and, in a follow-up, of the previous question, and the focus word of a Turkish
 * question.
 *
 * <p>Longer than the ~400 lines we aim for: most of it is the word lists and question forms of two
 * languages, which the steps share.
 */
final class QuestionAnalysis {

  /**
   * An analysed question: {@code all} the words searched for, {@code core} those the answer must
   * cover (its own words, and in a follow-up the previous question's), {@code focus} the word next
   * to the question word (or null), {@code boostedDoc} the previous answer's document in a
   * follow-up (else null).
   */
  record Question(
      String text,
      String lang,
      QuestionKind kind,
      List<QueryWord> all,
      Set<QueryWord> core,
      QueryWord focus,
      String boostedDoc,
      Topic previous) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
  private static final Set<String> QUESTION_WORDS =
      Set.of(
          "ne",
          "neler",
          "nedir",
          "nelerdir",
          "nasil",
          "nerede",
          "nereye",
          "nereden",
          "neresi",
          "hangi",
          "kac",
          "kim",
          "kime",
          "kimin",
          "mi",
          "mu",
          "midir",
          "mudur",
          "misiniz",
          "miyim",
          "neden",
          "nicin",
          "niye",
          "acaba",
          "peki",
          "yapabilirim",
          "yapmaliyim",
          "yapmam",
          "gerekiyor",
          "lazim",
          "istiyorum",
          "olur",
          "var",
          "yok",
          "ben",
          "benim",
          "bana",
          "siz",
          "sizin",
          "bir",
          "ile",
          "icin",
          "ve",
          "veya",
          "da",
          "de",
          "ki",
          "bu",
          "su",
          "o",
          "what",
          "how",
          "where",
          "when",
          "who",
          "whom",
          "whose",
          "which",
          "why",
          "can",
          "could",
          "do",
          "does",
          "did",
          "i",
          "my",
          "me",
          "you",
          "your",
          "is",
          "are",
          "was",
          "were",
          "the",
          "a",
          "an",
          "should",
          "would",
          "will",
          "please",
          "tell",
          "much",
          "many",
          "there",
          "get");

  /**
   * Generic nouns that name the kind of answer asked for ("the name of", "which year", "hangi yıl",
   * "adı ne").
   */
  private static final Set<String> FRAME_WORDS =
      Set.of(
          "name",
          "term",
          "type",
          "kind",
          "sort",
          "year",
          "number",
          "percentage",
          "amount",
          "person",
          "thing",
          "ad",
          "adi",
          "adini",
          "isim",
          "ismi",
          "yil",
          "yili",
          "yilda",
          "yilinda",
          "tur",
          "turu",
          "cesit",
          "cesidi",
          "kisi",
          "kisinin",
          "kisiye",
          "kisiler",
          "terim",
          "sayi",
          "sayisi",
          "miktar",
          "miktari",
          "oran",
          "orani",
          "sey");

  private static final Set<String> FRAME_BEFORE =
      Set.of("what", "which", "whose", "hangi", "ne", "kac");
  private static final Set<String> FRAME_AFTER =
      Set.of("of", "nedir", "neydi", "nelerdir", "nelerdi", "neler", "kimdir", "kimdi");
  private static final Set<String> FOLLOW_UP_CUES =
      Set.of(
          "peki", "bunun", "onun", "bunu", "onu", "bunlar", "orasi", "orada", "it", "its", "this",
          "that", "they", "there", "them", "those", "also", "ayrica", "else");
  private static final Set<String> TR_ASK_BEFORE = Set.of("hangi", "kac");
  private static final Set<String> TR_ASK_AFTER =
      Set.of(
          "nedir",
          "neydi",
          "nelerdir",
          "nelerdi",
          "neler",
          "kimdir",
          "kimdi",
          "kim",
          "kime",
          "kimin",
          "nerede",
          "nereye",
          "nereden",
          "neresidir",
          "neresi",
          "ne",
          "neyi",
          "nasil",
          "kactir");

  private static final int WORD_CACHE_MAX = 100_000;

  private final AnswerWeights weights;
  private final Synonyms synonyms;

  /**
   * Each word's Turkish-stemmed, folded and English terms (each null when the analyzer drops the
   * word), kept in memory since residents' questions use the same words again and again.
   */
  private final ConcurrentHashMap<String, String[]> wordAnalyses = new ConcurrentHashMap<>();

  /**
   * Each question word's single-word synonyms (this engine's list), kept as residents reuse the
   * same words.
   */
  private final ConcurrentHashMap<String, List<QueryWord>> synonymWords = new ConcurrentHashMap<>();

  QuestionAnalysis(AnswerWeights weights, Synonyms synonyms) {
    this.weights = weights;
    this.synonyms = synonyms;
  }

  Question analyse(String question, String language, Topic previous) {
    String lang =
        "tr".equals(language) || "en".equals(language)
            ? language
            : LanguageDetector.detect(question);
    QuestionKind kind = QuestionKind.of(question);
    List<QueryWord> own = withSynonyms(question, words(question, 1.0));
    boolean followUp = previous != null && previous.question() != null && isFollowUp(question, own);
    List<QueryWord> all = new ArrayList<>(own);
    for (String extra : synonyms.expansions(question)) {
      all.addAll(words(extra, weights.synonym()));
    }
    List<QueryWord> core = new ArrayList<>(own);
    if (followUp) {
      // the previous question's words count, at a lower weight, both in the search and in what must
      // be covered
      List<QueryWord> earlier = words(previous.question(), weights.followUp());
      all.addAll(earlier);
      core.addAll(earlier);
    }
    String boostedDoc = followUp ? previous.documentId() : null;
    QueryWord focusWord = focus(question);
    QueryWord focus =
        focusWord == null
            ? null
            : own.stream()
                .filter(u -> u.withSynonyms(List.of()).equals(focusWord))
                .findFirst()
                .orElse(focusWord);
    return new Question(
        question,
        lang,
        kind,
        all,
        new LinkedHashSet<>(core.isEmpty() ? all : core),
        focus,
        boostedDoc,
        previous);
  }

  /**
   * A text's words (at most 200) and each one folded, without an apostrophe suffix
   * ("Küçükçekmece'de").
   */
  private record Words(List<String> words, List<String> folds) {
    static Words of(String text) {
      List<String> words = new ArrayList<>();
      List<String> folds = new ArrayList<>();
      Matcher m = WORD.matcher(text);
      while (m.find() && words.size() < 200) {
        String word = m.group();
        int apostrophe = apostrophe(word);
        words.add(word);
        folds.add(Synonyms.fold(apostrophe < 0 ? word : word.substring(0, apostrophe)));
      }
      return new Words(words, folds);
    }
  }

  /** A text's content words (at most 60, each once), counting {@code factor}, a frame noun less. */
  List<QueryWord> words(String text, double factor) {
    Words split = Words.of(text);
    List<String> words = split.words();
    List<String> folds = split.folds();
    List<QueryWord> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < words.size() && out.size() < 60; i++) {
      String word = words.get(i);
      String folded = folds.get(i);
      if (QUESTION_WORDS.contains(folded) || !seen.add(folded)) {
        continue;
      }
      String[] analyses = analyses(word);
      String stem = analyses[0];
      String fold = analyses[1];
      String en = analyses[2];
      if (stem == null && fold == null && en == null) {
        continue;
      }
      out.add(new QueryWord(stem, fold, en, isFrame(folds, i) ? factor * weights.frame() : factor));
    }
    return out;
  }

  /**
   * The question's words, each with the single-word members of the synonym groups it belongs to
   * ("garbage" with "waste", "nikah" with "evlendirme"), so that a passage saying "waste" covers a
   * question saying "garbage".
   */
  private List<QueryWord> withSynonyms(String question, List<QueryWord> words) {
    if (synonyms.size() == 0) {
      return words;
    }
    Words split = Words.of(question);
    Map<String, List<QueryWord>> byFold = new HashMap<>();
    for (String word : split.words()) {
      List<QueryWord> alternatives = synonymWords.get(word);
      if (alternatives == null) {
        alternatives = new ArrayList<>();
        for (String member : synonyms.expansions(word)) {
          if (member.indexOf(' ') < 0) {
            String[] a = analyses(member);
            if (a[0] != null || a[1] != null || a[2] != null) {
              alternatives.add(new QueryWord(a[0], a[1], a[2], 1.0));
            }
          }
        }
        alternatives = List.copyOf(alternatives);
        if (synonymWords.size() >= WORD_CACHE_MAX) {
          synonymWords.clear();
        }
        synonymWords.put(word, alternatives);
      }
      if (!alternatives.isEmpty()) {
        byFold.putIfAbsent(analyses(word)[1] + "|" + analyses(word)[2], alternatives);
      }
    }
    if (byFold.isEmpty()) {
      return words;
    }
    List<QueryWord> out = new ArrayList<>(words.size());
    for (QueryWord u : words) {
      List<QueryWord> alternatives = byFold.get(u.fold() + "|" + u.en());
      out.add(alternatives == null ? u : u.withSynonyms(alternatives));
    }
    return out;
  }

  /**
   * The word of a Turkish question that names what is asked about: the content word after
   * "hangi"/"kaç" ("hangi müdürlük"), else the one before the closing question word ("aracın rengi
   * nedir"); never a frame noun. The answer is usually next to it. Null when there is none (English
   * wh-words gave no gain: measured, not kept).
   */
  QueryWord focus(String question) {
    Words split = Words.of(question);
    List<String> words = split.words();
    List<String> folds = split.folds();
    int at = -1;
    for (int i = 0; i < folds.size() && at < 0; i++) {
      if (TR_ASK_BEFORE.contains(folds.get(i))) {
        for (int j = i + 1; j < folds.size() && at < 0; j++) {
          if (isContent(words, folds, j)) {
            at = j;
          }
        }
      }
    }
    for (int i = folds.size() - 1; i > 0 && at < 0; i--) {
      if (TR_ASK_AFTER.contains(folds.get(i))) {
        for (int j = i - 1; j >= 0 && at < 0; j--) {
          if (isContent(words, folds, j)) {
            at = j;
          }
        }
      }
    }
    if (at < 0) {
      return null;
    }
    String word = words.get(at);
    String[] analyses = analyses(word);
    return new QueryWord(analyses[0], analyses[1], analyses[2], 1.0);
  }

  private boolean isContent(List<String> words, List<String> folds, int i) {
    String word = words.get(i);
    return !QUESTION_WORDS.contains(folds.get(i))
        && !isFrame(folds, i)
        && (analyses(word)[0] != null || analyses(word)[2] != null);
  }

  private static int apostrophe(String word) {
    int a = word.indexOf('\'');
    int b = word.indexOf('’');
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /**
   * A generic noun that only names the kind of answer asked for: "what year", "which type", "the
   * name of", "hangi yıl", "ne tür", "adı nedir". Such a word seldom appears next to the answer.
   */
  static boolean isFrame(List<String> folds, int i) {
    if (!FRAME_WORDS.contains(folds.get(i))) {
      return false;
    }
    String before = i > 0 ? folds.get(i - 1) : "";
    String after = i + 1 < folds.size() ? folds.get(i + 1) : "";
    return FRAME_BEFORE.contains(before) || FRAME_AFTER.contains(after);
  }

  private String[] analyses(String word) {
    String[] analyses = wordAnalyses.get(word);
    if (analyses == null) {
      analyses =
          new String[] {
            first(TR_STEM, BODY_TR_STEM, word),
            first(TR_FOLD, BODY_TR_FOLD, word),
            first(EN, BODY_EN, word)
          };
      if (wordAnalyses.size() >= WORD_CACHE_MAX) {
        wordAnalyses.clear();
      }
      wordAnalyses.put(word, analyses);
    }
    return analyses;
  }

  private static String first(Analyzer analyzer, String field, String word) {
    List<String> terms = TextAnalysis.terms(analyzer, field, word);
    return terms.isEmpty() ? null : terms.get(0);
  }

  private static boolean isFollowUp(String question, List<QueryWord> words) {
    if (words.size() <= 2) {
      return true;
    }
    String lower = Synonyms.fold(question).toLowerCase(Locale.ROOT);
    for (String w : lower.split("[^\\p{L}\\p{N}]+")) {
      if (FOLLOW_UP_CUES.contains(w)) {
        return words.size() <= 5;
      }
    }
    return false;
  }

  /**
   * The words of a question that count, each as its folded (else English) term: they group similar
   * questions.
   */
  static List<String> contentWords(String question) {
    List<String> out = new ArrayList<>();
    for (QueryWord u :
        new QuestionAnalysis(AnswerWeights.defaults(), Synonyms.none()).words(question, 1)) {
      out.add(u.fold() != null ? u.fold() : u.en());
    }
    return out;
  }

  /** The focus word of a question as {@link #contentWords} writes it, or null. */
  String focusWord(String question) {
    QueryWord u = focus(question);
    return u == null ? null : u.fold() != null ? u.fold() : u.en();
  }
}
