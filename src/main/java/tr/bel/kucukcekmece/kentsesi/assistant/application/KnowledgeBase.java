package tr.bel.kucukcekmece.kentsesi.assistant.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.KnowledgeDocument;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.KnowledgeParser;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.Synonyms;
import tr.bel.kucukcekmece.kentsesi.core.search.LuceneIndex;

/**
 * A knowledge index and the answer engine over it. The portal keeps one on disk for its life (see
 * the knowledge service); the evaluation command and tests build one in memory from documents.
 */
public final class KnowledgeBase {

  public static final String SYNONYMS_FILE = "synonyms.txt";

  private final LuceneIndex index;
  private final AnswerEngine engine;

  public KnowledgeBase(
      LuceneIndex index, Synonyms synonyms, double threshold, AnswerWeights weights) {
    this.index = index;
    this.engine = new AnswerEngine(index, synonyms, threshold, weights);
  }

  /** A knowledge base in memory holding {@code documents}, its engine at the default weights. */
  public static KnowledgeBase inMemory(List<KnowledgeDocument> documents) {
    return inMemory(documents, AnswerWeights.defaults());
  }

  /** A knowledge base in memory holding {@code documents}, its engine at {@code weights}. */
  public static KnowledgeBase inMemory(List<KnowledgeDocument> documents, AnswerWeights weights) {
    KnowledgeBase kb =
        new KnowledgeBase(
            LuceneIndex.inMemory("knowledge", KnowledgeFields.analyzer(), null),
            defaultSynonyms(),
            AnswerEngine.DEFAULT_THRESHOLD,
            weights);
    for (KnowledgeDocument d : documents) {
      KnowledgeDocuments.write(kb.index, d, d.id());
    }
    kb.index.commit();
    kb.index.refreshNow();
    return kb;
  }

  public AnswerEngine engine() {
    return engine;
  }

  public LuceneIndex index() {
    return index;
  }

  public int passageCount() {
    return index.size();
  }

  /** Knowledge files a directory holds: Markdown and plain text, recursively, in a stable order. */
  public static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(
              p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".txt"))
                    && !n.equals(SYNONYMS_FILE)
                    && !n.startsWith(".")
                    && !n.equalsIgnoreCase("readme.md");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses every knowledge file of a directory. */
  public static List<KnowledgeDocument> readDirectory(Path dir) {
    List<KnowledgeDocument> out = new ArrayList<>();
    for (Path p : files(dir)) {
      out.add(read(dir, p));
    }
    return out;
  }

  public static KnowledgeDocument read(Path dir, Path file) {
    try {
      return KnowledgeParser.parse(
          dir.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The synonym list: {@code synonyms.txt} in the knowledge directory if there is one, else the
   * shipped list.
   */
  public static Synonyms synonyms(Path knowledgeDir) {
    Path own = knowledgeDir == null ? null : knowledgeDir.resolve(SYNONYMS_FILE);
    if (own != null && Files.isRegularFile(own)) {
      try {
        return Synonyms.parse(Files.readString(own, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return defaultSynonyms();
  }

  public static Synonyms defaultSynonyms() {
    try (InputStream in = KnowledgeBase.class.getResourceAsStream("/assistant/synonyms.txt")) {
      return in == null
          ? Synonyms.none()
          : Synonyms.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
