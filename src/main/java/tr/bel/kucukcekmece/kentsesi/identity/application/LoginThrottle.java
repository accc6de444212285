package tr.bel.kucukcekmece.kentsesi.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tr.bel.kucukcekmece.kentsesi.core.config.Settings;

/**
 * Slows password guessing: after {@code kentsesi.login.maxFailures} failed logins (default 5) within
 * {@code kentsesi.login.windowMinutes} (default 15) for one username, or four times as many from one address,
 * further attempts are refused until the oldest failure leaves the window.
 */
@ApplicationScoped
public class LoginThrottle {

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final int maxFailures;
  private final Duration window;

  public LoginThrottle() {
    this(Settings.getInt(Settings.LOGIN_MAX_FAILURES, 5),
        Duration.ofMinutes(Settings.getInt(Settings.LOGIN_WINDOW_MINUTES, 15)));
  }

  LoginThrottle(int maxFailures, Duration window) {
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** How long the caller must wait, if it is throttled now. */
  public Optional<Duration> retryAfter(String username, String address, Instant now) {
    Optional<Duration> byUser = wait("u:" + normal(username), maxFailures, now);
    Optional<Duration> byAddress = wait("a:" + address, maxFailures * 4, now);
    if (byUser.isPresent() && byAddress.isPresent()) {
      return Optional.of(byUser.get().compareTo(byAddress.get()) > 0 ? byUser.get() : byAddress.get());
    }
    return byUser.isPresent() ? byUser : byAddress;
  }

  public void failed(String username, String address, Instant now) {
    add("u:" + normal(username), now);
    add("a:" + address, now);
  }

  public void succeeded(String username) {
    failures.remove("u:" + normal(username));
  }

  private Optional<Duration> wait(String key, int limit, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      prune(times, now);
      if (times.size() < limit) {
        return Optional.empty();
      }
      Duration left = Duration.between(now, times.peekFirst().plus(window));
      return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }
  }

  private void add(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
      while (times.size() > maxFailures * 4) {
        times.removeFirst();
      }
    }
  }

  private void prune(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
      times.removeFirst();
    }
  }

  private static String normal(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}
