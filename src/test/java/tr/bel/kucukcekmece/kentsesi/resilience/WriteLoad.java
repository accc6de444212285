package tr.bel.kucukcekmece.kentsesi.resilience;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clients that submit feedback as the form does: each submission carries its own Idempotency-Key
 * and is sent again with the same key after a network error or a 5xx/429, until it is answered 201
 * (or 200). Every answer is kept with its send and receive times, so a scenario can tell when
 * failures started and stopped; every acknowledged submission is kept with its tracking code, so a
 * scenario can check that each one is stored.
 */
public final class WriteLoad implements AutoCloseable {

  private static final Pattern CODE = Pattern.compile("\"trackingCode\"\\s*:\\s*\"([^\"]+)\"");
  private static final String[] SERVICES = {
    "FEN-YOL",
    "TEMIZLIK-COP",
    "PARK-BAKIM",
    "ZABITA-GURULTU",
    "VETERINER-SOKAK-HAYVANI",
    "KULTUR-KURS"
  };
  private static final String[] NEIGHBOURHOODS = {
    "ATAKENT", "CENNET", "FATIH", "HALKALI_MERKEZ", "YESILOVA"
  };

  /**
   * One answer to the submission with this key (status -1: no answer, the connection failed), with
   * nanoTime stamps.
   */
  public record Answer(
      String key, long sentNanos, long receivedNanos, int status, boolean replayed) {}

  private final URI target;
  private final String run;
  private final HttpClient http;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Thread> threads = new ArrayList<>();

  /** Idempotency-Key → tracking code, for every submission answered 201/200. */
  public final Map<String, String> acknowledged = new ConcurrentHashMap<>();

  /** Keys sent at least once and not (yet) acknowledged when the load stopped. */
  public final Map<String, Boolean> unanswered = new ConcurrentHashMap<>();

  public final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();

  /**
   * Starts {@code clients} clients against the portal at {@code base}; {@code run} prefixes their
   * keys.
   */
  public WriteLoad(URI base, String run, int clients) {
    this.target = base.resolve("/api/feedback");
    this.run = run;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    for (int i = 0; i < clients; i++) {
      int client = i;
      Thread t = new Thread(() -> client(client), "write-load-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  private void client(int client) {
    for (long n = 0; running.get(); n++) {
      String key = run + "-" + client + "-" + n;
      String body =
          String.format(
              "{\"kind\":\"REQUEST\",\"serviceCode\":\"%s\",\"comment\":\"Dayanıklılık "
                  + "denemesi %s: kaldırımda çukur var.\",\"neighbourhoodCode\":\"%s\"}",
              SERVICES[(int) (n % SERVICES.length)],
              key,
              NEIGHBOURHOODS[client % NEIGHBOURHOODS.length]);
      unanswered.put(key, Boolean.TRUE);
      // The same submission until it is acknowledged; the last one is finished even after stop()
      // (bounded).
      long giveUp = Long.MAX_VALUE;
      while (true) {
        if (!running.get() && giveUp == Long.MAX_VALUE) {
          giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        }
        if (System.nanoTime() > giveUp) {
          return;
        }
        long sent = System.nanoTime();
        int status;
        String response = "";
        boolean replayed = false;
        try {
          HttpResponse<String> r =
              http.send(
                  HttpRequest.newBuilder(target)
                      .timeout(Duration.ofSeconds(10))
                      .header("Content-Type", "application/json")
                      .header("Idempotency-Key", key)
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          status = r.statusCode();
          response = r.body();
          replayed = r.headers().firstValue("Idempotent-Replayed").isPresent();
        } catch (IOException e) {
          status = -1;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        answers.add(new Answer(key, sent, System.nanoTime(), status, replayed));
        if (status == 201 || status == 200) {
          Matcher m = CODE.matcher(response);
          acknowledged.put(key, m.find() ? m.group(1) : "?");
          unanswered.remove(key);
          break;
        }
        if (status >= 400 && status < 500 && status != 429) {
          unanswered.remove(key);
          break; // refused for good (validation): not a submission
        }
        try {
          Thread.sleep(status == -1 ? 200 : 100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Stops starting new submissions, lets each client finish the one it is on (at most 30 s), and
   * waits.
   */
  @Override
  public void close() throws InterruptedException {
    running.set(false);
    for (Thread t : threads) {
      t.join(Duration.ofSeconds(45).toMillis());
    }
  }

  /** The answers received in [from, to) (nanoTime), by status. */
  public Map<Integer, Long> statuses(long from, long to) {
    Map<Integer, Long> counts = new java.util.TreeMap<>();
    for (Answer a : answers) {
      if (a.receivedNanos() >= from && a.receivedNanos() < to) {
        counts.merge(a.status(), 1L, Long::sum);
      }
    }
    return counts;
  }
}
