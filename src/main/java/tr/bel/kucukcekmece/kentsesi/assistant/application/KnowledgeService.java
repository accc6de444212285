package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.*;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.KnowledgeDocument;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.KnowledgeParser;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.search.SearchIndexes;
import tr.bel.kucukcekmece.kentsesi.core.startup.PortalStarted;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;

/**
 * The knowledge index for the application's life. At start it brings the index in line with the
 * knowledge directory ({@code KENTSESI_KNOWLEDGE_DIR}): only documents whose content changed are
 * re-indexed, removed files are dropped, and an index of an older format is rebuilt. Editors
 * re-index on demand (a background job with progress) and upload documents, which are stored as
 * Markdown under {@code uploads/} in the knowledge directory and indexed at once.
 */
@ApplicationScoped
public class KnowledgeService {

  public static final String INDEX = "knowledge";
  public static final String FORMAT = "assistant-2";
  private static final Logger LOG = Logger.getLogger(KnowledgeService.class.getName());

  /** Progress of a (re-)indexing run. */
  public record Progress(
      String state,
      int total,
      int done,
      int changed,
      int removed,
      LocalDateTime startedAt,
      LocalDateTime finishedAt,
      String error) {
    static Progress idle() {
      return new Progress("IDLE", 0, 0, 0, 0, null, null, null);
    }
  }

  /** A stored document as the source page shows it. */
  public record StoredDocument(
      String id,
      String title,
      String lang,
      String department,
      String url,
      String updated,
      List<KnowledgeDocument.Section> sections) {}

  @Inject SearchIndexes indexes;

  @Resource ManagedExecutorService executor;

  @Inject UserTransaction transaction;

  private volatile KnowledgeBase base;
  private volatile Progress progress = Progress.idle();
  private final Object runLock = new Object();

  void onStart(@Observes @Priority(320) PortalStarted started) {
    open();
    try {
      synchronize(false);
    } catch (RuntimeException e) {
      LOG.warning("Knowledge indexing at start failed: " + e);
    }
  }

  public Path directory() {
    return AssistantSettings.KNOWLEDGE_DIR.get();
  }

  private synchronized KnowledgeBase open() {
    if (base == null) {
      double threshold = AssistantSettings.THRESHOLD.get();
      base =
          new KnowledgeBase(
              indexes.index(INDEX, KnowledgeFields.analyzer(), null),
              KnowledgeBase.synonyms(directory()),
              threshold,
              AnswerWeights.fromSettings());
    }
    return base;
  }

  public KnowledgeBase base() {
    return base != null ? base : open();
  }

  public Progress progress() {
    return progress;
  }

  /** Starts a full re-index in the background unless one is running; returns its progress. */
  public Progress startReindex() {
    synchronized (runLock) {
      if ("RUNNING".equals(progress.state())) {
        return progress;
      }
      progress = new Progress("RUNNING", 0, 0, 0, 0, Times.nowUtc(), null, null);
    }
    executor.submit(
        () -> {
          try {
            synchronize(true);
          } catch (RuntimeException e) {
            LOG.warning("Re-indexing failed: " + e);
          }
        });
    return progress;
  }

  /**
   * Brings the index in line with the directory. {@code force} re-indexes every document (and
   * re-reads the synonym list); otherwise only changed ones.
   */
  public Progress synchronize(boolean force) {
    synchronized (runLock) {
      LocalDateTime started = Times.nowUtc();
      try {
        KnowledgeBase kb = base();
        if (force) {
          double threshold = kb.engine().threshold();
          base =
              kb =
                  new KnowledgeBase(
                      kb.index(),
                      KnowledgeBase.synonyms(directory()),
                      threshold,
                      kb.engine().weights());
        }
        boolean rebuild = force || !FORMAT.equals(kb.index().commitData().get("format"));
        Map<String, String> indexed = rebuild ? Map.of() : indexedHashes();
        if (rebuild) {
          kb.index().deleteAll();
        }
        Path dir = directory();
        List<Path> files = KnowledgeBase.files(dir);
        progress = new Progress("RUNNING", files.size(), 0, 0, 0, started, null, null);
        Set<String> present = new HashSet<>();
        int changed = 0;
        int done = 0;
        for (Path file : files) {
          KnowledgeDocument d;
          try {
            d = KnowledgeBase.read(dir, file);
          } catch (RuntimeException e) {
            LOG.warning("Knowledge file " + file + " skipped: " + e.getMessage());
            continue;
          }
          if (!present.add(d.id())) {
            LOG.warning(
                "Knowledge file " + file + " repeats the id " + d.id() + "; the first one is kept");
            continue;
          }
          if (!d.hash().equals(indexed.get(d.id()))) {
            KnowledgeDocuments.write(kb.index(), d, dir.relativize(file).toString());
            changed++;
          }
          done++;
          progress = new Progress("RUNNING", files.size(), done, changed, 0, started, null, null);
        }
        int removed = 0;
        for (String id : indexed.keySet()) {
          if (!present.contains(id)) {
            kb.index().delete(new Term(DOCUMENT_ID, id));
            removed++;
          }
        }
        kb.index().setCommitData(Map.of("format", FORMAT));
        if (changed > 0 || removed > 0) {
          // read-mostly: one segment makes every question's term look-ups cheaper
          kb.index().forceMerge(1);
        }
        kb.index().commit();
        kb.index().refreshNow();
        progress =
            new Progress(
                "DONE", files.size(), done, changed, removed, started, Times.nowUtc(), null);
        LOG.info(
            "Knowledge index: "
                + done
                + " documents, "
                + changed
                + " (re)indexed, "
                + removed
                + " removed, "
                + kb.passageCount()
                + " passages, in "
                + java.time.Duration.between(started, Times.nowUtc()).toMillis()
                + " ms");
        return progress;
      } catch (RuntimeException e) {
        progress =
            new Progress(
                "FAILED",
                progress.total(),
                progress.done(),
                0,
                0,
                started,
                Times.nowUtc(),
                e.getClass().getSimpleName());
        throw e;
      }
    }
  }

  /** Document id → content hash of what the index holds. */
  private Map<String, String> indexedHashes() {
    return base()
        .index()
        .search(
            searcher -> {
              Map<String, String> out = new HashMap<>();
              int max = Math.max(1, searcher.getIndexReader().maxDoc());
              TopDocs all = searcher.search(new MatchAllDocsQuery(), max);
              StoredFields stored = searcher.storedFields();
              for (ScoreDoc sd : all.scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(DOCUMENT_ID, HASH));
                out.put(d.get(DOCUMENT_ID), d.get(HASH));
              }
              return out;
            });
  }

  /** A document's passages as indexed, in order. */
  public Optional<StoredDocument> document(String id) {
    if (id == null || id.isBlank() || id.length() > 200) {
      return Optional.empty();
    }
    return base()
        .index()
        .search(
            searcher -> {
              TopDocs hits = searcher.search(new TermQuery(new Term(DOCUMENT_ID, id)), 1000);
              if (hits.scoreDocs.length == 0) {
                return Optional.empty();
              }
              StoredFields stored = searcher.storedFields();
              List<Document> docs = new ArrayList<>();
              for (ScoreDoc sd : hits.scoreDocs) {
                docs.add(stored.document(sd.doc));
              }
              docs.sort(
                  (a, b) ->
                      Integer.compare(
                          a.getField(ORDINAL).numericValue().intValue(),
                          b.getField(ORDINAL).numericValue().intValue()));
              List<KnowledgeDocument.Section> sections = new ArrayList<>();
              for (Document d : docs) {
                sections.add(new KnowledgeDocument.Section(d.get(HEADING), d.get(TEXT)));
              }
              Document first = docs.get(0);
              return Optional.of(
                  new StoredDocument(
                      id,
                      first.get(TITLE),
                      first.get(LANG),
                      first.get(DEPARTMENT),
                      first.get(URL),
                      first.get(UPDATED),
                      sections));
            });
  }

  /**
   * Stores an uploaded file as Markdown under uploads/ and indexes it; returns the indexed
   * document. The file and whatever {@code inTransaction} writes to the database (the audit row)
   * are one unit: the file is written to a temporary name, {@code inTransaction} runs, the file is
   * moved into place (a file it replaces is kept aside), and only then is the transaction
   * committed. If anything before or during the commit fails, the transaction is rolled back and
   * the file put back as it was, so neither the file nor the row is left. The index, which is
   * derived from the files (and brought in line with them at every start), is updated after the
   * commit.
   */
  public KnowledgeDocument importDocument(
      String filename, String contentType, byte[] body, Consumer<KnowledgeDocument> inTransaction) {
    String markdown = DocumentImporter.toMarkdown(filename, contentType, body);
    String provisionalId =
        KnowledgeParser.idFromPath(filename == null || filename.isBlank() ? "upload" : filename);
    KnowledgeDocument parsed = KnowledgeParser.parse(provisionalId + ".md", markdown);
    Path dir = directory();
    Path target =
        dir.resolve("uploads").resolve(parsed.id().replaceAll("[^a-z0-9._-]", "-") + ".md");
    KnowledgeDocument stored = KnowledgeParser.parse(dir.relativize(target).toString(), markdown);
    synchronized (runLock) {
      Path temp = null;
      Path kept = null;
      boolean placed = false;
      boolean committed = false;
      try {
        Files.createDirectories(target.getParent());
        temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        Files.writeString(temp, markdown, StandardCharsets.UTF_8);
        transaction.begin();
        inTransaction.accept(stored);
        if (Files.exists(target)) {
          kept = Files.createTempFile(target.getParent(), ".replaced-", ".tmp");
          Files.move(
              target, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        placed = true;
        transaction.commit();
        committed = true;
      } catch (IOException | UncheckedIOException e) {
        throw new ApiException(409, "knowledge.upload.notWritable");
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("Upload transaction failed", e);
      } finally {
        if (!committed) {
          undo(temp, target, kept, placed);
        }
        deleteQuietly(committed ? kept : null);
      }
      KnowledgeDocuments.write(base().index(), stored, dir.relativize(target).toString());
      base().index().forceMerge(1);
      base().index().commit();
      base().index().refreshNow();
      return stored;
    }
  }

  /**
   * Rolls the transaction back (if one is open) and puts the files back as they were before the
   * upload.
   */
  private void undo(Path temp, Path target, Path kept, boolean placed) {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (Exception e) {
      LOG.warning("Upload transaction could not be rolled back: " + e.getClass().getSimpleName());
    }
    deleteQuietly(temp);
    try {
      if (placed) {
        Files.deleteIfExists(target);
      }
      if (kept != null) {
        Files.move(
            kept, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      LOG.warning(
          "Upload could not be undone in "
              + target.getParent()
              + ": "
              + e.getClass().getSimpleName());
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.warning("Temporary upload file not removed: " + e.getClass().getSimpleName());
      }
    }
  }
}
