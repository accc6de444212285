package tr.bel.kucukcekmece.kentsesi.core.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One Lucene index for the application's life: a single {@link IndexWriter} and a {@link
 * SearcherManager} over it (near-real-time). Searches go through {@link #search(SearchFunction)},
 * which acquires and releases the searcher; writes are idempotent through {@link #upsert(Term,
 * Document)}. {@link SearchIndexes} owns the instances, refreshes them in the background and closes
 * them at shutdown.
 */
public final class LuceneIndex implements Closeable {

  /** A read against one point-in-time searcher. */
  @FunctionalInterface
  public interface SearchFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private final String name;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Similarity similarity;

  private LuceneIndex(String name, Directory directory, Analyzer analyzer, Similarity similarity)
      throws IOException {
    this.name = name;
    this.directory = directory;
    this.similarity = similarity;
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    if (similarity != null) {
      config.setSimilarity(similarity);
    }
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens (or creates) an index in {@code dir}. A {@code null} similarity keeps Lucene's BM25
   * defaults.
   */
  public static LuceneIndex open(String name, Path dir, Analyzer analyzer, Similarity similarity) {
    try {
      Files.createDirectories(dir);
      return new LuceneIndex(name, FSDirectory.open(dir), analyzer, similarity);
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene index " + name + " cannot be opened in " + dir, e);
    }
  }

  /** An index held in memory (tests, evaluation, rebuildable caches). */
  public static LuceneIndex inMemory(String name, Analyzer analyzer, Similarity similarity) {
    try {
      return new LuceneIndex(name, new ByteBuffersDirectory(), analyzer, similarity);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String name() {
    return name;
  }

  /** Runs a read on a freshly acquired searcher and releases it. */
  public <T> T search(SearchFunction<T> read) {
    IndexSearcher searcher = null;
    try {
      searcher = searchers.acquire();
      if (similarity != null) {
        searcher.setSimilarity(similarity);
      }
      return read.apply(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene index " + name + " cannot be read", e);
    } finally {
      if (searcher != null) {
        try {
          searchers.release(searcher);
        } catch (IOException e) {
          // The searcher is released as far as Lucene can; nothing to recover here.
        }
      }
    }
  }

  /** Adds or replaces the document whose key term is {@code id}. */
  public void upsert(Term id, Document document) {
    try {
      writer.updateDocument(id, document);
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene index " + name + " cannot be written", e);
    }
  }

  public void delete(Term id) {
    try {
      writer.deleteDocuments(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(Query query) {
    try {
      writer.deleteDocuments(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void deleteAll() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The user data of the last commit (e.g. a format version the owner checks to decide on a
   * rebuild).
   */
  public java.util.Map<String, String> commitData() {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    Iterable<java.util.Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> out.put(e.getKey(), e.getValue()));
      return out;
    }
    return search(
        s ->
            s.getIndexReader() instanceof org.apache.lucene.index.DirectoryReader d
                ? new java.util.HashMap<>(d.getIndexCommit().getUserData())
                : out);
  }

  /** Sets the user data the next commit stores. */
  public void setCommitData(java.util.Map<String, String> data) {
    writer.setLiveCommitData(new java.util.HashMap<>(data).entrySet());
  }

  /**
   * Merges the index down to at most {@code segments} segments (for read-mostly indexes after a
   * bulk change).
   */
  public void forceMerge(int segments) {
    try {
      writer.forceMerge(segments);
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene index " + name + " cannot be merged", e);
    }
  }

  /** Makes writes durable. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene index " + name + " cannot be committed", e);
    }
  }

  /**
   * Makes writes visible to the next search, waiting for the reopen (a request that must read its
   * own write).
   */
  public void refreshNow() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes writes visible if a reopen is not already running (the background refresher). */
  public void refresh() {
    try {
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Documents visible to searches now. */
  public int size() {
    return search(s -> s.getIndexReader().numDocs());
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
