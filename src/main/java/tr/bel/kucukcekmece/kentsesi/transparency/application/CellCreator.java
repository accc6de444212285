package tr.bel.kucukcekmece.kentsesi.transparency.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import tr.bel.kucukcekmece.kentsesi.core.persistence.DataSourceConfiguration;

/**
 * Creates an empty rollup cell in its own short autocommit step, outside the caller's transaction.
 * Two requests that need the same new cell at once both end up updating the one row: the loser's
 * insert fails on the key and is ignored. An empty row left behind by a rolled-back caller changes
 * no figure.
 */
@ApplicationScoped
public class CellCreator {

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void ensure(CellKey key, int stripe) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into transparency_cell (grain, period_month,"
                    + " department_code, item_code, stripe) values (?,?,?,?,?)")) {
      c.setAutoCommit(true);
      ps.setString(1, key.grain());
      ps.setDate(2, Date.valueOf(key.month()));
      ps.setString(3, key.department());
      ps.setString(4, key.item());
      ps.setShort(5, (short) stripe);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!isUniqueViolation(e)) {
        throw new IllegalStateException("rollup cell could not be created: " + e.getMessage(), e);
      }
    }
  }

  static boolean isUniqueViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if ("23505".equals(x.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
