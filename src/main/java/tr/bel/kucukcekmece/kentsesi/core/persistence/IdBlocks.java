package tr.bel.kucukcekmece.kentsesi.core.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Ids for high-volume entities, from database sequences that step by {@value #BLOCK}: one sequence
 * value reserves a block of ids that threads then take without locking. (EclipseLink's own
 * sequencing serialises every id behind a lock and was the bottleneck of feedback submission under
 * load.) Each sequence keeps spare blocks, reserved {@value #BLOCKS_PER_FETCH} at a time in one
 * round trip and topped up by the request that finds them running low, so requests seldom wait for
 * the database to get an id and never wait for another sequence's refill. The sequence is read
 * through its own small non-transactional pool, so a block is never waiting for a connection held
 * by a request waiting for an id.
 */
@ApplicationScoped
public class IdBlocks {

  /** Every sequence in the migrations increments by this much. */
  public static final int BLOCK = 50;

  /** Blocks reserved in one round trip to the database. */
  static final int BLOCKS_PER_FETCH = 20;

  private static final Pattern NAME = Pattern.compile("[a-z_]+");

  @Resource(lookup = DataSourceConfiguration.SEQUENCE_JNDI_NAME)
  DataSource dataSource;

  private final Map<String, Source> sources = new ConcurrentHashMap<>();
  private volatile Boolean postgres;

  /**
   * The ids (last + 1 .. end] of one reserved block; {@code next} runs past {@code end} when it is
   * used up.
   */
  private record Block(AtomicLong next, long end) {}

  /** The next id of {@code sequence}. */
  public long next(String sequence) {
    Source source = sources.get(sequence);
    if (source == null) {
      if (!NAME.matcher(sequence).matches()) {
        throw new IllegalArgumentException("not a sequence name: " + sequence);
      }
      source = sources.computeIfAbsent(sequence, Source::new);
    }
    return source.next();
  }

  /** One sequence: the block in use and the spare ones, as the ends of their id ranges. */
  private final class Source {
    private final String sequence;
    private volatile Block current = new Block(new AtomicLong(1), 0);
    private final Queue<Long> spare = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean topping = new AtomicBoolean();

    Source(String sequence) {
      this.sequence = sequence;
    }

    long next() {
      while (true) {
        Block block = current;
        long id = block.next().getAndIncrement();
        if (id <= block.end()) {
          return id;
        }
        advance(block);
      }
    }

    /**
     * Moves on to a spare block (fetching some when there are none), then tops the spares up when
     * they run low.
     */
    private void advance(Block used) {
      synchronized (this) {
        if (current == used) {
          Long end = spare.poll();
          if (end == null) {
            fetch();
            end = spare.poll();
          }
          current = new Block(new AtomicLong(end - BLOCK + 1), end);
        }
      }
      if (spare.size() < BLOCKS_PER_FETCH / 2 && topping.compareAndSet(false, true)) {
        try {
          fetch();
        } finally {
          topping.set(false);
        }
      }
    }

    /**
     * Reserves {@value #BLOCKS_PER_FETCH} blocks in one round trip (H2 is in the process: one call
     * each).
     */
    private void fetch() {
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        if (postgres == null) {
          postgres = c.getMetaData().getDatabaseProductName().contains("PostgreSQL");
        }
        if (postgres) {
          try (ResultSet rs =
              s.executeQuery(
                  "select nextval('"
                      + sequence
                      + "') from generate_series(1, "
                      + BLOCKS_PER_FETCH
                      + ")")) {
            while (rs.next()) {
              spare.add(rs.getLong(1));
            }
          }
        } else {
          for (int i = 0; i < BLOCKS_PER_FETCH; i++) {
            try (ResultSet rs = s.executeQuery("select next value for " + sequence)) {
              rs.next();
              spare.add(rs.getLong(1));
            }
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(
            "cannot read sequence " + sequence + ": " + e.getMessage(), e);
      }
    }
  }
}
