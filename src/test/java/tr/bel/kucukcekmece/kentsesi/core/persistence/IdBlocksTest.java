package tr.bel.kucukcekmece.kentsesi.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdBlocksTest {

  private JdbcDataSource h2;
  private IdBlocks ids;

  @BeforeEach
  void database() throws Exception {
    h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:idblocks-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SEQUENCE one_seq START WITH 50 INCREMENT BY 50");
      s.execute("CREATE SEQUENCE two_seq START WITH 50 INCREMENT BY 50");
    }
    ids = new IdBlocks();
    ids.dataSource = h2;
  }

  private long sequenceValue(String name) throws Exception {
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = '"
                    + name.toUpperCase()
                    + "'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void idsFromManyThreadsAreDistinctAndFewAreReservedUnused() throws Exception {
    int threads = 8;
    int each = 5_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Long>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String sequence = t % 2 == 0 ? "one_seq" : "two_seq";
        futures.add(
            pool.submit(
                () -> {
                  List<Long> got = new ArrayList<>(each);
                  for (int i = 0; i < each; i++) {
                    got.add(ids.next(sequence));
                  }
                  return got;
                }));
      }
      Set<Long> one = new HashSet<>();
      Set<Long> two = new HashSet<>();
      for (int t = 0; t < threads; t++) {
        for (long id : futures.get(t).get()) {
          assertTrue(id >= 1, "ids start at 1");
          assertTrue((t % 2 == 0 ? one : two).add(id), "id handed out twice: " + id);
        }
      }
      assertEquals(threads / 2 * each, one.size());
      assertEquals(threads / 2 * each, two.size());
    } finally {
      pool.shutdownNow();
    }
    // 20,000 ids of a sequence are 400 blocks; spares are reserved 20 blocks a time, so beyond the
    // ids used at most a
    // few fetches' worth is reserved and never used
    long reservedPerFetch = (long) IdBlocks.BLOCK * IdBlocks.BLOCKS_PER_FETCH;
    for (String sequence : List.of("one_seq", "two_seq")) {
      long reserved = sequenceValue(sequence) - IdBlocks.BLOCK;
      assertTrue(reserved >= 20_000, sequence + " reserved " + reserved);
      assertTrue(reserved <= 20_000 + 3 * reservedPerFetch, sequence + " reserved " + reserved);
    }
  }

  @Test
  void aSingleThreadGetsConsecutiveIdsInsideABlock() {
    long first = ids.next("one_seq");
    for (int i = 1; i < IdBlocks.BLOCK; i++) {
      assertEquals(first + i, ids.next("one_seq"));
    }
  }

  @Test
  void onlySequenceNamesAreAccepted() {
    assertThrows(IllegalArgumentException.class, () -> ids.next("one_seq; drop table x"));
  }
}
