package tr.bel.kucukcekmece.kentsesi.transparency.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import tr.bel.kucukcekmece.kentsesi.core.persistence.DataSourceConfiguration;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Measures;

/**
 * Sums of rollup cells over a range of months, grouped by one dimension. Reads only the rollup
 * table.
 */
@ApplicationScoped
public class CellQueries {

  /** What to group by. */
  public enum By {
    DEPARTMENT("department_code"),
    ITEM("item_code"),
    MONTH("period_month");

    final String column;

    By(String column) {
      this.column = column;
    }
  }

  private static final String SUMS;

  static {
    StringBuilder s = new StringBuilder();
    for (String col : Measures.COLUMNS) {
      s.append(", sum(").append(col).append(")");
    }
    SUMS = s.toString();
  }

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  /** Department-month sums (grain D): a few hundred rows however many submissions there are. */
  public record DepartmentMonths(
      Map<String, long[]> byDepartment, Map<String, long[]> byMonth, long[] total) {}

  /**
   * One read of the department-month cells of a period (departments null: all), summed per
   * department, per month and in total.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public DepartmentMonths departmentMonths(
      LocalDate fromMonth, LocalDate toMonth, Collection<String> departments) {
    Map<String, long[]> byDepartment = new LinkedHashMap<>();
    Map<String, long[]> byMonth = new LinkedHashMap<>();
    long[] total = new long[Measures.SIZE];
    if (departments != null && departments.isEmpty()) {
      return new DepartmentMonths(byDepartment, byMonth, total);
    }
    StringBuilder sql = new StringBuilder("select period_month, department_code");
    for (String col : Measures.COLUMNS) {
      sql.append(", ").append(col);
    }
    sql.append(
        " from transparency_cell where grain = 'D' and period_month >= ? and period_month <= ?");
    if (departments != null) {
      sql.append(" and department_code in (")
          .append(",?".repeat(departments.size()).substring(1))
          .append(")");
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int p = 1;
      ps.setDate(p++, Date.valueOf(fromMonth));
      ps.setDate(p++, Date.valueOf(toMonth));
      if (departments != null) {
        for (String d : departments) {
          ps.setString(p++, d);
        }
      }
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long[] m =
              byMonth.computeIfAbsent(
                  rs.getDate(1).toLocalDate().toString(), k -> new long[Measures.SIZE]);
          long[] d = byDepartment.computeIfAbsent(rs.getString(2), k -> new long[Measures.SIZE]);
          for (int i = 0; i < Measures.SIZE; i++) {
            long v = rs.getLong(3 + i);
            m[i] += v;
            d[i] += v;
            total[i] += v;
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "transparency figures could not be read: " + e.getMessage(), e);
    }
    return new DepartmentMonths(byDepartment, byMonth, total);
  }

  /**
   * The summed measures of cells of {@code grain} with months in [{@code fromMonth}, {@code
   * toMonth}], in the departments (null: all), grouped; keys in the order of the grouping column
   * (months as ISO dates).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Map<String, long[]> sums(
      String grain, By by, LocalDate fromMonth, LocalDate toMonth, Collection<String> departments) {
    if (departments != null && departments.isEmpty()) {
      return new LinkedHashMap<>();
    }
    StringBuilder sql =
        new StringBuilder("select ")
            .append(by.column)
            .append(SUMS)
            .append(
                " from transparency_cell where grain = ? and period_month >= ? and period_month <= ?");
    if (departments != null) {
      sql.append(" and department_code in (");
      for (int i = 0; i < departments.size(); i++) {
        sql.append(i == 0 ? "?" : ",?");
      }
      sql.append(")");
    }
    sql.append(" group by ").append(by.column).append(" order by ").append(by.column);
    Map<String, long[]> out = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int p = 1;
      ps.setString(p++, grain);
      ps.setDate(p++, Date.valueOf(fromMonth));
      ps.setDate(p++, Date.valueOf(toMonth));
      if (departments != null) {
        for (String d : departments) {
          ps.setString(p++, d);
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String key = by == By.MONTH ? rs.getDate(1).toLocalDate().toString() : rs.getString(1);
          long[] v = new long[Measures.SIZE];
          for (int i = 0; i < Measures.SIZE; i++) {
            v[i] = rs.getLong(2 + i);
          }
          out.put(key, v);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "transparency figures could not be read: " + e.getMessage(), e);
    }
    return out;
  }
}
