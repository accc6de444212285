package tr.bel.kucukcekmece.kentsesi.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing without letting anyone lock others out. Failed logins are counted per
 * (username, address) pair, per address and per username:
 *
 * <p>Failures are remembered for an hour (or {@code kentsesi.login.windowMinutes}, default 15, if
 * that is longer).
 *
 * <ul>
 *   <li>a pair gets {@code kentsesi.login.maxFailures} (default 5) failures free; after that each
 *       further failure doubles a block of the pair, from 30 s up to the window. Other addresses
 *       trying the same username are not affected;
 *   <li>an address gets four times as many failures across usernames, then the same doubling blocks
 *       for every username it has not logged in with before (password spraying from one place);
 *   <li>a username gets twenty times as many failures per hour from all addresses together (at most
 *       100 an hour with the default, ASVS 2.2.1); past that, only addresses where it logged in
 *       before may still try.
 * </ul>
 *
 * A successful login clears the pair's failures and remembers the pair as known. Held in memory per
 * server.
 */
@ApplicationScoped
public class LoginThrottle {

  static final Duration FIRST_BLOCK = Duration.ofSeconds(30);
  static final Duration ACCOUNT_WINDOW = Duration.ofHours(1);
  private static final int MAX_KEYS = 100_000;
  private static final int MAX_KNOWN = 50_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Map<String, Boolean> known =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
              return size() > MAX_KNOWN;
            }
          });
  private final int maxFailures;
  private final Duration window;
  private final Duration memory;

  public LoginThrottle() {
    this(
        IdentitySettings.LOGIN_MAX_FAILURES.get(),
        Duration.ofMinutes(IdentitySettings.LOGIN_WINDOW_MINUTES.get()));
  }

  LoginThrottle(int maxFailures, Duration window) {
    this.maxFailures = Math.max(1, maxFailures);
    this.window = window;
    this.memory = window.compareTo(ACCOUNT_WINDOW) > 0 ? window : ACCOUNT_WINDOW;
  }

  /** How long the caller must wait before this attempt, if it is throttled now. */
  public Optional<Duration> retryAfter(String username, String address, Instant now) {
    String user = normal(username);
    Duration wait = blocked(pair(user, address), maxFailures, now);
    if (!known.containsKey(pair(user, address))) {
      wait = max(wait, blocked("a:" + address, maxFailures * 4, now));
      wait = max(wait, accountLimit(user, now));
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String username, String address, Instant now) {
    String user = normal(username);
    add(pair(user, address), memory, now);
    add("a:" + address, memory, now);
    add("u:" + user, ACCOUNT_WINDOW, now);
  }

  /** Clears the pair's failures and remembers that this username logs in from this address. */
  public void succeeded(String username, String address) {
    String key = pair(normal(username), address);
    failures.remove(key);
    known.put(key, Boolean.TRUE);
  }

  /**
   * The doubling block of a key: none below {@code free} remembered failures, then 30 s after the
   * last failure, doubled for each failure beyond, at most the window.
   */
  private Duration blocked(String key, int free, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Duration.ZERO;
    }
    synchronized (times) {
      prune(times, memory, now);
      int excess = times.size() - free;
      if (excess < 0) {
        return Duration.ZERO;
      }
      Duration block = excess >= 20 ? window : FIRST_BLOCK.multipliedBy(1L << excess);
      if (block.compareTo(window) > 0) {
        block = window;
      }
      return positive(Duration.between(now, times.peekLast().plus(block)));
    }
  }

  /**
   * Past the username's hourly allowance, unknown addresses wait until its oldest failure leaves
   * the hour.
   */
  private Duration accountLimit(String user, Instant now) {
    Deque<Instant> times = failures.get("u:" + user);
    if (times == null) {
      return Duration.ZERO;
    }
    synchronized (times) {
      prune(times, ACCOUNT_WINDOW, now);
      if (times.size() < maxFailures * 20) {
        return Duration.ZERO;
      }
      return positive(Duration.between(now, times.peekFirst().plus(ACCOUNT_WINDOW)));
    }
  }

  private void add(String key, Duration span, Instant now) {
    if (failures.size() > MAX_KEYS) {
      failures
          .entrySet()
          .removeIf(
              e -> {
                synchronized (e.getValue()) {
                  return e.getValue().isEmpty()
                      || !e.getValue().peekLast().plus(memory).isAfter(now);
                }
              });
    }
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, span, now);
      times.addLast(now);
      while (times.size() > maxFailures * 20 + 1) {
        times.removeFirst();
      }
    }
  }

  private static void prune(Deque<Instant> times, Duration span, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().plus(span).isAfter(now)) {
      times.removeFirst();
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static String pair(String user, String address) {
    return "p:" + user + "\n" + address;
  }

  private static String normal(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}
