package tr.bel.kucukcekmece.kentsesi.core.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit: callers hand in items and wait; a few writer threads take whatever has queued up
 * (up to {@code maxBatch}) and store it in one transaction, so many items share one durable commit.
 * An item's future completes only after the transaction that holds it has committed. When a batch
 * fails, each of its items is stored on its own, so one bad item fails alone. There is no waiting
 * for a batch to fill: an idle writer takes the first item at once, and batches grow only while the
 * writers are busy, so a lone item costs one ordinary transaction.
 *
 * @param <I> an item to store
 * @param <R> what storing it gives its caller
 */
public final class GroupCommit<I, R> implements AutoCloseable {

  /** The writers were stopped (the application is shutting down); the item was not stored. */
  public static final class Closed extends RuntimeException {
    Closed() {
      super("group commit closed", null, false, false);
    }
  }

  private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

  private record Pending<I, R>(I item, CompletableFuture<R> done) {}

  private final BlockingQueue<Pending<I, R>> queue = new LinkedBlockingQueue<>();
  private final int maxBatch;
  private final Function<List<I>, List<R>> storeBatch;
  private final Function<I, R> storeOne;
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean closed;

  /**
   * @param storeBatch stores all items in one transaction and returns their results in order, or
   *     throws
   * @param storeOne stores one item in a transaction of its own (after its batch failed), or throws
   */
  public GroupCommit(
      String name,
      ThreadFactory threads,
      int writerCount,
      int maxBatch,
      Function<List<I>, List<R>> storeBatch,
      Function<I, R> storeOne) {
    this.maxBatch = Math.max(1, maxBatch);
    this.storeBatch = storeBatch;
    this.storeOne = storeOne;
    for (int i = 0; i < Math.max(1, writerCount); i++) {
      Thread t = threads.newThread(this::run);
      t.setName(name + "-" + (i + 1));
      t.setDaemon(true);
      writers.add(t);
    }
    writers.forEach(Thread::start);
  }

  /**
   * Queues an item; the future completes with its result once stored and committed, or with the
   * failure.
   */
  public CompletableFuture<R> submit(I item) {
    CompletableFuture<R> done = new CompletableFuture<>();
    if (closed) {
      done.completeExceptionally(new Closed());
      return done;
    }
    queue.add(new Pending<>(item, done));
    if (closed) { // closed meanwhile: the writers may be gone; fail what they left
      failPending();
    }
    return done;
  }

  private void run() {
    List<Pending<I, R>> batch = new ArrayList<>(maxBatch);
    while (!closed) {
      try {
        Pending<I, R> first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException | Error e) { // never lose a writer; its items are failed below
        LOG.log(Level.SEVERE, "group commit writer failed", e);
        batch.forEach(p -> p.done().completeExceptionally(e));
      } finally {
        batch.clear();
      }
    }
  }

  private void write(List<Pending<I, R>> batch) {
    List<I> items = new ArrayList<>(batch.size());
    batch.forEach(p -> items.add(p.item()));
    if (batch.size() > 1) {
      try {
        List<R> results = storeBatch.apply(items);
        for (int i = 0; i < batch.size(); i++) {
          batch.get(i).done().complete(results.get(i));
        }
        return;
      } catch (RuntimeException e) {
        LOG.fine(() -> "batch of " + batch.size() + " failed (" + e + "); storing each on its own");
      }
    }
    for (Pending<I, R> p : batch) {
      try {
        p.done().complete(storeOne.apply(p.item()));
      } catch (RuntimeException e) {
        p.done().completeExceptionally(e);
      }
    }
  }

  private void failPending() {
    for (Pending<I, R> p; (p = queue.poll()) != null; ) {
      p.done().completeExceptionally(new Closed());
    }
  }

  /**
   * Stops the writers after the batch each is writing; items still queued fail with {@link Closed}.
   */
  @Override
  public void close() {
    closed = true;
    for (Thread t : writers) {
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    failPending();
  }
}
