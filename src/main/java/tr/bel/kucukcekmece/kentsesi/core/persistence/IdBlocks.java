package tr.bel.kucukcekmece.kentsesi.core.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Ids for high-volume entities, from database sequences that step by {@value #BLOCK}: one sequence call reserves a
 * block of ids that threads then take without locking. (EclipseLink's own sequencing serialises every id behind a
 * lock and was the bottleneck of feedback submission under load.) The sequence is read through its own small
 * non-transactional pool, so a block is never waiting for a connection held by a request waiting for an id.
 */
@ApplicationScoped
public class IdBlocks {

  /** Every sequence in the migrations increments by this much. */
  public static final int BLOCK = 50;
  private static final Pattern NAME = Pattern.compile("[a-z_]+");

  @Resource(lookup = DataSourceConfiguration.SEQUENCE_JNDI_NAME)
  DataSource dataSource;

  private final Map<String, Block> blocks = new ConcurrentHashMap<>();
  private volatile Boolean postgres;

  /** The ids (last + 1 .. end] of one reserved block; {@code next} runs past {@code end} when it is used up. */
  private record Block(AtomicLong next, long end) {}

  /** The next id of {@code sequence}. */
  public long next(String sequence) {
    while (true) {
      Block block = blocks.get(sequence);
      if (block != null) {
        long id = block.next().getAndIncrement();
        if (id <= block.end()) {
          return id;
        }
      }
      refill(sequence, block);
    }
  }

  private synchronized void refill(String sequence, Block seen) {
    if (blocks.get(sequence) != seen) {
      return;
    }
    if (!NAME.matcher(sequence).matches()) {
      throw new IllegalArgumentException("not a sequence name: " + sequence);
    }
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      if (postgres == null) {
        postgres = c.getMetaData().getDatabaseProductName().contains("PostgreSQL");
      }
      try (ResultSet rs = s.executeQuery(postgres ? "select nextval('" + sequence + "')"
          : "select next value for " + sequence)) {
        rs.next();
        long end = rs.getLong(1);
        blocks.put(sequence, new Block(new AtomicLong(end - BLOCK + 1), end));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read sequence " + sequence + ": " + e.getMessage(), e);
    }
  }
}
