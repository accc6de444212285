package tr.bel.kucukcekmece.kentsesi.assistant.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The answer engine's 22 tuned weights, read once and handed to its parts. Each can be set with the
 * key {@code kentsesi.assistant.w.<name>} (the name in brackets below); the defaults are the values
 * the evaluation figures were measured with.
 *
 * @param frame (frame) factor of a generic noun that only names the kind of answer asked for
 *     ("which year")
 * @param synonym (syn) factor of the words of a synonym group's other members added to the search
 * @param followUp (followup) factor of the previous question's words in a follow-up question
 * @param headBoost (qhead) boost of a term found in a passage's heading or title rather than its
 *     body
 * @param prefix (prefix) share of a question word a Turkish text covers by its folded four-letter
 *     prefix only
 * @param synonymCover (syncover) share of a question word a text covers by holding one of its
 *     synonyms instead
 * @param local (local) exponent of the passage-local weight: words found in few of a passage's
 *     sentences tell its sentences apart better than its topic words
 * @param focus (focus) how much more the focus word of a Turkish question counts when choosing
 *     sentences
 * @param window (cov) weight of a sentence's coverage of the question (passage-local word weights)
 * @param windowWithHeading (covhead) weight of the coverage of a sentence together with its heading
 * @param cue (cue) weight of a sentence carrying the kind of fact asked for (a date, a place, a
 *     list of documents)
 * @param first (first) bonus of a passage's first sentence
 * @param pairs (pairs, a number: above 0 is on) whether two consecutive sentences may be quoted
 *     together
 * @param relevance (rel) weight of a passage's search score relative to the best, in the re-ranking
 * @param passageCoverage (pcov) weight of the passage's coverage of the question, in the re-ranking
 * @param sentenceCoverage (sent) weight of the chosen sentence's coverage of the question, in the
 *     re-ranking
 * @param headingCoverage (head) weight of the heading's coverage of the question, in the re-ranking
 * @param headingReverse (hrev) weight of the share of the heading's own words the question holds,
 *     in the re-ranking
 * @param questionHeading (qq) weight of a question heading matching the question both ways (FAQ
 *     style)
 * @param sameKind (kind) bonus of a question heading asking for the same kind of fact as the
 *     question
 * @param followUpBonus (followupbonus) bonus in a follow-up of the passages of the previous
 *     answer's document: more than {@code sameKind} gains, so "peki ne kadar sürede?" stays on its
 *     topic
 * @param turkishShift (trshift) added to a Turkish question's confidence logit: a suffixed Turkish
 *     word meets its passage less often than an English word does (stems and prefixes catch most,
 *     not all), so the same coverage is better evidence in Turkish. 0.2 answers more right Turkish
 *     drafts (qa-parallel tr containment 0.742 → 0.755, municipal tr 0.818 → 0.839) and still
 *     declines 29 of the 30 unanswerable municipal questions; 0.3 answered one more of those.
 */
public record AnswerWeights(
    double frame,
    double synonym,
    double followUp,
    double headBoost,
    double prefix,
    double synonymCover,
    double local,
    double focus,
    double window,
    double windowWithHeading,
    double cue,
    double first,
    boolean pairs,
    double relevance,
    double passageCoverage,
    double sentenceCoverage,
    double headingCoverage,
    double headingReverse,
    double questionHeading,
    double sameKind,
    double followUpBonus,
    double turkishShift) {

  /** The keys' common prefix: {@code kentsesi.assistant.w.trshift} sets {@link #turkishShift}. */
  public static final String KEY_PREFIX = "kentsesi.assistant.w.";

  /**
   * Each weight's name (the key after {@link #KEY_PREFIX}) and its measured default, in the
   * record's order.
   */
  static final Map<String, Double> DEFAULTS = defaultsByName();

  private static Map<String, Double> defaultsByName() {
    Map<String, Double> d = new LinkedHashMap<>();
    d.put("frame", 0.6);
    d.put("syn", 0.5);
    d.put("followup", 0.25);
    d.put("qhead", 1.3);
    d.put("prefix", 0.5);
    d.put("syncover", 0.5);
    d.put("local", 1.0);
    d.put("focus", 2.0);
    d.put("cov", 0.55);
    d.put("covhead", 0.15);
    d.put("cue", 0.12);
    d.put("first", 0.03);
    d.put("pairs", 1.0);
    d.put("rel", 0.45);
    d.put("pcov", 0.6);
    d.put("sent", 0.2);
    d.put("head", 0.1);
    d.put("hrev", 0.1);
    d.put("qq", 0.15);
    d.put("kind", 0.15);
    d.put("followupbonus", 0.45);
    d.put("trshift", 0.2);
    return Collections.unmodifiableMap(d);
  }

  /** The measured weights, none configured. */
  public static AnswerWeights defaults() {
    return of(DEFAULTS::get);
  }

  /**
   * The weights as configured ({@link AssistantSettings#WEIGHTS}, checked at start), each unset one
   * at its default.
   */
  public static AnswerWeights fromSettings() {
    return of(name -> AssistantSettings.WEIGHTS.get(name).get());
  }

  /**
   * The weights from a source of values by key, each absent one at its default (the evaluation's
   * {@code -D} options).
   *
   * @throws IllegalArgumentException naming the key and the value when a value is not a finite
   *     number
   */
  public static AnswerWeights from(Function<String, Optional<String>> values) {
    return of(name -> number(values, name, DEFAULTS.get(name)));
  }

  private static AnswerWeights of(ToDoubleFunction<String> weight) {
    return new AnswerWeights(
        weight.applyAsDouble("frame"),
        weight.applyAsDouble("syn"),
        weight.applyAsDouble("followup"),
        weight.applyAsDouble("qhead"),
        weight.applyAsDouble("prefix"),
        weight.applyAsDouble("syncover"),
        weight.applyAsDouble("local"),
        weight.applyAsDouble("focus"),
        weight.applyAsDouble("cov"),
        weight.applyAsDouble("covhead"),
        weight.applyAsDouble("cue"),
        weight.applyAsDouble("first"),
        weight.applyAsDouble("pairs") > 0,
        weight.applyAsDouble("rel"),
        weight.applyAsDouble("pcov"),
        weight.applyAsDouble("sent"),
        weight.applyAsDouble("head"),
        weight.applyAsDouble("hrev"),
        weight.applyAsDouble("qq"),
        weight.applyAsDouble("kind"),
        weight.applyAsDouble("followupbonus"),
        weight.applyAsDouble("trshift"));
  }

  private static double number(
      Function<String, Optional<String>> values, String name, double fallback) {
    String key = KEY_PREFIX + name;
    Optional<String> value = values.apply(key);
    if (value.isEmpty()) {
      return fallback;
    }
    double number;
    try {
      number = Double.parseDouble(value.get().strip());
    } catch (NumberFormatException e) {
      throw malformed(key, value.get());
    }
    if (!Double.isFinite(number)) {
      throw malformed(key, value.get());
    }
    return number;
  }

  private static IllegalArgumentException malformed(String key, String value) {
    return new IllegalArgumentException("The setting " + key + " is not a number: '" + value + "'");
  }
}
