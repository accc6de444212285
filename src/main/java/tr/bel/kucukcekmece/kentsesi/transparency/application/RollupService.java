package tr.bel.kucukcekmece.kentsesi.transparency.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tr.bel.kucukcekmece.kentsesi.core.persistence.DataSourceConfiguration;
import tr.bel.kucukcekmece.kentsesi.core.startup.PortalStarted;
import tr.bel.kucukcekmece.kentsesi.feedback.application.FeedbackBulkLoaded;
import tr.bel.kucukcekmece.kentsesi.feedback.application.FeedbackFacts;
import tr.bel.kucukcekmece.kentsesi.feedback.application.FeedbackFactsChanged;
import tr.bel.kucukcekmece.kentsesi.feedback.application.FeedbackStatistics;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Measures;

/**
 * Keeps the rollup cells equal to what a full recomputation from the feedback table would give: every change of a
 * submission adds (its contribution after − before) to its cells, in the transaction of the change, so figures and
 * submissions commit or roll back together. Bulk loads, and a first start over existing data, rebuild from the table.
 */
@ApplicationScoped
public class RollupService {

  /** How many rows a hot cell is spread over (by submission id), so concurrent submissions rarely wait on a lock. */
  public static final int STRIPES = 8;

  private static final Logger LOG = Logger.getLogger(RollupService.class.getName());

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Inject
  CellCreator creator;

  @Inject
  FeedbackStatistics statistics;

  /** In the transaction that changed the submission (a synchronous observer). */
  void onFactsChanged(@Observes FeedbackFactsChanged change) {
    apply(change.before(), change.after());
  }

  void onBulkLoaded(@Observes FeedbackBulkLoaded loaded) {
    long t0 = System.nanoTime();
    long rows = rebuild();
    LOG.info(String.format("Transparency rollups rebuilt from %d feedback rows in %.1f s.", rows,
        (System.nanoTime() - t0) / 1e9));
  }

  /** On a start over feedback that has no rollups yet (an upgraded installation), build them once. */
  void onStart(@Observes @Priority(260) PortalStarted started) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      boolean cells;
      try (ResultSet rs = s.executeQuery("select count(*) from transparency_cell where grain = 'D'")) {
        rs.next();
        cells = rs.getLong(1) > 0;
      }
      boolean feedback;
      try (ResultSet rs = s.executeQuery("select count(*) from feedback")) {
        rs.next();
        feedback = rs.getLong(1) > 0;
      }
      if (!cells && feedback) {
        onBulkLoaded(new FeedbackBulkLoaded(0));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("transparency rollups could not be checked: " + e.getMessage(), e);
    }
  }

  /** Adds (after − before) to the cells of both; either may be null. Joins the caller's transaction. */
  @Transactional
  public void apply(FeedbackFacts before, FeedbackFacts after) {
    Map<CellKey, long[]> deltas = new TreeMap<>(CellKey.ORDER);
    if (before != null) {
      long[] v = Measures.contribution(before);
      for (CellKey k : CellKey.of(before)) {
        Measures.add(deltas.computeIfAbsent(k, x -> new long[Measures.SIZE]), v, -1);
      }
    }
    if (after != null) {
      long[] v = Measures.contribution(after);
      for (CellKey k : CellKey.of(after)) {
        Measures.add(deltas.computeIfAbsent(k, x -> new long[Measures.SIZE]), v, 1);
      }
    }
    long id = after != null ? after.id() : before.id();
    int stripe = (int) Math.floorMod(id, (long) STRIPES);
    for (Map.Entry<CellKey, long[]> e : deltas.entrySet()) {
      if (!Measures.isZero(e.getValue())) {
        update(e.getKey(), stripe, e.getValue());
      }
    }
  }

  private void update(CellKey key, int stripe, long[] delta) {
    StringBuilder sql = new StringBuilder("update transparency_cell set ");
    List<Long> values = new ArrayList<>();
    for (int i = 0; i < Measures.SIZE; i++) {
      if (delta[i] != 0) {
        String col = Measures.COLUMNS.get(i);
        sql.append(values.isEmpty() ? "" : ", ").append(col).append(" = ").append(col).append(" + ?")
            .append(values.size() + 1);
        values.add(delta[i]);
      }
    }
    int p = values.size();
    sql.append(" where grain = ?").append(p + 1).append(" and period_month = ?").append(p + 2)
        .append(" and department_code = ?").append(p + 3).append(" and item_code = ?").append(p + 4)
        .append(" and stripe = ?").append(p + 5);
    for (int attempt = 0; attempt < 2; attempt++) {
      Query q = em.createNativeQuery(sql.toString());
      for (int i = 0; i < values.size(); i++) {
        q.setParameter(i + 1, values.get(i));
      }
      q.setParameter(p + 1, key.grain());
      q.setParameter(p + 2, Date.valueOf(key.month()));
      q.setParameter(p + 3, key.department());
      q.setParameter(p + 4, key.item());
      q.setParameter(p + 5, (short) stripe);
      if (q.executeUpdate() > 0) {
        return;
      }
      creator.ensure(key, stripe);
    }
    throw new IllegalStateException("rollup cell could not be updated: " + key);
  }

  /** The figures a full recomputation from the feedback table gives, per cell. */
  public Map<CellKey, long[]> recompute() {
    Map<CellKey, long[]> cells = new HashMap<>();
    statistics.scan(null, null, f -> {
      long[] v = Measures.contribution(f);
      for (CellKey k : CellKey.of(f)) {
        Measures.add(cells.computeIfAbsent(k, x -> new long[Measures.SIZE]), v, 1);
      }
    });
    return cells;
  }

  /** The stored cells summed over their stripes; cells whose measures are all zero are left out. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Map<CellKey, long[]> stored() {
    Map<CellKey, long[]> cells = new HashMap<>();
    StringBuilder sql = new StringBuilder("select grain, period_month, department_code, item_code");
    for (String col : Measures.COLUMNS) {
      sql.append(", ").append(col);
    }
    sql.append(" from transparency_cell");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql.toString())) {
      while (rs.next()) {
        CellKey k = new CellKey(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4));
        long[] v = cells.computeIfAbsent(k, x -> new long[Measures.SIZE]);
        for (int i = 0; i < Measures.SIZE; i++) {
          v[i] += rs.getLong(5 + i);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    cells.values().removeIf(Measures::isZero);
    return cells;
  }

  /**
   * Replaces every cell by a recomputation from the feedback table (one stripe per cell). Returns the number of
   * submissions read. For bulk loads and tests; live changes keep flowing through {@link #apply}.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public synchronized long rebuild() {
    long[] count = new long[1];
    Map<CellKey, long[]> cells = new HashMap<>();
    statistics.scan(null, null, f -> {
      count[0]++;
      long[] v = Measures.contribution(f);
      for (CellKey k : CellKey.of(f)) {
        Measures.add(cells.computeIfAbsent(k, x -> new long[Measures.SIZE]), v, 1);
      }
    });
    StringBuilder sql = new StringBuilder("insert into transparency_cell (grain, period_month, department_code,"
        + " item_code, stripe");
    for (String col : Measures.COLUMNS) {
      sql.append(", ").append(col);
    }
    sql.append(") values (?,?,?,?,?");
    sql.append(",?".repeat(Measures.SIZE)).append(")");
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
        s.executeUpdate("delete from transparency_cell");
        int batch = 0;
        for (Map.Entry<CellKey, long[]> e : cells.entrySet()) {
          CellKey k = e.getKey();
          ps.setString(1, k.grain());
          ps.setDate(2, Date.valueOf(k.month()));
          ps.setString(3, k.department());
          ps.setString(4, k.item());
          ps.setShort(5, (short) 0);
          long[] v = e.getValue();
          for (int i = 0; i < Measures.SIZE; i++) {
            ps.setLong(6 + i, v[i]);
          }
          ps.addBatch();
          if (++batch % 500 == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("transparency rollups could not be rebuilt: " + e.getMessage(), e);
    }
    return count[0];
  }
}
