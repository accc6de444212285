package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import tr.bel.kucukcekmece.kentsesi.core.persistence.DataSourceConfiguration;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFacts;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatistics;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;

/**
 * {@link FeedbackStatistics} in plain JDBC over the feedback table, streaming with a fetch size.
 */
@ApplicationScoped
public class JdbcFeedbackStatistics implements FeedbackStatistics {

  private static final String FACTS =
      "select id, kind, status, department_code, service_code, neighbourhood_code,"
          + " created_at, due_date, first_response_at, resolved_at, rating, resolution_rating, reopen_count from feedback";

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void scan(LocalDateTime fromUtc, LocalDateTime toUtc, Consumer<FeedbackFacts> sink) {
    StringBuilder sql = new StringBuilder(FACTS).append(" where 1 = 1");
    if (fromUtc != null) {
      sql.append(" and created_at >= ?");
    }
    if (toUtc != null) {
      sql.append(" and created_at < ?");
    }
    sql.append(" order by id");
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        int p = 1;
        if (fromUtc != null) {
          ps.setTimestamp(p++, Timestamp.valueOf(fromUtc));
        }
        if (toUtc != null) {
          ps.setTimestamp(p, Timestamp.valueOf(toUtc));
        }
        ps.setFetchSize(5000);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            sink.accept(facts(rs));
          }
        }
      } finally {
        c.rollback();
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "feedback statistics could not be read: " + e.getMessage(), e);
    }
  }

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public List<String> commentSample(
      Collection<String> departments, LocalDateTime fromUtc, LocalDateTime toUtc, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select comment_text from feedback where comment_text is not null and created_at >= ? and created_at < ?");
    if (departments != null) {
      sql.append(" and department_code in (");
      for (int i = 0; i < departments.size(); i++) {
        sql.append(i == 0 ? "?" : ",?");
      }
      sql.append(")");
    }
    sql.append(" order by id desc");
    List<String> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int p = 1;
      ps.setTimestamp(p++, Timestamp.valueOf(fromUtc));
      ps.setTimestamp(p++, Timestamp.valueOf(toUtc));
      if (departments != null) {
        for (String d : departments) {
          ps.setString(p++, d);
        }
      }
      ps.setMaxRows(limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("feedback comments could not be read: " + e.getMessage(), e);
    }
    return out;
  }

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public boolean anySubmissions() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select id from feedback fetch first 1 rows only");
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    } catch (SQLException e) {
      throw new IllegalStateException("feedback could not be read: " + e.getMessage(), e);
    }
  }

  private static FeedbackFacts facts(ResultSet rs) throws SQLException {
    Timestamp first = rs.getTimestamp(9);
    Timestamp resolved = rs.getTimestamp(10);
    int rating = rs.getInt(11);
    boolean noRating = rs.wasNull();
    int resolution = rs.getInt(12);
    boolean noResolution = rs.wasNull();
    return new FeedbackFacts(
        rs.getLong(1),
        FeedbackKind.valueOf(rs.getString(2)),
        FeedbackStatus.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getTimestamp(7).toLocalDateTime(),
        rs.getDate(8).toLocalDate(),
        first == null ? null : first.toLocalDateTime(),
        resolved == null ? null : resolved.toLocalDateTime(),
        noRating ? null : rating,
        noResolution ? null : resolution,
        rs.getInt(13));
  }
}
