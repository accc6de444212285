package tr.bel.kucukcekmece.kentsesi.core.search;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.IndexReader;

/**
 * Values worked out from one index reader (stored fields, term statistics, postings), kept until
 * the reader changes: a search on a newer reader (after a re-index) starts an empty cache, and so
 * does one that finds the cache holding more than its bound (counted by a weigher: one per value
 * unless given).
 */
public final class ReaderCache<K, V> {

  /** Works a value out; may read the index. */
  @FunctionalInterface
  public interface Loader<K, V> {
    V load(K key) throws IOException;
  }

  private record State<K, V>(Object readerKey, ConcurrentHashMap<K, V> map, AtomicLong weight) {}

  private final long bound;
  private final ToLongFunction<V> weigher;
  private volatile State<K, V> state =
      new State<>(new Object(), new ConcurrentHashMap<>(), new AtomicLong());

  public ReaderCache(long bound) {
    this(bound, v -> 1);
  }

  public ReaderCache(long bound, ToLongFunction<V> weigher) {
    this.bound = bound;
    this.weigher = weigher;
  }

  /** The value for {@code key} under {@code reader}, loaded the first time it is asked for. */
  public V get(IndexReader reader, K key, Loader<K, V> loader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    Object readerKey = helper != null ? helper.getKey() : reader;
    State<K, V> current = state;
    if (current.readerKey() != readerKey || current.weight().get() > bound) {
      current = new State<>(readerKey, new ConcurrentHashMap<>(), new AtomicLong());
      state = current;
    }
    V value = current.map().get(key);
    if (value == null) {
      value = loader.load(key);
      if (current.map().putIfAbsent(key, value) == null) {
        current.weight().addAndGet(weigher.applyAsLong(value));
      }
    }
    return value;
  }
}
