package tr.bel.kucukcekmece.kentsesi.assistant.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tr.bel.kucukcekmece.kentsesi.core.persistence.DataSourceConfiguration;
import tr.bel.kucukcekmece.kentsesi.core.persistence.IdBlocks;

/**
 * The assistant's question log. Each reply is queued and written in batches every 200 ms (one
 * commit per batch, so the log does not slow answering); a rating or an editors' read first writes
 * what is queued. Questions and answers arrive already masked of personal data.
 */
@ApplicationScoped
public class QuestionLog {

  public static final String SEQUENCE = "assistant_question_seq";
  private static final Logger LOG = Logger.getLogger(QuestionLog.class.getName());

  /** One logged reply. */
  public record Entry(
      long id,
      String conversationId,
      LocalDateTime askedAt,
      String language,
      String question,
      String topicKey,
      boolean answered,
      String answer,
      double confidence,
      String documentId,
      String liveType) {}

  /** A group of similar questions for the editors. */
  public record Group(String topic, String example, long count, LocalDateTime lastAskedAt) {}

  /** Counts for the transparency figures. */
  public record Totals(long asked, long answered, long rated, long helpful) {}

  public enum Rated {
    OK,
    UNKNOWN,
    ALREADY
  }

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject IdBlocks ids;

  private final ConcurrentLinkedQueue<Entry> pending = new ConcurrentLinkedQueue<>();
  private final ReentrantLock writing = new ReentrantLock();
  private ScheduledFuture<?> flusher;

  @PostConstruct
  void start() {
    flusher = scheduler.scheduleWithFixedDelay(this::flushQuietly, 200, 200, TimeUnit.MILLISECONDS);
  }

  public long nextId() {
    return ids.next(SEQUENCE);
  }

  public void add(Entry e) {
    pending.add(e);
  }

  /** Writes everything queued so far (in one transaction). */
  public void flush() {
    writing.lock();
    try {
      List<Entry> batch = new ArrayList<>();
      Entry e;
      while ((e = pending.poll()) != null) {
        batch.add(e);
      }
      if (batch.isEmpty()) {
        return;
      }
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO assistant_question (id, conversation_id, asked_at, language, question, topic_key, answered,"
                      + " answer_text, confidence, document_id, live_type) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
        for (Entry x : batch) {
          ps.setLong(1, x.id());
          ps.setString(2, x.conversationId());
          ps.setTimestamp(3, Timestamp.valueOf(x.askedAt()));
          ps.setString(4, x.language());
          ps.setString(5, cut(x.question(), 1000));
          ps.setString(6, cut(x.topicKey(), 200));
          ps.setBoolean(7, x.answered());
          ps.setString(8, cut(x.answer(), 400));
          ps.setDouble(9, x.confidence());
          ps.setString(10, cut(x.documentId(), 200));
          ps.setString(11, x.liveType());
          ps.addBatch();
        }
        c.setAutoCommit(false);
        ps.executeBatch();
        c.commit();
        c.setAutoCommit(true);
      } catch (SQLException ex) {
        pending.addAll(batch);
        throw new IllegalStateException("question log write failed", ex);
      }
    } finally {
      writing.unlock();
    }
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.warning("Question log: " + e.getMessage() + "; will retry");
    }
  }

  /** Records a resident's rating of an answer, once. */
  public Rated rate(long answerId, boolean helpful, String comment, LocalDateTime at) {
    flush();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE assistant_question SET helpful = ?, rating_comment = ?,"
                  + " rated_at = ? WHERE id = ? AND helpful IS NULL")) {
        ps.setBoolean(1, helpful);
        if (comment == null) {
          ps.setNull(2, Types.VARCHAR);
        } else {
          ps.setString(2, cut(comment, 1000));
        }
        ps.setTimestamp(3, Timestamp.valueOf(at));
        ps.setLong(4, answerId);
        if (ps.executeUpdate() == 1) {
          return Rated.OK;
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement("SELECT 1 FROM assistant_question WHERE id = ?")) {
        ps.setLong(1, answerId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Rated.ALREADY : Rated.UNKNOWN;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Unanswered ({@code unhelpful=false}) or rated-unhelpful questions, grouped by topic, most
   * frequent first.
   */
  public List<Group> groups(boolean unhelpful, int limit) {
    flush();
    String where = unhelpful ? "helpful = FALSE" : "answered = FALSE";
    String sql =
        "SELECT topic_key, MIN(question), COUNT(*), MAX(asked_at) FROM assistant_question WHERE "
            + where
            + " GROUP BY topic_key ORDER BY COUNT(*) DESC, MAX(asked_at) DESC";
    List<Group> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setMaxRows(limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Group(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getLong(3),
                  rs.getTimestamp(4).toLocalDateTime()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** One logged entry as stored (for tests and the editors). */
  public java.util.Optional<Entry> find(long id) {
    flush();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, conversation_id, asked_at, language, question, topic_key, answered, answer_text, confidence,"
                    + " document_id, live_type FROM assistant_question WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return java.util.Optional.empty();
        }
        return java.util.Optional.of(
            new Entry(
                rs.getLong(1),
                rs.getString(2),
                rs.getTimestamp(3).toLocalDateTime(),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getBoolean(7),
                rs.getString(8),
                rs.getDouble(9),
                rs.getString(10),
                rs.getString(11)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Questions asked, answered, rated and rated helpful in [from, to). */
  public Totals totals(LocalDateTime from, LocalDateTime to) {
    String sql =
        "SELECT COUNT(*), SUM(CASE WHEN answered THEN 1 ELSE 0 END), SUM(CASE WHEN helpful IS NOT NULL"
            + " THEN 1 ELSE 0 END), SUM(CASE WHEN helpful THEN 1 ELSE 0 END) FROM assistant_question"
            + " WHERE asked_at >= ? AND asked_at < ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setTimestamp(1, Timestamp.valueOf(from));
      ps.setTimestamp(2, Timestamp.valueOf(to));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  @PreDestroy
  void stop() {
    if (flusher != null) {
      flusher.cancel(false);
    }
    flushQuietly();
  }
}
