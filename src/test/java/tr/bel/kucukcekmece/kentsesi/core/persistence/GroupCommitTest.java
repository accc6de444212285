package tr.bel.kucukcekmece.kentsesi.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

  /** A store that "commits" a batch into a set, slowly enough that items queue up behind it. */
  private static final class SlowStore {
    final Set<Integer> committed = ConcurrentHashMap.newKeySet();
    final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
    final Set<Integer> bad;
    final java.util.concurrent.atomic.AtomicInteger failedBatches =
        new java.util.concurrent.atomic.AtomicInteger();

    /** The item whose single-item store waits for {@link #release} (null: none waits). */
    final Integer held;

    SlowStore(Set<Integer> bad) {
      this(bad, null);
    }

    SlowStore(Set<Integer> bad, Integer held) {
      this.bad = bad;
      this.held = held;
    }

    List<String> batch(List<Integer> items) {
      sleep(5);
      if (items.stream().anyMatch(bad::contains)) {
        failedBatches.incrementAndGet();
        throw new IllegalStateException("unique violation in batch");
      }
      batchSizes.add(items.size());
      committed.addAll(items);
      return items.stream().map(i -> "ok-" + i).toList();
    }

    /** Counted down when the writer has taken the held item alone and is storing it. */
    final CountDownLatch holding = new CountDownLatch(1);

    /**
     * The held item is stored only when the test releases it: the writer stays busy while the test
     * queues more.
     */
    final CountDownLatch release = new CountDownLatch(1);

    String one(Integer item) {
      if (item.equals(held)) {
        holding.countDown();
        try {
          if (!release.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released item " + item);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      if (bad.contains(item)) {
        throw new IllegalArgumentException("bad " + item);
      }
      batchSizes.add(1);
      committed.add(item);
      return "ok-" + item;
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void concurrentItemsShareTransactionsAndEachIsAnsweredOnlyAfterItsCommit() throws Exception {
    SlowStore store = new SlowStore(Set.of());
    int callers = 40;
    int each = 25;
    try (GroupCommit<Integer, String> commit =
        new GroupCommit<>(
            "t", Executors.defaultThreadFactory(), 2, 100, store::batch, store::one)) {
      var pool = Executors.newFixedThreadPool(callers);
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<List<String>>> results = new ArrayList<>();
      for (int c = 0; c < callers; c++) {
        int caller = c;
        results.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    go.await();
                  } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                  }
                  List<String> answers = new ArrayList<>();
                  for (int i = 0; i < each; i++) {
                    int item = caller * each + i;
                    String answer = commit.submit(item).join();
                    // answered means committed
                    assertTrue(
                        store.committed.contains(item),
                        "item " + item + " answered before its commit");
                    answers.add(answer);
                  }
                  return answers;
                },
                pool));
      }
      go.countDown();
      for (int c = 0; c < callers; c++) {
        List<String> answers = results.get(c).get(30, TimeUnit.SECONDS);
        for (int i = 0; i < each; i++) {
          assertEquals("ok-" + (c * each + i), answers.get(i));
        }
      }
      pool.shutdown();
    }
    assertEquals(callers * each, store.committed.size());
    int transactions = store.batchSizes.size();
    assertTrue(
        transactions < callers * each / 4,
        "1,000 items from 40 callers should need far fewer transactions than items, were "
            + transactions);
    assertTrue(store.batchSizes.stream().allMatch(n -> n <= 100), "no batch above the maximum");
  }

  @Test
  void aFailingBatchIsStoredItemByItemSoOnlyTheBadItemFails() throws Exception {
    SlowStore store = new SlowStore(Set.of(7), 100);
    try (GroupCommit<Integer, String> commit =
        new GroupCommit<>(
            "t", Executors.defaultThreadFactory(), 1, 100, store::batch, store::one)) {
      // Hold the only writer inside item 100 until the next ten items are all queued: it then takes
      // them as one
      // batch, whatever the scheduling.
      CompletableFuture<String> first = commit.submit(100);
      assertTrue(store.holding.await(10, TimeUnit.SECONDS), "the writer took item 100");
      List<CompletableFuture<String>> futures = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        futures.add(commit.submit(i));
      }
      store.release.countDown();
      assertEquals("ok-100", first.get(10, TimeUnit.SECONDS));
      for (int i = 0; i < 10; i++) {
        if (i == 7) {
          ExecutionException e = assertThrows(ExecutionException.class, futures.get(i)::get);
          assertInstanceOf(IllegalArgumentException.class, e.getCause());
          assertEquals("bad 7", e.getCause().getMessage());
        } else {
          assertEquals("ok-" + i, futures.get(i).get(10, TimeUnit.SECONDS));
        }
      }
    }
    assertEquals(
        10, store.committed.size(), "every item but the bad one stored (100 and 0..9 without 7)");
    assertTrue(!store.committed.contains(7));
    assertEquals(
        1, store.failedBatches.get(), "the ten queued items were tried as one batch first");
  }

  @Test
  void afterCloseNothingIsAcceptedAndTheCallerIsToldItWasNotStored() {
    SlowStore store = new SlowStore(Set.of());
    GroupCommit<Integer, String> commit =
        new GroupCommit<>("t", Executors.defaultThreadFactory(), 2, 10, store::batch, store::one);
    assertEquals("ok-1", commit.submit(1).join());
    commit.close();
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> commit.submit(2).get(5, TimeUnit.SECONDS));
    assertInstanceOf(GroupCommit.Closed.class, e.getCause());
    assertEquals(Set.of(1), store.committed);
  }
}
