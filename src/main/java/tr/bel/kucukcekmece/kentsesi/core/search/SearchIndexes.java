package tr.bel.kucukcekmece.kentsesi.core.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.similarities.Similarity;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;

/**
 * Owns every Lucene index of the application: each opened once under {@code <data
 * dir>/index/<name>}, refreshed in the background every 250 ms and committed every 5 s when it has
 * changes, and closed at shutdown.
 */
@ApplicationScoped
public class SearchIndexes {

  private static final Logger LOG = Logger.getLogger(SearchIndexes.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  private final Map<String, LuceneIndex> open = new ConcurrentHashMap<>();
  private ScheduledFuture<?> refresher;
  private ScheduledFuture<?> committer;

  @PostConstruct
  void start() {
    if (scheduler != null) {
      refresher =
          scheduler.scheduleWithFixedDelay(this::refreshAll, 250, 250, TimeUnit.MILLISECONDS);
      committer = scheduler.scheduleWithFixedDelay(this::commitAll, 5, 5, TimeUnit.SECONDS);
    }
  }

  /** The index of this name, opened on first use with the given analyzer and similarity. */
  public LuceneIndex index(String name, Analyzer analyzer, Similarity similarity) {
    return open.computeIfAbsent(
        name, n -> LuceneIndex.open(n, directoryOf(n), analyzer, similarity));
  }

  public static Path directoryOf(String name) {
    return CoreSettings.dataDir().resolve("index").resolve(name);
  }

  private void refreshAll() {
    for (LuceneIndex index : open.values()) {
      try {
        index.refresh();
      } catch (RuntimeException e) {
        LOG.warning("Refreshing index " + index.name() + " failed: " + e);
      }
    }
  }

  private void commitAll() {
    for (LuceneIndex index : open.values()) {
      try {
        index.commit();
      } catch (RuntimeException e) {
        LOG.warning("Committing index " + index.name() + " failed: " + e);
      }
    }
  }

  @PreDestroy
  public void stop() {
    if (refresher != null) {
      refresher.cancel(false);
      committer.cancel(false);
    }
    for (LuceneIndex index : open.values()) {
      try {
        index.commit();
        index.close();
      } catch (RuntimeException e) {
        LOG.warning("Closing index " + index.name() + " failed: " + e);
      }
    }
    open.clear();
  }
}
