package tr.bel.kucukcekmece.kentsesi.assistant.eval;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tr.bel.kucukcekmece.kentsesi.assistant.application.AnswerEngine;
import tr.bel.kucukcekmece.kentsesi.assistant.application.AnswerWeights;
import tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeBase;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.KnowledgeDocument;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.SentenceSplitter;

/**
 * The assistant's evaluation command (not a test): loads each data set as the knowledge content,
 * asks every question through {@link AnswerEngine#ask} (the code path of {@code POST
 * /api/assistant/ask}) and prints, per data set and language, passage R@1, R@5, MRR, answer
 * containment@1 and the share answered, plus a calibration table.
 *
 * <p>Run: {@code bash src/eval/assistant-eval.sh} (arguments: dev-data directory, municipal
 * question file, knowledge directory). The engine's weights are the defaults but for those given as
 * {@code -Dkentsesi.assistant.w.<name>=} options (see {@link AnswerWeights}).
 *
 * <p>Longer than the ~400 lines we aim for: it is one report program: reading four data sets,
 * asking, and printing the metrics and the calibration table.
 */
public final class AssistantEvaluation {

  /**
   * One question: its language, text, the gold passage ids (any counts) and gold answer texts (any
   * counts).
   */
  record Item(
      String lang,
      String question,
      List<String> goldPassages,
      List<String> goldDocs,
      List<String> answers) {}

  static final class Tally {
    int n;
    int r1;
    int r5;
    double mrr;
    int contained;
    int draftContained;
    int goldInPassage;
    int goldInWindow;
    int answered;
    int withAnswers;
    final Map<Integer, int[]> calibration = new TreeMap<>();

    void print(String name) {
      System.out.printf(
          Locale.ROOT,
          "%-26s n=%4d  R@1=%.3f  R@5=%.3f  MRR=%.3f  contain@1=%s (draft %s)  answered=%.3f%n",
          name,
          n,
          r1 / (double) n,
          r5 / (double) n,
          mrr / n,
          withAnswers == 0
              ? "  -  "
              : String.format(Locale.ROOT, "%.3f", contained / (double) withAnswers),
          withAnswers == 0
              ? "  -  "
              : String.format(Locale.ROOT, "%.3f", draftContained / (double) withAnswers),
          answered / (double) n);
      if (withAnswers > 0) {
        System.out.printf(
            Locale.ROOT,
            "%-26s ceiling of sentence choice: gold text in the cited passage %.3f, in one of "
                + "its quotable windows %.3f%n",
            "",
            goldInPassage / (double) withAnswers,
            goldInWindow / (double) withAnswers);
      }
    }
  }

  public static void main(String[] args) throws IOException {
    Path dev = Path.of(args.length > 0 ? args[0] : "../shared/dev-data");
    Path municipal = Path.of(args.length > 1 ? args[1] : "src/eval/municipal-questions.tsv");
    Path knowledge = Path.of(args.length > 2 ? args[2] : "index");
    String only = System.getProperty("eval.only", "");
    AnswerWeights weights = AnswerWeights.from(key -> Optional.ofNullable(System.getProperty(key)));

    Map<String, Tally> all = new java.util.LinkedHashMap<>();
    if (only.isEmpty() || only.equals("qa-parallel")) {
      List<KnowledgeDocument> docs = new ArrayList<>();
      List<Item> items = new ArrayList<>();
      for (String lang : List.of("en", "tr")) {
        squad(dev.resolve("qa-parallel/" + lang + ".json"), "xquad-" + lang, lang, docs, items);
      }
      run("qa-parallel", docs, items, weights, all);
    }
    if (only.isEmpty() || only.equals("qa-tr-history")) {
      List<KnowledgeDocument> docs = new ArrayList<>();
      List<Item> items = new ArrayList<>();
      squad(dev.resolve("qa-tr-history/final_dev_data_v2.json"), "thquad", "tr", docs, items);
      run("qa-tr-history", docs, items, weights, all);
    }
    if (only.isEmpty() || only.equals("gov-faq-en")) {
      List<KnowledgeDocument> docs = new ArrayList<>();
      List<Item> items = new ArrayList<>();
      faq(dev.resolve("gov-faq-en"), docs, items);
      run("gov-faq-en", docs, items, weights, all);
    }
    if ((only.isEmpty() || only.equals("municipal")) && Files.exists(municipal)) {
      List<KnowledgeDocument> docs = KnowledgeBase.readDirectory(knowledge);
      List<Item> items = municipal(municipal);
      run("municipal", docs, items, weights, all);
    }
    System.out.println();
    System.out.println("Summary");
    all.forEach((name, t) -> t.print(name));
  }

  static void run(
      String set,
      List<KnowledgeDocument> docs,
      List<Item> items,
      AnswerWeights weights,
      Map<String, Tally> all) {
    long t0 = System.nanoTime();
    KnowledgeBase kb = KnowledgeBase.inMemory(docs, weights);
    long built = System.nanoTime();
    Map<String, Tally> tallies = new TreeMap<>();
    Map<Integer, int[]> calibration = new TreeMap<>();
    int negatives = 0;
    int negativesDeclined = 0;
    double[] sweep = {0.25, 0.3, 0.35, 0.4, 0.45, 0.5};
    int[] sweepHits = new int[sweep.length];
    int[] sweepDeclined = new int[sweep.length];
    int withGold = 0;
    for (Item item : items) {
      AnswerEngine.Result r = kb.engine().ask(item.question(), item.lang(), null);
      if (item.goldPassages().isEmpty() && item.goldDocs().isEmpty()) {
        negatives++;
        for (int k = 0; k < sweep.length; k++) {
          if (r.confidence() < sweep[k]) {
            sweepDeclined[k]++;
          }
        }
        if (!r.answered()) {
          negativesDeclined++;
        }
        if (Boolean.getBoolean("eval.misses") && r.answered()) {
          System.out.println(
              "ANSWERED-UNANSWERABLE ["
                  + item.lang()
                  + "] "
                  + item.question()
                  + " | conf="
                  + r.confidence()
                  + " | "
                  + r.answer());
        }
        bucket(calibration, r.confidence(), false);
        continue;
      }
      Tally t = tallies.computeIfAbsent(item.lang(), k -> new Tally());
      t.n++;
      int rank = 0;
      for (int i = 0; i < r.ranked().size(); i++) {
        AnswerEngine.Citation c = r.ranked().get(i);
        if (item.goldPassages().contains(c.passageId())
            || item.goldDocs().contains(c.documentId())) {
          rank = i + 1;
          break;
        }
      }
      if (rank == 1) {
        t.r1++;
      }
      if (rank >= 1 && rank <= 5) {
        t.r5++;
      }
      if (rank > 0) {
        t.mrr += 1.0 / rank;
      }
      if (r.answered()) {
        t.answered++;
      }
      boolean correct = rank == 1;
      if (Boolean.getBoolean("eval.misses") && rank != 1 && item.answers().isEmpty()) {
        System.out.println(
            "RMISS ["
                + item.lang()
                + "] "
                + item.question()
                + " | rank="
                + rank
                + " | got="
                + (r.ranked().isEmpty() ? "-" : r.ranked().get(0).heading()));
      }
      if (!item.answers().isEmpty()) {
        t.withAnswers++;
        boolean hit = holdsGold(r.answer(), item.answers());
        if (hit) {
          t.contained++;
        }
        boolean draftHit = holdsGold(r.draft(), item.answers());
        if (draftHit) {
          t.draftContained++;
        }
        if (!r.citations().isEmpty()) {
          // the ceiling of sentence choice: does the cited passage hold the gold text, and does a
          // window the answer
          // can quote whole (a sentence, or two consecutive ones, within the answer's 300
          // characters) hold it?
          String passage = r.citations().get(0).passage();
          List<String> sentences = SentenceSplitter.split(passage);
          boolean inWindow = false;
          for (int i = 0; i < sentences.size() && !inWindow; i++) {
            String one = sentences.get(i);
            String two = i + 1 < sentences.size() ? one + " " + sentences.get(i + 1) : null;
            inWindow =
                one.length() <= AnswerEngine.MAX_ANSWER_CHARS && holdsGold(one, item.answers())
                    || two != null
                        && two.length() <= AnswerEngine.MAX_ANSWER_CHARS
                        && holdsGold(two, item.answers());
          }
          t.goldInPassage += holdsGold(passage, item.answers()) ? 1 : 0;
          t.goldInWindow += inWindow ? 1 : 0;
        }
        withGold++;
        for (int k = 0; k < sweep.length; k++) {
          if (draftHit && r.confidence() >= sweep[k]) {
            sweepHits[k]++;
          }
        }
        correct = draftHit;
        if (Boolean.getBoolean("eval.misses") && !hit) {
          String info = "nocite";
          if (!r.citations().isEmpty()) {
            String passage = r.citations().get(0).passage();
            info = "notinpassage";
            if (holdsGold(passage, item.answers())) {
              info = "acrosssentences";
              for (String s1 : SentenceSplitter.split(passage)) {
                if (holdsGold(s1, item.answers())) {
                  info = "sentlen=" + s1.length();
                  break;
                }
              }
            }
          }
          System.out.println(
              "MISS ["
                  + item.lang()
                  + "] "
                  + info
                  + " rank="
                  + rank
                  + " "
                  + item.question()
                  + " | gold="
                  + item.answers()
                  + " | draft="
                  + r.draft()
                  + " | conf="
                  + r.confidence());
        }
      }
      bucket(calibration, r.confidence(), correct);
    }
    // -Deval.timing=N: asks the set N more times and prints the engine's time per question over the
    // last half
    int timing = Integer.getInteger("eval.timing", 0);
    if (timing > 0) {
      long spent = 0;
      long asked = 0;
      for (int rep = 0; rep < timing; rep++) {
        long start = System.nanoTime();
        for (Item item : items) {
          kb.engine().ask(item.question(), item.lang(), null);
        }
        if (rep >= timing / 2) {
          spent += System.nanoTime() - start;
          asked += items.size();
        }
      }
      System.out.printf(
          Locale.ROOT,
          "engine time (%s, one thread, rounds %d–%d): %.0f µs per question%n",
          set,
          timing / 2 + 1,
          timing,
          spent / 1000.0 / asked);
    }
    System.out.printf(
        Locale.ROOT,
        "%n== %s: %d documents, %d passages indexed in %d ms; %d questions in %d ms%n",
        set,
        docs.size(),
        kb.passageCount(),
        (built - t0) / 1_000_000,
        items.size(),
        (System.nanoTime() - built) / 1_000_000);
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      e.getValue().print(set + " [" + e.getKey() + "]");
      all.put(set + " [" + e.getKey() + "]", e.getValue());
    }
    if (negatives > 0) {
      System.out.printf(
          Locale.ROOT,
          "unanswerable questions: %d, declined (\"I don't know\"): %d (%.3f)%n",
          negatives,
          negativesDeclined,
          negativesDeclined / (double) negatives);
    }
    if (Boolean.getBoolean("eval.sweep")) {
      for (int k = 0; k < sweep.length; k++) {
        System.out.printf(
            Locale.ROOT,
            "  threshold %.2f: contain@1 %.3f, unanswerable declined %s%n",
            sweep[k],
            withGold == 0 ? 0 : sweepHits[k] / (double) withGold,
            negatives == 0
                ? "-"
                : String.format(Locale.ROOT, "%.3f", sweepDeclined[k] / (double) negatives));
      }
    }
    System.out.println(
        "calibration (confidence bin → share correct: the draft answer contains the gold text, or R@1 where there is no gold text)");
    for (Map.Entry<Integer, int[]> e : calibration.entrySet()) {
      int[] v = e.getValue();
      System.out.printf(
          Locale.ROOT,
          "  %.1f–%.1f  n=%4d  correct=%.2f%n",
          e.getKey() / 10.0,
          (e.getKey() + 1) / 10.0,
          v[0],
          v[1] / (double) v[0]);
    }
  }

  static void bucket(Map<Integer, int[]> calibration, double confidence, boolean correct) {
    int b = Math.min(9, (int) Math.floor(confidence * 10));
    int[] v = calibration.computeIfAbsent(b, k -> new int[2]);
    v[0]++;
    if (correct) {
      v[1]++;
    }
  }

  /** NFC, Turkish-aware lower case, whitespace folded (the data set README's comparison). */
  /**
   * Whether the text (null for none) contains one of the gold answers, compared after {@link
   * #norm}.
   */
  static boolean holdsGold(String text, List<String> answers) {
    if (text == null) {
      return false;
    }
    String t = norm(text);
    for (String gold : answers) {
      if (!gold.isBlank() && t.contains(norm(gold))) {
        return true;
      }
    }
    return false;
  }

  static String norm(String s) {
    String n =
        Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.forLanguageTag("tr"));
    return n.replace('’', '\'').replaceAll("\\s+", " ").trim();
  }

  static void squad(
      Path file, String prefix, String lang, List<KnowledgeDocument> docs, List<Item> items)
      throws IOException {
    JsonObject root;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonReader jr = Json.createReader(r)) {
      root = jr.readObject();
    }
    JsonArray data = root.getJsonArray("data");
    for (int a = 0; a < data.size(); a++) {
      JsonObject article = data.getJsonObject(a);
      String id = prefix + "-" + a;
      String title = article.containsKey("title") ? article.getString("title") : id;
      List<KnowledgeDocument.Section> sections = new ArrayList<>();
      JsonArray paragraphs = article.getJsonArray("paragraphs");
      for (int p = 0; p < paragraphs.size(); p++) {
        JsonObject para = paragraphs.getJsonObject(p);
        sections.add(
            new KnowledgeDocument.Section(
                title, para.getString("context").replaceAll("\\s+", " ").trim()));
        String passageId = id + "#" + p;
        for (JsonValue qv : para.getJsonArray("qas")) {
          JsonObject qa = qv.asJsonObject();
          List<String> answers = new ArrayList<>();
          for (JsonValue av : qa.getJsonArray("answers")) {
            answers.add(av.asJsonObject().getString("text"));
          }
          items.add(
              new Item(lang, qa.getString("question"), List.of(passageId), List.of(), answers));
        }
      }
      docs.add(new KnowledgeDocument(id, title, lang, null, null, null, sections, id));
    }
  }

  static void faq(Path dir, List<KnowledgeDocument> docs, List<Item> items) throws IOException {
    List<List<String>> faq = Csv.read(Files.readString(dir.resolve("faq_covidbert.csv")));
    Map<String, List<String>> byQuestion = new HashMap<>();
    List<String> header = faq.get(0);
    int qi = header.indexOf("question");
    int ai = header.indexOf("answer");
    for (int i = 1; i < faq.size(); i++) {
      List<String> row = faq.get(i);
      if (row.size() <= Math.max(qi, ai)) {
        continue;
      }
      String id = "faq-" + i;
      String q = row.get(qi).trim();
      byQuestion.computeIfAbsent(key(q), k -> new ArrayList<>()).add(id);
      docs.add(
          new KnowledgeDocument(
              id,
              q,
              "en",
              null,
              null,
              null,
              List.of(new KnowledgeDocument.Section(q, row.get(ai).replaceAll("\\s+", " ").trim())),
              id));
    }
    List<List<String>> pairs =
        Csv.read(Files.readString(dir.resolve("eval_question_similarity_en.csv")));
    for (int i = 1; i < pairs.size(); i++) {
      List<String> row = pairs.get(i);
      if (row.size() < 3 || !row.get(2).trim().equals("1")) {
        continue;
      }
      List<String> ids = byQuestion.get(key(row.get(0)));
      if (ids != null) {
        // FAQ items with the very same question (several agencies) are all correct matches
        items.add(new Item("en", row.get(1), List.of(), List.copyOf(ids), List.of()));
      }
    }
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
  }

  /**
   * The municipal set: lang, question, documentId ("-" for a question the content cannot answer),
   * answer.
   */
  static List<Item> municipal(Path file) throws IOException {
    List<Item> items = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (f.length < 3 || f[1].isBlank()) {
        continue;
      }
      boolean negative = f[2].trim().equals("-");
      items.add(
          new Item(
              f[0].trim(),
              f[1].trim(),
              List.of(),
              negative ? List.of() : List.of(f[2].trim()),
              negative || f.length < 4 || f[3].isBlank() ? List.of() : List.of(f[3].trim())));
    }
    return items;
  }

  /** Enough CSV (RFC 4180: quotes, doubled quotes, line breaks inside quotes). */
  static final class Csv {
    static List<List<String>> read(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              field.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          field.append(c);
        }
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
