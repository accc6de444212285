package tr.bel.kucukcekmece.kentsesi.transparency.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackBulkLoaded;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFacts;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFactsBatch;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFactsChanged;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatistics;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Measures;

/**
 * Keeps the rollup cells equal to what a full recomputation from the feedback table would give:
 * every change of a submission adds (its contribution after − before) to its cells, in the
 * transaction of the change, so figures and submissions commit or roll back together. Bulk loads,
 * and a first start over existing data, rebuild from the table.
 */
@ApplicationScoped
public class RollupService {

  /**
   * How many rows a hot cell is spread over (by submission id), so concurrent submissions rarely
   * wait on a lock.
   */
  public static final int STRIPES = 8;

  private static final Logger LOG = Logger.getLogger(RollupService.class.getName());

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Inject CellCreator creator;

  @Inject FeedbackStatistics statistics;

  /** In the transaction that changed the submission (a synchronous observer). */
  void onFactsChanged(@Observes FeedbackFactsChanged change) {
    applyAll(List.of(change));
  }

  /** In the transaction that stored a batch of new submissions (a synchronous observer). */
  void onFactsBatch(@Observes FeedbackFactsBatch batch) {
    applyAll(batch.changes());
  }

  void onBulkLoaded(@Observes FeedbackBulkLoaded loaded) {
    long t0 = System.nanoTime();
    long rows = rebuild();
    LOG.info(
        String.format(
            "Transparency rollups rebuilt from %d feedback rows in %.1f s.",
            rows, (System.nanoTime() - t0) / 1e9));
  }

  /**
   * On a start over feedback that has no rollups yet (an upgraded installation), build them once.
   */
  void onStart(@Observes @Priority(260) PortalStarted started) {
    boolean cells;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from transparency_cell where grain = 'D'")) {
      rs.next();
      cells = rs.getLong(1) > 0;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "transparency rollups could not be checked: " + e.getMessage(), e);
    }
    if (!cells && statistics.anySubmissions()) {
      onBulkLoaded(new FeedbackBulkLoaded(0));
    }
  }

  /**
   * Adds (after − before) to the cells of both; either may be null. Joins the caller's transaction.
   */
  @Transactional
  public void apply(FeedbackFacts before, FeedbackFacts after) {
    applyAll(List.of(new FeedbackFactsChanged(before, after)));
  }

  /**
   * Adds every change's (after − before) to its cells, summed per cell first, so a batch of
   * submissions costs one update per cell it touches. All cells of one call are updated in one
   * stripe (that of the first change's submission), in {@link CellKey#ORDER}, by one JDBC batch on
   * the transaction's own connection. Joins the caller's transaction.
   */
  @Transactional
  public void applyAll(List<FeedbackFactsChanged> changes) {
    if (changes.isEmpty()) {
      return;
    }
    Map<CellKey, long[]> deltas = new TreeMap<>(CellKey.ORDER);
    for (FeedbackFactsChanged change : changes) {
      add(deltas, change.before(), -1);
      add(deltas, change.after(), 1);
    }
    deltas.values().removeIf(Measures::isZero);
    if (deltas.isEmpty()) {
      return;
    }
    FeedbackFactsChanged first = changes.get(0);
    long id = first.after() != null ? first.after().id() : first.before().id();
    int stripe = (int) Math.floorMod(id, (long) STRIPES);
    // One statement for all cells: the columns any of them changes (adding 0 to the others).
    boolean[] used = new boolean[Measures.SIZE];
    for (long[] d : deltas.values()) {
      for (int i = 0; i < Measures.SIZE; i++) {
        used[i] |= d[i] != 0;
      }
    }
    List<Integer> columns = new ArrayList<>();
    StringBuilder sql = new StringBuilder("update transparency_cell set ");
    for (int i = 0; i < Measures.SIZE; i++) {
      if (used[i]) {
        String col = Measures.COLUMNS.get(i);
        sql.append(columns.isEmpty() ? "" : ", ")
            .append(col)
            .append(" = ")
            .append(col)
            .append(" + ?");
        columns.add(i);
      }
    }
    sql.append(
        " where grain = ? and period_month = ? and department_code = ? and item_code = ? and stripe = ?");
    Connection c = em.unwrap(Connection.class);
    List<CellKey> keys = new ArrayList<>(deltas.keySet());
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (CellKey key : keys) {
        bind(ps, columns, deltas.get(key), key, stripe);
        ps.addBatch();
      }
      int[] counts = ps.executeBatch();
      for (int k = 0; k < keys.size(); k++) {
        if (counts[k]
            == 0) { // a cell not yet created (counts are exact for updates on H2 and PostgreSQL)
          CellKey key = keys.get(k);
          creator.ensure(key, stripe);
          bind(ps, columns, deltas.get(key), key, stripe);
          if (ps.executeUpdate() == 0) {
            throw new IllegalStateException("rollup cell could not be updated: " + key);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("rollup cells could not be updated: " + e.getMessage(), e);
    }
  }

  private static void add(Map<CellKey, long[]> deltas, FeedbackFacts facts, int sign) {
    if (facts != null) {
      long[] v = Measures.contribution(facts);
      for (CellKey k : CellKey.of(facts)) {
        Measures.add(deltas.computeIfAbsent(k, x -> new long[Measures.SIZE]), v, sign);
      }
    }
  }

  private static void bind(
      PreparedStatement ps, List<Integer> columns, long[] delta, CellKey key, int stripe)
      throws SQLException {
    int p = 1;
    for (int i : columns) {
      ps.setLong(p++, delta[i]);
    }
    ps.setString(p++, key.grain());
    ps.setDate(p++, Date.valueOf(key.month()));
    ps.setString(p++, key.department());
    ps.setString(p++, key.item());
    ps.setShort(p, (short) stripe);
  }

  /** The figures a full recomputation from the feedback table gives, per cell. */
  public Map<CellKey, long[]> recompute() {
    Map<CellKey, long[]> cells = new HashMap<>();
    statistics.scan(null, null, f -> add(cells, f, 1));
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
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql.toString())) {
      while (rs.next()) {
        CellKey k =
            new CellKey(
                rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4));
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
   * Replaces every cell by a recomputation from the feedback table (one stripe per cell). Returns
   * the number of submissions read. For bulk loads and tests; live changes keep flowing through
   * {@link #apply}.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public synchronized long rebuild() {
    long[] count = new long[1];
    Map<CellKey, long[]> cells = new HashMap<>();
    statistics.scan(
        null,
        null,
        f -> {
          count[0]++;
          add(cells, f, 1);
        });
    StringBuilder sql =
        new StringBuilder(
            "insert into transparency_cell (grain, period_month, department_code,"
                + " item_code, stripe");
    for (String col : Measures.COLUMNS) {
      sql.append(", ").append(col);
    }
    sql.append(") values (?,?,?,?,?");
    sql.append(",?".repeat(Measures.SIZE)).append(")");
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement();
          PreparedStatement ps = c.prepareStatement(sql.toString())) {
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
      throw new IllegalStateException(
          "transparency rollups could not be rebuilt: " + e.getMessage(), e);
    }
    return count[0];
  }
}
