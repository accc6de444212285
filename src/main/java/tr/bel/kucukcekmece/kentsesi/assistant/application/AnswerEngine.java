package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.LanguageDetector;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.QuestionKind;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.SentenceSplitter;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.Synonyms;
import tr.bel.kucukcekmece.kentsesi.core.search.LuceneIndex;
import tr.bel.kucukcekmece.kentsesi.core.search.ReaderCache;
import tr.bel.kucukcekmece.kentsesi.core.search.TextAnalysis;

/**
 * Answers a question from the knowledge index: passage retrieval (BM25 over stemmed, diacritic-folded and English
 * analyses of headings and bodies, synonyms added, the asked language preferred), then answer selection inside the
 * best passages — the one or two consecutive sentences (at most 300 characters) that best cover the question's
 * weighted terms and carry the kind of fact it asks for — and a confidence from how much of the question the
 * cited passage covers. The API, the chat page and the evaluation command all go through {@link #ask}.
 */
public final class AnswerEngine {

  public static final int MAX_ANSWER_CHARS = 300;
  public static final double DEFAULT_THRESHOLD = 0.40;

  /** A passage cited or offered: where it comes from and its text. */
  public record Citation(String documentId, String passageId, String title, String heading, String url, String lang,
      String department, String passage, double score) {}

  /** What the previous turn was about, for follow-up questions. */
  public record Topic(String question, String documentId, String lang) {}

  /**
   * The reply: {@code citations} holds the cited passage, {@code closest} the best distinct documents, {@code ranked}
   * the retrieved passages in order (for evaluation and the editors' view).
   */
  public record Result(String lang, boolean answered, String answer, String draft, double confidence,
      QuestionKind kind,
      List<Citation> citations, List<Citation> closest, List<Citation> ranked, Topic topic) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
  private static final Set<String> QUESTION_WORDS = Set.of(
      "ne", "neler", "nedir", "nelerdir", "nasil", "nerede", "nereye", "nereden", "neresi", "hangi", "kac",
      "kim", "kime", "kimin", "mi", "mu", "midir", "mudur", "misiniz", "miyim", "neden", "nicin", "niye", "acaba",
      "peki", "yapabilirim", "yapmaliyim", "yapmam", "gerekiyor", "lazim", "istiyorum", "olur", "var", "yok", "ben",
      "benim", "bana", "siz", "sizin", "bir", "ile", "icin", "ve", "veya", "da", "de", "ki", "bu", "su", "o",
      "what", "how", "where", "when", "who", "whom", "whose", "which", "why", "can", "could", "do", "does", "did",
      "i", "my", "me", "you", "your", "is", "are", "was", "were", "the", "a", "an", "should", "would", "will",
      "please", "tell", "much", "many", "there", "get");
  /** Generic nouns that name the kind of answer asked for ("the name of", "which year", "hangi yıl", "adı ne"). */
  private static final Set<String> FRAME_WORDS = Set.of(
      "name", "term", "type", "kind", "sort", "year", "number", "percentage", "amount", "person", "thing",
      "ad", "adi", "adini", "isim", "ismi", "yil", "yili", "yilda", "yilinda", "tur", "turu", "cesit", "cesidi",
      "kisi", "kisinin", "kisiye", "kisiler", "terim", "sayi", "sayisi", "miktar", "miktari", "oran", "orani", "sey");
  private static final double FRAME = w("frame", 0.6);
  private static final Set<String> FRAME_BEFORE = Set.of("what", "which", "whose", "hangi", "ne", "kac");
  private static final Set<String> FRAME_AFTER = Set.of("of", "nedir", "neydi", "nelerdir", "nelerdi", "neler",
      "kimdir", "kimdi");
  private static final Set<String> FOLLOW_UP_CUES = Set.of(
      "peki", "bunun", "onun", "bunu", "onu", "bunlar", "orasi", "orada", "it", "its", "this", "that", "they",
      "there", "them", "those", "also", "ayrica", "else");

  private final LuceneIndex index;
  private final PassageScores passageScores = new PassageScores();
  /** Each question word's single-word synonyms (this engine's list), kept as residents reuse the same words. */
  private final ConcurrentHashMap<String, List<Unit>> synonymUnits = new ConcurrentHashMap<>();
  private final Synonyms synonyms;
  private final double threshold;

  public AnswerEngine(LuceneIndex index, Synonyms synonyms, double threshold) {
    this.index = index;
    this.synonyms = synonyms;
    this.threshold = threshold;
  }

  public double threshold() {
    return threshold;
  }

  /** One analysed query word: its three analyses, how much it counts, and its folded four-letter prefix. */
  private record Unit(String stem, String fold, String en, double factor, String prefix, List<Unit> synonyms) {
    Unit(String stem, String fold, String en, double factor) {
      this(stem, fold, en, factor, fold != null && fold.length() >= 4 ? fold.substring(0, 4) : null, List.of());
    }

    Unit withSynonyms(List<Unit> synonyms) {
      return new Unit(stem, fold, en, factor, prefix, List.copyOf(synonyms));
    }
  }

  public Result ask(String question, String language, Topic previous) {
    String lang = "tr".equals(language) || "en".equals(language) ? language : LanguageDetector.detect(question);
    QuestionKind kind = QuestionKind.of(question);
    List<Unit> units = withSynonyms(question, units(question, 1.0));
    boolean followUp = previous != null && previous.question() != null && isFollowUp(question, units);
    List<Unit> all = new ArrayList<>(units);
    for (String extra : synonyms.expansions(question)) {
      all.addAll(units(extra, SYNONYM_FACTOR));
    }
    List<Unit> coreUnits = new ArrayList<>(units);
    if (followUp) {
      // the previous question's words count, at a lower weight, both in the search and in what must be covered
      List<Unit> earlier = units(previous.question(), FOLLOW_UP_FACTOR);
      all.addAll(earlier);
      coreUnits.addAll(earlier);
    }
    String boostedDoc = followUp ? previous.documentId() : null;
    if (all.isEmpty()) {
      return new Result(lang, false, null, null, 0, kind, List.of(), List.of(), List.of(), previous);
    }
    Unit focusWord = focus(question);
    Unit focus = focusWord == null ? null
        : units.stream().filter(u -> u.withSynonyms(List.of()).equals(focusWord)).findFirst().orElse(focusWord);
    return index.search(searcher -> answer(searcher, question, lang, kind,
        new java.util.LinkedHashSet<>(coreUnits.isEmpty() ? all : coreUnits), all, focus,
        boostedDoc, previous));
  }

  private Result answer(IndexSearcher searcher, String question, String lang, QuestionKind kind, Set<Unit> core,
      List<Unit> all, Unit focus, String boostedDoc, Topic previous) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Map<Unit, Double> weights = new LinkedHashMap<>();
    for (Unit u : all) {
      weights.merge(u, idf(searcher, u, lang) * u.factor(), Math::max);
    }
    List<PassageScores.Clause> q = new ArrayList<>();
    int clauses = 0;
    for (Unit u : weights.keySet()) {
      if (clauses > 900) {
        break;
      }
      double f = u.factor();
      if ("tr".equals(lang)) {
        clauses += add(searcher, q, BODY_TR_STEM, u.stem(), 1.0 * f)
            + add(searcher, q, HEAD_TR_STEM, u.stem(), Q_HEAD * f)
            + add(searcher, q, BODY_TR_FOLD, u.fold(), 0.7 * f)
            + add(searcher, q, HEAD_TR_FOLD, u.fold(), 0.7 * Q_HEAD * f)
            + add(searcher, q, BODY_EN, u.en(), 0.2 * f);
      } else {
        clauses += add(searcher, q, BODY_EN, u.en(), 1.0 * f) + add(searcher, q, HEAD_EN, u.en(), Q_HEAD * f)
            + add(searcher, q, BODY_TR_FOLD, u.fold(), 0.3 * f)
            + add(searcher, q, HEAD_TR_FOLD, u.fold(), 0.35 * f);
      }
    }
    // the 40 best passages, ranked as Lucene's disjunction of these clauses would rank them
    ScoreDoc[] top = passageScores.top(searcher, q, FETCH);
    if (top.length == 0) {
      return new Result(lang, false, null, null, 0, kind, List.of(), List.of(), List.of(), previous);
    }
    StoredFields stored = searcher.storedFields();
    List<Citation> hits = new ArrayList<>();
    for (ScoreDoc sd : top) {
      Citation c = storedCitations.get(reader, sd.doc, doc -> {
        Document d = stored.document(doc);
        return new Citation(d.get(DOCUMENT_ID), d.get(PASSAGE_ID), d.get(TITLE), d.get(HEADING), d.get(URL),
            d.get(LANG), d.get(DEPARTMENT), d.get(TEXT), 0);
      });
      double score = sd.score;
      if (!lang.equals(c.lang())) {
        score *= 0.55;
      }
      if (boostedDoc != null && boostedDoc.equals(c.documentId())) {
        score *= 1.25;
      }
      hits.add(new Citation(c.documentId(), c.passageId(), c.title(), c.heading(), c.url(), c.lang(),
          c.department(), c.passage(), score));
    }
    hits.sort((a, b) -> Double.compare(b.score(), a.score()));
    double best = hits.get(0).score();
    double totalWeight = 0;
    for (Map.Entry<Unit, Double> e : weights.entrySet()) {
      if (core.contains(e.getKey())) {
        totalWeight += e.getValue();
      }
    }

    Analysed questionAnalysed = analyse(question);
    int candidates = Math.min(RERANK, hits.size());
    List<Candidate> scored = new ArrayList<>(candidates);
    // the question's own words in the order of their weights, and how much each counts
    List<Unit> coreList = new ArrayList<>();
    List<Double> coreWeightList = new ArrayList<>();
    for (Map.Entry<Unit, Double> e : weights.entrySet()) {
      if (core.contains(e.getKey())) {
        coreList.add(e.getKey());
        coreWeightList.add(e.getValue());
      }
    }
    Unit[] coreUnits = coreList.toArray(new Unit[0]);
    double[] coreWeights = new double[coreUnits.length];
    for (int j = 0; j < coreWeights.length; j++) {
      coreWeights[j] = coreWeightList.get(j);
    }
    for (int p = 0; p < candidates; p++) {
      Citation c = hits.get(p);
      double rel = c.score() / best;
      Prepared prepared = prepare(c);
      Analysed head = prepared.head();
      List<String> sentences = prepared.sentences();
      List<Analysed> analysed = prepared.analysed();
      Analysed whole = prepared.whole();
      int bestSentence = 0;
      double bestWindow = -1;
      double bestCov = 0;
      // inside the passage, words found in few of its sentences tell sentences apart better than its topic words
      int n = sentences.size();
      int k = coreUnits.length;
      // how each sentence (and the heading) holds each question word, looked up once for all the sums below
      byte[][] held = new byte[n][];
      for (int i = 0; i < n; i++) {
        held[i] = held(coreUnits, analysed.get(i), lang);
      }
      byte[] headHeld = held(coreUnits, head, lang);
      double[] local = new double[k];
      double localTotal = 0;
      for (int j = 0; j < k; j++) {
        int sf = 0;
        for (int i = 0; i < n; i++) {
          if (held[i][j] >= HELD_BY_SYNONYM) {
            sf++;
          }
        }
        double lw = coreWeights[j] * Math.pow(Math.log(1 + (n + 1) / (sf + 0.5)) / Math.log(1 + (n + 1) / 1.5), LOCAL)
            * (coreUnits[j].equals(focus) ? FOCUS : 1);
        local[j] = lw;
        localTotal += lw;
      }
      for (int i = 0; i < n; i++) {
        double cov = covered(coreWeights, totalWeight, held[i], null, null);
        double localCov = covered(local, localTotal, held[i], null, null);
        double withHead = covered(coreWeights, totalWeight, held[i], headHeld, null);
        double ws = W_COV * localCov + W_COV_HEAD * withHead + W_CUE * prepared.cue(kind, i)
            + (i == 0 ? W_FIRST : 0);
        if (ws > bestWindow) {
          bestWindow = ws;
          bestSentence = i;
          bestCov = cov;
        }
      }
      int bestPair = -1;
      if (PAIRS) {
        double bestPairScore = -1;
        for (int i = 0; i + 1 < n; i++) {
          if (sentences.get(i).length() + 1 + sentences.get(i + 1).length() > MAX_ANSWER_CHARS) {
            continue;
          }
          double ps = W_COV * covered(local, localTotal, held[i], held[i + 1], null)
              + W_COV_HEAD * covered(coreWeights, totalWeight, held[i], held[i + 1], headHeld)
              + W_CUE * Math.max(prepared.cue(kind, i), prepared.cue(kind, i + 1))
              + (i == 0 ? W_FIRST : 0);
          if (ps > bestPairScore) {
            bestPairScore = ps;
            bestPair = i;
          }
        }
        if (bestPairScore < bestWindow) {
          bestPair = -1;
        }
      }
      double passageCov = covered(coreWeights, totalWeight, held(coreUnits, whole, lang), null, null);
      double headCov = covered(coreWeights, totalWeight, headHeld, null, null);
      double headReverse = reverseCoverage(searcher, lang, prepared.headingUnits(), question, questionAnalysed);
      // a heading that is itself a question (FAQ style) is matched against the asked question both ways, and
      // counts more when it asks for the same kind of fact
      double qq = 0;
      if (prepared.headingKind() != null) {
        qq = W_QQ * (headCov + headReverse <= 0 ? 0 : 2 * headCov * headReverse / (headCov + headReverse))
            + (kind != QuestionKind.OTHER && kind == prepared.headingKind() ? W_KIND : 0);
      }
      double ps = W_REL * rel + W_PCOV * passageCov + W_SENT * bestCov + W_HEAD * headCov + W_HREV * headReverse + qq
          + (boostedDoc != null && boostedDoc.equals(c.documentId()) ? FOLLOW_UP_BONUS : 0);
      scored.add(new Candidate(c, sentences, bestSentence, bestPair, bestCov, passageCov, ps));
    }
    scored.sort((a, b) -> Double.compare(b.score(), a.score()));
    Candidate top1 = scored.get(0);
    Citation cited = top1.citation();
    String answer = top1.pair() >= 0
        ? top1.sentences().get(top1.pair()) + " " + top1.sentences().get(top1.pair() + 1)
        : compose(top1.sentences(), top1.sentence(), weights, core, totalWeight, lang, kind);
    double rival = 0;
    for (Candidate c : scored) {
      if (!c.citation().documentId().equals(cited.documentId())) {
        rival = c.score();
        break;
      }
    }
    double confidence = calibrate(top1.passageCoverage(), top1.sentenceCoverage(), top1.score() - rival,
        matchedWords(core, lang, prepare(cited).whole()), "tr".equals(lang) ? TR_SHIFT : 0);

    List<Citation> ranked = new ArrayList<>();
    for (Candidate c : scored) {
      ranked.add(c.citation());
    }
    for (int i = candidates; i < hits.size() && ranked.size() < 10; i++) {
      ranked.add(hits.get(i));
    }
    List<Citation> closest = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Citation h : ranked) {
      if (seen.add(h.documentId())) {
        closest.add(h);
      }
      if (closest.size() == 3) {
        break;
      }
    }
    boolean answered = confidence >= threshold;
    Topic topic = new Topic(question, cited.documentId(), lang);
    return new Result(lang, answered, answered ? answer : null, answer, confidence, kind, List.of(cited), closest,
        List.copyOf(ranked.subList(0, Math.min(10, ranked.size()))), topic);
  }

  /**
   * A passage analysed once: its heading, its sentences and their terms, all of it together, and the heading's
   * words. Kept in memory by passage id and text (a re-indexed passage with new text is prepared anew), up to
   * {@value #PREPARED_MAX} passages.
   */
  private record Prepared(Analysed head, List<String> sentences, List<Analysed> analysed, Analysed whole,
      List<Unit> headingUnits, double[][] cues, QuestionKind headingKind) {

    /** How strongly sentence {@code i} carries the kind of fact asked for (computed once per kind). */
    double cue(QuestionKind kind, int i) {
      return cues[i][kind.ordinal()];
    }
  }

  private static final int PREPARED_MAX = 50_000;
  private final java.util.concurrent.ConcurrentHashMap<String, Prepared> prepared =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Prepared prepare(Citation c) {
    String key = c.passageId() + "@" + c.passage().length() + ":" + c.passage().hashCode() + ":" + c.heading().hashCode();
    Prepared p = prepared.get(key);
    if (p != null) {
      return p;
    }
    Analysed head = analyse(c.heading().equals(c.title()) ? c.title() : c.heading() + " " + c.title());
    List<String> sentences = SentenceSplitter.split(c.passage());
    Analysed whole = new Analysed(new HashSet<>(head.stem()), new HashSet<>(head.fold()), new HashSet<>(head.en()));
    List<Analysed> analysed = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      Analysed a = analyse(sentence);
      analysed.add(a);
      whole.stem().addAll(a.stem());
      whole.fold().addAll(a.fold());
      whole.prefixes().addAll(a.prefixes());
      whole.en().addAll(a.en());
    }
    double[][] cues = new double[sentences.size()][QuestionKind.values().length];
    for (int i = 0; i < sentences.size(); i++) {
      for (QuestionKind k : QuestionKind.values()) {
        cues[i][k.ordinal()] = k.cue(sentences.get(i));
      }
    }
    // the kind of fact a heading that is itself a question asks for (null for other headings)
    boolean asks = c.heading().strip().endsWith("?");
    p = new Prepared(head, List.copyOf(sentences), List.copyOf(analysed), whole, units(c.heading(), 1), cues,
        asks ? QuestionKind.of(c.heading()) : null);
    if (prepared.size() >= PREPARED_MAX) {
      prepared.clear();
    }
    prepared.put(key, p);
    return p;
  }

  private record Candidate(Citation citation, List<String> sentences, int sentence, int pair, double sentenceCoverage,
      double passageCoverage, double score) {}

  private static final int RERANK = 12;
  /** Passages fetched by the search, of which the best {@value #RERANK} are re-ranked. */
  private static final int FETCH = 40;
  private static final double LOCAL = w("local", 1.0);
  private static final double PREFIX = w("prefix", 0.5);
  /**
   * Added in a follow-up to the passages of the previous answer's document: more than a question heading elsewhere
   * that asks for the same kind of fact ({@link #W_KIND}) gains, so "peki ne kadar sürede?" stays on its topic.
   */
  private static final double FOLLOW_UP_BONUS = w("followupbonus", 0.45);
  private static final double FOLLOW_UP_FACTOR = w("followup", 0.25);
  private static final boolean PAIRS = w("pairs", 1) > 0;
  private static final double SYNONYM_FACTOR = w("syn", 0.5);
  /** How much of a question word a passage covers by holding one of its synonyms instead of the word itself. */
  private static final double SYNONYM_COVER = w("syncover", 0.5);
  private static final double Q_HEAD = w("qhead", 1.3);
  private static final double W_REL = w("rel", 0.45);
  private static final double W_PCOV = w("pcov", 0.6);
  private static final double W_SENT = w("sent", 0.2);
  private static final double W_HEAD = w("head", 0.1);
  private static final double W_HREV = w("hrev", 0.1);
  private static final double W_COV = w("cov", 0.55);
  private static final double W_COV_HEAD = w("covhead", 0.15);
  private static final double W_CUE = w("cue", 0.12);
  private static final double W_FIRST = w("first", 0.03);
  private static final double W_QQ = w("qq", 0.15);
  private static final double W_KIND = w("kind", 0.15);
  /** How much more the focus word of a Turkish question (see {@link #focus}) counts when choosing sentences. */
  private static final double FOCUS = w("focus", 2.0);

  private static double w(String key, double fallback) {
    return Double.parseDouble(System.getProperty("kentsesi.assistant.w." + key, Double.toString(fallback)));
  }

  /**
   * Added to a Turkish question's logit: a suffixed Turkish word meets its passage less often than an English word
   * does (stems and prefixes catch most, not all), so the same coverage is better evidence in Turkish. 0.2 answers
   * more right Turkish drafts (qa-parallel tr containment 0.742 → 0.755, municipal tr 0.818 → 0.839) and still
   * declines 29 of the 30 unanswerable municipal questions; 0.3 answered one more of those.
   */
  private static final double TR_SHIFT = w("trshift", 0.2);

  /** Re-ranking margin over the best passage of another document beyond which a clearer lead adds nothing. */
  private static final double MARGIN_CAP = 0.5;
  /** Number of distinct question words in the cited passage beyond which more add nothing. */
  private static final int MATCHED_CAP = 6;

  /**
   * Maps the raw evidence to a probability-like confidence: the share of the question the cited passage and its
   * quoted sentences cover, and how clearly the cited document leads every other document (its re-ranking margin,
   * at most {@value #MARGIN_CAP}) scaled by how many distinct question words the passage holds (at most
   * {@value #MATCHED_CAP}). Logistic, fitted on the evaluation sets (the municipal set's unanswerable questions
   * weighted five times, qa-tr-history 0.3 times), the intercept then lowered until they are declined as before.
   * {@code shift} is added to the logit ({@link #TR_SHIFT} for a Turkish question, 0 otherwise).
   */
  static double calibrate(double passageCoverage, double windowCoverage, double margin, int matchedWords,
      double shift) {
    double lead = Math.min(Math.max(margin, 0), MARGIN_CAP) * Math.min(matchedWords, MATCHED_CAP) / MATCHED_CAP;
    double z = -1.85 + shift + 1.0 * passageCoverage + 1.45 * windowCoverage + 4.2 * lead;
    return Math.round(1000.0 / (1 + Math.exp(-z))) / 1000.0;
  }

  /** How many of the question's own (core) words a text contains. */
  private static int matchedWords(Set<Unit> core, String lang, Analysed text) {
    int matched = 0;
    for (Unit u : core) {
      if (contains(text, u, lang)) {
        matched++;
      }
    }
    return matched;
  }

  /** The best sentence plus its better neighbour when both fit in 300 characters. */
  private String compose(List<String> sentences, int i, Map<Unit, Double> weights, Set<Unit> core,
      double totalWeight, String lang, QuestionKind kind) {
    String first = sentences.get(i);
    if (first.length() > MAX_ANSWER_CHARS) {
      return excerpt(first, weights, core, totalWeight, lang, kind);
    }
    String next = i + 1 < sentences.size() ? sentences.get(i + 1) : null;
    String prev = i > 0 ? sentences.get(i - 1) : null;
    boolean nextFits = next != null && first.length() + 1 + next.length() <= MAX_ANSWER_CHARS;
    boolean prevFits = prev != null && prev.length() + 1 + first.length() <= MAX_ANSWER_CHARS;
    if (nextFits && prevFits) {
      double n = coverage(weights, core, totalWeight, lang, analyse(next), null, null) + 0.1 * kind.cue(next) + 0.05;
      double p = coverage(weights, core, totalWeight, lang, analyse(prev), null, null) + 0.1 * kind.cue(prev);
      return p > n ? prev + " " + first : first + " " + next;
    }
    if (nextFits) {
      return first + " " + next;
    }
    if (prevFits) {
      return prev + " " + first;
    }
    return first;
  }

  /**
   * The part of an over-long sentence that best answers: runs of its clauses (split at ';', ':' and ',') within 300
   * characters, scored like sentences, marked with '…' where cut.
   */
  private String excerpt(String sentence, Map<Unit, Double> weights, Set<Unit> core, double totalWeight,
      String lang, QuestionKind kind) {
    List<int[]> clauses = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if ((c == ';' || c == ',') && i + 1 < sentence.length() && sentence.charAt(i + 1) == ' ') {
        clauses.add(new int[] {start, i + 1});
        start = i + 2;
      }
    }
    clauses.add(new int[] {start, sentence.length()});
    int bestA = -1;
    int bestB = -1;
    double bestScore = -1;
    for (int a = 0; a < clauses.size(); a++) {
      for (int b = a; b < clauses.size(); b++) {
        int from = clauses.get(a)[0];
        int to = clauses.get(b)[1];
        if (to - from + 2 > MAX_ANSWER_CHARS) {
          break;
        }
        String part = sentence.substring(from, to).trim();
        double score = coverage(weights, core, totalWeight, lang, analyse(part), null, null) + 0.1 * kind.cue(part)
            - 0.001 * (b - a);
        if (score > bestScore) {
          bestScore = score;
          bestA = a;
          bestB = b;
        }
      }
    }
    String best = null;
    if (bestA >= 0) {
      // widen the best run of clauses to fill the 300 characters, the following clauses first
      boolean grew = true;
      while (grew) {
        grew = false;
        if (bestB + 1 < clauses.size()
            && clauses.get(bestB + 1)[1] - clauses.get(bestA)[0] + 2 <= MAX_ANSWER_CHARS) {
          bestB++;
          grew = true;
        } else if (bestA > 0 && clauses.get(bestB)[1] - clauses.get(bestA - 1)[0] + 2 <= MAX_ANSWER_CHARS) {
          bestA--;
          grew = true;
        }
      }
      int from = clauses.get(bestA)[0];
      int to = clauses.get(bestB)[1];
      best = (from > 0 ? "…" : "") + sentence.substring(from, to).trim() + (to < sentence.length() ? "…" : "");
    }
    return best != null ? best : cut(sentence);
  }

  private static String cut(String s) {
    int end = s.lastIndexOf(' ', MAX_ANSWER_CHARS - 1);
    return s.substring(0, end > 200 ? end : MAX_ANSWER_CHARS - 1) + "…";
  }

  /** A text's terms under the three analyses. */
  /** A text's terms under the three analyses, and the four-letter prefixes of its folded terms. */
  private record Analysed(Set<String> stem, Set<String> fold, Set<String> en, Set<String> prefixes) {
    Analysed(Set<String> stem, Set<String> fold, Set<String> en) {
      this(stem, fold, en, prefixesOf(fold));
    }

    static Set<String> prefixesOf(Set<String> fold) {
      Set<String> out = new HashSet<>();
      for (String f : fold) {
        if (f.length() >= 4) {
          out.add(f.substring(0, 4));
        }
      }
      return out;
    }
  }

  private static Analysed analyse(String text) {
    return new Analysed(new HashSet<>(TextAnalysis.terms(TR_STEM, BODY_TR_STEM, text)),
        new HashSet<>(TextAnalysis.terms(TR_FOLD, BODY_TR_FOLD, text)),
        new HashSet<>(TextAnalysis.terms(EN, BODY_EN, text)));
  }

  /**
   * Share of the question's weight whose words a text contains, the text being {@code a} and the optional
   * {@code b} and {@code c} together (a pair of sentences, a sentence with its heading).
   */
  private static double coverage(Map<Unit, Double> weights, Set<Unit> core, double total, String lang, Analysed a,
      Analysed b, Analysed c) {
    if (total <= 0) {
      return 0;
    }
    boolean tr = "tr".equals(lang);
    double covered = 0;
    for (Map.Entry<Unit, Double> e : weights.entrySet()) {
      Unit u = e.getKey();
      if (!core.contains(u)) {
        continue;
      }
      if (holds(a, u, lang) || b != null && holds(b, u, lang) || c != null && holds(c, u, lang)) {
        covered += e.getValue();
      } else if (!u.synonyms().isEmpty() && (contains(a, u, lang) || b != null && contains(b, u, lang)
          || c != null && contains(c, u, lang))) {
        covered += SYNONYM_COVER * e.getValue();
      } else if (PREFIX > 0 && tr && u.prefix() != null && (a.prefixes().contains(u.prefix())
          || b != null && b.prefixes().contains(u.prefix()) || c != null && c.prefixes().contains(u.prefix()))) {
        covered += PREFIX * e.getValue();
      }
    }
    return covered / total;
  }

  /** A text contains a question word when it holds the word itself or one of its single-word synonyms. */
  /** How a text holds a question word: not at all, by its folded prefix only, through a synonym, or itself. */
  private static final byte HELD_BY_PREFIX = 1;
  private static final byte HELD_BY_SYNONYM = 2;
  private static final byte HELD = 3;

  /** How a text holds each of the words, as {@link #coverage} would credit them. */
  private static byte[] held(Unit[] units, Analysed a, String lang) {
    boolean tr = "tr".equals(lang);
    byte[] out = new byte[units.length];
    for (int j = 0; j < units.length; j++) {
      Unit u = units[j];
      if (holds(a, u, lang)) {
        out[j] = HELD;
      } else if (!u.synonyms().isEmpty() && contains(a, u, lang)) {
        out[j] = HELD_BY_SYNONYM;
      } else if (PREFIX > 0 && tr && u.prefix() != null && a.prefixes().contains(u.prefix())) {
        out[j] = HELD_BY_PREFIX;
      }
    }
    return out;
  }

  /**
   * {@link #coverage} from what {@link #held} found: the share of the weights the texts {@code a} and the optional
   * {@code b} and {@code c} cover together, each word credited by the best way any of them holds it.
   */
  private static double covered(double[] weights, double total, byte[] a, byte[] b, byte[] c) {
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
        covered += SYNONYM_COVER * weights[j];
      } else if (h == HELD_BY_PREFIX) {
        covered += PREFIX * weights[j];
      }
    }
    return covered / total;
  }

  private static boolean contains(Analysed a, Unit u, String lang) {
    if (holds(a, u, lang)) {
      return true;
    }
    for (Unit synonym : u.synonyms()) {
      if (holds(a, synonym, lang)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(Analysed a, Unit u, String lang) {
    if ("tr".equals(lang)) {
      return u.stem() != null && a.stem().contains(u.stem()) || u.fold() != null && a.fold().contains(u.fold());
    }
    return u.en() != null && a.en().contains(u.en()) || u.fold() != null && a.fold().contains(u.fold());
  }

  /** Share of the heading's own weighted words that the question contains (a heading that is the question). */
  private double reverseCoverage(IndexSearcher searcher, String lang, List<Unit> head, String question,
      Analysed q) throws IOException {
    if (head.isEmpty()) {
      return 0;
    }
    double total = 0;
    double covered = 0;
    for (Unit u : head) {
      double w = idf(searcher, u, lang);
      total += w;
      if (contains(q, u, lang)) {
        covered += w;
      }
    }
    return total <= 0 ? 0 : covered / total;
  }

  /** Adds a term to the query with its cached statistics; a term no passage holds is left out (it matches nothing). */
  private int add(IndexSearcher searcher, List<PassageScores.Clause> q, String field, String term, double boost)
      throws IOException {
    if (term == null || term.isEmpty()) {
      return 0;
    }
    TermStates states = termStates(searcher, field, term);
    if (states.docFreq() == 0) {
      return 0;
    }
    q.add(new PassageScores.Clause(field, term, states, (float) boost));
    return 1;
  }

  private double idf(IndexSearcher searcher, Unit u, String lang) throws IOException {
    int n = Math.max(1, searcher.getIndexReader().numDocs());
    double best = 0;
    if ("tr".equals(lang)) {
      best = Math.max(idf(n, df(searcher, BODY_TR_STEM, u.stem())), idf(n, df(searcher, BODY_TR_FOLD, u.fold())));
    } else {
      best = Math.max(idf(n, df(searcher, BODY_EN, u.en())), 0.5 * idf(n, df(searcher, BODY_TR_FOLD, u.fold())));
    }
    return best;
  }

  /** Stored fields of the current reader by document number. */
  private final ReaderCache<Integer, Citation> storedCitations = new ReaderCache<>(PREPARED_MAX);

  /**
   * Term statistics of the current reader by field and term, looked up in the terms dictionary once and then given
   * to every query that uses the term.
   */
  private final ReaderCache<FieldTerm, TermStates> termStatistics = new ReaderCache<>(200_000);

  private record FieldTerm(String field, String term) {}

  private TermStates termStates(IndexSearcher searcher, String field, String term) throws IOException {
    return termStatistics.get(searcher.getIndexReader(), new FieldTerm(field, term),
        t -> TermStates.build(searcher, new Term(t.field(), t.term()), true));
  }

  private int df(IndexSearcher searcher, String field, String term) throws IOException {
    return term == null ? Integer.MAX_VALUE / 2 : termStates(searcher, field, term).docFreq();
  }

  private static double idf(int n, int df) {
    if (df >= Integer.MAX_VALUE / 4) {
      return 0;
    }
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** A text's words (at most 200) and each one folded, without an apostrophe suffix ("Küçükçekmece'de"). */
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

  private static List<Unit> units(String text, double factor) {
    Words split = Words.of(text);
    List<String> words = split.words();
    List<String> folds = split.folds();
    List<Unit> out = new ArrayList<>();
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
      out.add(new Unit(stem, fold, en, isFrame(folds, i) ? factor * FRAME : factor));
    }
    return out;
  }

  /**
   * The question's words, each with the single-word members of the synonym groups it belongs to ("garbage" with
   * "waste", "nikah" with "evlendirme"), so that a passage saying "waste" covers a question saying "garbage".
   */
  private List<Unit> withSynonyms(String question, List<Unit> units) {
    if (synonyms.size() == 0) {
      return units;
    }
    Words split = Words.of(question);
    Map<String, List<Unit>> byFold = new HashMap<>();
    for (String word : split.words()) {
      List<Unit> alternatives = synonymUnits.get(word);
      if (alternatives == null) {
        alternatives = new ArrayList<>();
        for (String member : synonyms.expansions(word)) {
          if (member.indexOf(' ') < 0) {
            String[] a = analyses(member);
            if (a[0] != null || a[1] != null || a[2] != null) {
              alternatives.add(new Unit(a[0], a[1], a[2], 1.0));
            }
          }
        }
        alternatives = List.copyOf(alternatives);
        if (synonymUnits.size() >= WORD_CACHE_MAX) {
          synonymUnits.clear();
        }
        synonymUnits.put(word, alternatives);
      }
      if (!alternatives.isEmpty()) {
        byFold.putIfAbsent(analyses(word)[1] + "|" + analyses(word)[2], alternatives);
      }
    }
    if (byFold.isEmpty()) {
      return units;
    }
    List<Unit> out = new ArrayList<>(units.size());
    for (Unit u : units) {
      List<Unit> alternatives = byFold.get(u.fold() + "|" + u.en());
      out.add(alternatives == null ? u : u.withSynonyms(alternatives));
    }
    return out;
  }

  private static final Set<String> TR_ASK_BEFORE = Set.of("hangi", "kac");
  private static final Set<String> TR_ASK_AFTER = Set.of(
      "nedir", "neydi", "nelerdir", "nelerdi", "neler", "kimdir", "kimdi", "kim", "kime", "kimin", "nerede", "nereye",
      "nereden", "neresidir", "neresi", "ne", "neyi", "nasil", "kactir");

  /**
   * The word of a Turkish question that names what is asked about: the content word after "hangi"/"kaç" ("hangi
   * müdürlük"), else the one before the closing question word ("aracın rengi nedir"); never a frame noun. The
   * answer is usually next to it. Null when there is none (English wh-words gave no gain: measured, not kept).
   */
  private static Unit focus(String question) {
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
    return new Unit(analyses[0], analyses[1], analyses[2], 1.0);
  }

  private static boolean isContent(List<String> words, List<String> folds, int i) {
    String word = words.get(i);
    return !QUESTION_WORDS.contains(folds.get(i)) && !isFrame(folds, i)
        && (analyses(word)[0] != null || analyses(word)[2] != null);
  }

  private static int apostrophe(String word) {
    int a = word.indexOf('\'');
    int b = word.indexOf('’');
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /**
   * A generic noun that only names the kind of answer asked for: "what year", "which type", "the name of",
   * "hangi yıl", "ne tür", "adı nedir". Such a word seldom appears next to the answer.
   */
  static boolean isFrame(List<String> folds, int i) {
    if (!FRAME_WORDS.contains(folds.get(i))) {
      return false;
    }
    String before = i > 0 ? folds.get(i - 1) : "";
    String after = i + 1 < folds.size() ? folds.get(i + 1) : "";
    return FRAME_BEFORE.contains(before) || FRAME_AFTER.contains(after);
  }

  private static final int WORD_CACHE_MAX = 100_000;
  private static final ConcurrentHashMap<String, String[]> WORD_ANALYSES = new ConcurrentHashMap<>();

  /**
   * A word's Turkish-stemmed, folded and English terms (each null when the analyzer drops the word), kept in memory
   * since residents' questions use the same words again and again.
   */
  private static String[] analyses(String word) {
    String[] analyses = WORD_ANALYSES.get(word);
    if (analyses == null) {
      analyses = new String[] {first(TR_STEM, BODY_TR_STEM, word), first(TR_FOLD, BODY_TR_FOLD, word),
          first(EN, BODY_EN, word)};
      if (WORD_ANALYSES.size() >= WORD_CACHE_MAX) {
        WORD_ANALYSES.clear();
      }
      WORD_ANALYSES.put(word, analyses);
    }
    return analyses;
  }

  private static String first(Analyzer analyzer, String field, String word) {
    List<String> terms = TextAnalysis.terms(analyzer, field, word);
    return terms.isEmpty() ? null : terms.get(0);
  }

  private static boolean isFollowUp(String question, List<Unit> units) {
    if (units.size() <= 2) {
      return true;
    }
    String lower = Synonyms.fold(question).toLowerCase(Locale.ROOT);
    for (String w : lower.split("[^\\p{L}\\p{N}]+")) {
      if (FOLLOW_UP_CUES.contains(w)) {
        return units.size() <= 5;
      }
    }
    return false;
  }

  /** Exposed for tests: the focus word of a question as {@link #contentWords} writes it, or null. */
  static String focusWord(String question) {
    Unit u = focus(question);
    return u == null ? null : u.fold() != null ? u.fold() : u.en();
  }

  /** Exposed for tests: the query words that count. */
  public static List<String> contentWords(String question) {
    List<String> out = new ArrayList<>();
    for (Unit u : units(question, 1)) {
      out.add(u.fold() != null ? u.fold() : u.en());
    }
    return out;
  }
}
