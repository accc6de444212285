package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import tr.bel.kucukcekmece.kentsesi.core.startup.PortalStarted;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex.ProposalDoc;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;

/**
 * Keeps the proposals' index in step with the database: rebuilt from the database at start when it
 * is missing (or holds fewer documents than there are proposals), on demand by an administrator,
 * and every ten minutes the "trending" figure (supports of the last seven days) of proposals whose
 * figure changed is rewritten.
 */
@ApplicationScoped
public class ProposalIndexer {

  private static final Logger LOG = Logger.getLogger(ProposalIndexer.class.getName());
  private static final int BATCH = 2000;

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject ProposalIndex index;

  @Inject ProposalIndexer self;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> trending;
  private final Map<Long, Integer> lastTrend = new HashMap<>();

  void onStart(@Observes @Priority(400) PortalStarted started) {
    for (String old : ProposalIndex.OLD_NAMES) {
      removeOldIndex(tr.bel.kucukcekmece.kentsesi.core.search.SearchIndexes.directoryOf(old));
    }
    long rows = self.count();
    if (index.size() < rows) {
      LOG.info(
          "Proposals index holds "
              + index.size()
              + " of "
              + rows
              + " proposals: rebuilding from the database");
      long n = rebuild();
      LOG.info("Proposals index rebuilt: " + n + " proposals");
    }
    if (scheduler != null && trending == null) {
      trending = scheduler.scheduleWithFixedDelay(this::refreshTrending, 10, 10, TimeUnit.MINUTES);
    }
  }

  /**
   * An index of an earlier format: this one is rebuilt from the database, so the old files only
   * take space.
   */
  private static void removeOldIndex(java.nio.file.Path dir) {
    if (!java.nio.file.Files.isDirectory(dir)) {
      return;
    }
    try (var files = java.nio.file.Files.walk(dir)) {
      for (java.nio.file.Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(f);
      }
      LOG.info("Removed the proposals index of an earlier format: " + dir);
    } catch (java.io.IOException e) {
      LOG.warning("Could not remove the old proposals index " + dir + ": " + e);
    }
  }

  @PreDestroy
  void stop() {
    if (trending != null) {
      trending.cancel(false);
    }
  }

  @Transactional
  public long count() {
    return ((Number) em.createNativeQuery("select count(*) from proposal").getSingleResult())
        .longValue();
  }

  /** Re-creates the whole index from the database; returns how many proposals it holds. */
  public long rebuild() {
    index.clear();
    Map<Long, Integer> trends = self.trends();
    Map<Long, Integer> comments = self.commentCounts();
    long after = -1;
    long n = 0;
    while (true) {
      List<ProposalDoc> docs = self.batch(after, trends, comments);
      if (docs.isEmpty()) {
        break;
      }
      for (ProposalDoc d : docs) {
        index.upsert(d, false);
      }
      n += docs.size();
      after = docs.get(docs.size() - 1).id();
    }
    // a rebuild is a bulk load: merged into one segment, the index is searched faster and no merge
    // runs later
    index.forceMerge();
    index.commit();
    index.refreshNow();
    synchronized (lastTrend) {
      lastTrend.clear();
      lastTrend.putAll(trends);
    }
    return n;
  }

  @Transactional
  public List<ProposalDoc> batch(
      long after, Map<Long, Integer> trends, Map<Long, Integer> comments) {
    List<Proposal> rows =
        em.createQuery("select p from Proposal p where p.id > :after order by p.id", Proposal.class)
            .setParameter("after", after)
            .setMaxResults(BATCH)
            .getResultList();
    List<ProposalDoc> out =
        rows.stream()
            .map(
                p ->
                    new ProposalDoc(
                        p.id(),
                        p.title(),
                        p.body(),
                        p.departmentCode(),
                        p.neighbourhoodCode(),
                        p.state().name(),
                        p.isPublic(),
                        p.createdAt().toInstant(java.time.ZoneOffset.UTC).toEpochMilli(),
                        p.supportCount(),
                        trends.getOrDefault(p.id(), 0),
                        p.answerDueDate() == null ? null : p.answerDueDate().toString(),
                        p.authorName(),
                        comments.getOrDefault(p.id(), 0)))
            .toList();
    em.clear();
    return out;
  }

  /** Supports of the last seven days per proposal. */
  @Transactional
  public Map<Long, Integer> trends() {
    Map<Long, Integer> out = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select proposal_id, count(*) from proposal_support where created_at >= ? "
                    + "group by proposal_id")
            .setParameter(1, Timestamp.valueOf(Times.nowUtc().minusDays(7)))
            .getResultList()) {
      Object[] r = (Object[]) row;
      out.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
    }
    return out;
  }

  @Transactional
  public Map<Long, Integer> commentCounts() {
    Map<Long, Integer> out = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select proposal_id, count(*) from proposal_comment where "
                    + "visibility = 'PUBLIC' and deleted = false group by proposal_id")
            .getResultList()) {
      Object[] r = (Object[]) row;
      out.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
    }
    return out;
  }

  /** Rewrites the documents whose seven-day support figure changed since the last run. */
  void refreshTrending() {
    try {
      Map<Long, Integer> now = self.trends();
      Map<Long, Integer> changed = new HashMap<>();
      synchronized (lastTrend) {
        for (var e : now.entrySet()) {
          if (!e.getValue().equals(lastTrend.get(e.getKey()))) {
            changed.put(e.getKey(), e.getValue());
          }
        }
        for (Long id : lastTrend.keySet()) {
          if (!now.containsKey(id)) {
            changed.put(id, 0);
          }
        }
        lastTrend.clear();
        lastTrend.putAll(now);
      }
      if (!changed.isEmpty()) {
        self.reindex(changed.keySet());
      }
    } catch (RuntimeException e) {
      LOG.warning("Refreshing trending proposals failed: " + e);
    }
  }

  @Transactional
  public void reindex(java.util.Collection<Long> ids) {
    for (Long id : ids) {
      Proposal p = em.find(Proposal.class, id);
      if (p != null) {
        index.upsert(ProposalRepository.doc(em, p), false);
      }
    }
  }
}
