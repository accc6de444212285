package tr.bel.kucukcekmece.kentsesi.resilience;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import tr.bel.kucukcekmece.kentsesi.it.PortalProcess;

/**
 * The two scenarios of the resilience suite that break something under write load: the portal
 * killed with {@code kill -9}, and its PostgreSQL stopped and started again. Both run the real
 * portal (Payara Micro and the built WAR) against a PostgreSQL of their own ({@link
 * PrivatePostgres}); both end by checking, in the database, that every submission answered 201 is
 * stored exactly once.
 *
 * <pre>
 *   Scenarios kill9 [runs=3] [clients=50] [seconds=20]
 *   Scenarios outage [clients=20] [outageSeconds=20]
 * </pre>
 */
public final class Scenarios {

  private Scenarios() {}

  /** What a kill -9 run found. {@code lost}: answered 201 but not in the database (must be 0). */
  public record KillResult(
      int run,
      long acknowledged,
      long stored,
      long lost,
      long duplicates,
      long replayedAfterRestart,
      long delayedSubmissions,
      double secondsToReady) {
    @Override
    public String toString() {
      return String.format(
          "run %d: acknowledged %d, stored %d, lost %d, duplicates %d, replayed after restart %d, "
              + "submissions delayed by the restart (sent again until answered) %d, restarted portal ready after %.1f s",
          run,
          acknowledged,
          stored,
          lost,
          duplicates,
          replayedAfterRestart,
          delayedSubmissions,
          secondsToReady);
    }
  }

  /**
   * What the outage found. Times in seconds: {@code firstFailure} after the database stopped; the
   * recoveries after it accepted connections again ({@code lastFailure}: the last failed
   * submission, 0 when none failed after the return; {@code ready}: /health/ready UP again).
   */
  public record OutageResult(
      double firstFailure,
      long createdDuringOutage,
      long failedDuringOutage,
      boolean readinessDownDuringOutage,
      double firstCreatedAfterReturn,
      double lastFailureAfterReturn,
      double readyAfterReturn,
      long logBytes,
      long stackTraceLines,
      long acknowledged,
      long lost,
      Map<Integer, Long> statuses) {
    @Override
    public String toString() {
      return String.format(
          "first failure %.2f s after the stop; during the outage: %d created, %d failed, "
              + "readiness DOWN %s; after the return: first 201 at %.2f s, last failure at %.2f s, ready at %.2f s; "
              + "log written %,d bytes (%d stack-trace lines); acknowledged %d, lost %d; answers by status from the "
              + "stop to the end (-1: no answer) %s",
          firstFailure,
          createdDuringOutage,
          failedDuringOutage,
          readinessDownDuringOutage ? "yes" : "NO",
          firstCreatedAfterReturn,
          lastFailureAfterReturn,
          readyAfterReturn,
          logBytes,
          stackTraceLines,
          acknowledged,
          lost,
          statuses);
    }
  }

  static Map<String, String> portalEnvironment(PrivatePostgres pg, Path work) {
    Map<String, String> env = new HashMap<>();
    env.put("KENTSESI_DB_URL", pg.jdbcUrl());
    env.put("KENTSESI_DB_USER", "postgres");
    env.put("KENTSESI_DEMO", "true");
    env.put("KENTSESI_DEMO_FEEDBACK", "0");
    env.put("KENTSESI_FEEDBACK_RATEPERMINUTE", "0");
    env.put("KENTSESI_ADMIN_PASSWORD", "Resilience-Passw0rd-1");
    env.put("KENTSESI_DATA_DIR", work.resolve("data").toString());
    return env;
  }

  /** Kill -9 under write load, {@code runs} times; each run ends with the check in the database. */
  public static java.util.List<KillResult> killNine(
      Path work, int runs, int clients, int seconds, long seed) throws Exception {
    Random random = new Random(seed);
    java.util.List<KillResult> results = new java.util.ArrayList<>();
    try (PrivatePostgres pg = PrivatePostgres.start(work)) {
      int port = PortalProcess.freePort();
      PortalProcess portal = startPortal("kill9-", pg, work, port);
      try {
        for (int run = 1; run <= runs; run++) {
          String prefix = "k9-" + seed + "-" + run;
          WriteLoad load = new WriteLoad(portal.base(), prefix, clients);
          // kill somewhere in the middle of the run, not at a fixed moment
          Thread.sleep(
              Duration.ofSeconds(seconds).toMillis() / 2
                  + random.nextInt(Math.max(1, seconds * 500)));
          portal.kill9();
          long killed = System.nanoTime();
          portal = startPortal("kill9-", pg, work, port);
          long ready = System.nanoTime();
          Thread.sleep(Duration.ofSeconds(Math.max(3, seconds / 4)).toMillis());
          load.close();
          long replayed =
              load.answers.stream().filter(a -> a.sentNanos() > killed && a.replayed()).count();
          long delayed =
              load.answers.stream()
                  .filter(a -> a.receivedNanos() >= killed && !ok(a))
                  .map(WriteLoad.Answer::key)
                  .distinct()
                  .count();
          Stored stored = stored(pg, prefix, load.acknowledged);
          results.add(
              new KillResult(
                  run,
                  load.acknowledged.size(),
                  stored.rows,
                  stored.lost,
                  stored.duplicates,
                  replayed,
                  delayed,
                  (ready - killed) / 1e9));
        }
      } finally {
        portal.close();
      }
    }
    return results;
  }

  /** The database stopped for {@code outageSeconds} under write load, then started again. */
  public static OutageResult outage(Path work, int clients, int outageSeconds) throws Exception {
    try (PrivatePostgres pg = PrivatePostgres.start(work)) {
      PortalProcess portal = startPortal("outage-", pg, work, PortalProcess.freePort());
      try {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = portal.base().resolve("/health/ready");
        String prefix = "outage-" + System.currentTimeMillis();
        WriteLoad load = new WriteLoad(portal.base(), prefix, clients);
        Thread.sleep(5_000);
        long logBefore = Files.size(portal.log);
        long stopped = System.nanoTime();
        pg.stop();
        boolean downSeen = false;
        long outageEnd = stopped + Duration.ofSeconds(outageSeconds).toNanos();
        while (System.nanoTime() < outageEnd) {
          downSeen |= status(http, ready) != 200;
          Thread.sleep(250);
        }
        pg.start();
        long back = System.nanoTime();
        long readyAt = -1;
        long deadline = back + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
          if (readyAt < 0 && status(http, ready) == 200) {
            readyAt = System.nanoTime();
          }
          boolean created =
              load.answers.stream().anyMatch(a -> a.receivedNanos() > back && a.status() == 201);
          if (readyAt >= 0 && created) {
            break;
          }
          Thread.sleep(100);
        }
        Thread.sleep(5_000);
        load.close();
        long logBytes = Files.size(portal.log) - logBefore;
        long traces;
        try (var in = Files.newInputStream(portal.log)) {
          in.skipNBytes(logBefore);
          traces =
              new String(in.readAllBytes(), StandardCharsets.UTF_8)
                  .lines()
                  .filter(l -> l.stripLeading().startsWith("at "))
                  .count();
        }
        double firstFailure =
            load.answers.stream()
                .filter(a -> a.receivedNanos() > stopped && !ok(a))
                .mapToLong(WriteLoad.Answer::receivedNanos)
                .min()
                .stream()
                .mapToDouble(t -> (t - stopped) / 1e9)
                .findFirst()
                .orElse(-1);
        long created =
            load.answers.stream()
                .filter(a -> a.receivedNanos() > stopped && a.receivedNanos() < back && ok(a))
                .count();
        long failed =
            load.answers.stream()
                .filter(a -> a.receivedNanos() > stopped && a.receivedNanos() < back && !ok(a))
                .count();
        double first201 =
            load.answers.stream()
                .filter(a -> a.receivedNanos() > back && a.status() == 201)
                .mapToLong(WriteLoad.Answer::receivedNanos)
                .min()
                .stream()
                .mapToDouble(t -> (t - back) / 1e9)
                .findFirst()
                .orElse(-1);
        double lastFailure =
            load.answers.stream()
                .filter(a -> a.receivedNanos() > back && !ok(a))
                .mapToLong(WriteLoad.Answer::receivedNanos)
                .max()
                .stream()
                .mapToDouble(t -> (t - back) / 1e9)
                .findFirst()
                .orElse(0);
        Stored stored = stored(pg, prefix, load.acknowledged);
        return new OutageResult(
            firstFailure,
            created,
            failed,
            downSeen,
            first201,
            lastFailure,
            readyAt < 0 ? -1 : (readyAt - back) / 1e9,
            logBytes,
            traces,
            load.acknowledged.size(),
            stored.lost,
            load.statuses(stopped, Long.MAX_VALUE));
      } finally {
        portal.close();
      }
    }
  }

  private static boolean ok(WriteLoad.Answer a) {
    return a.status() == 201 || a.status() == 200;
  }

  private static int status(HttpClient http, URI uri) {
    try {
      return http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static PortalProcess startPortal(String name, PrivatePostgres pg, Path work, int port)
      throws Exception {
    PortalProcess portal = PortalProcess.start(name, portalEnvironment(pg, work), port, "-Xmx768m");
    if (!portal.awaitReady(Duration.ofSeconds(240))) {
      String tail = portal.tail();
      portal.close();
      throw new IllegalStateException("the portal did not become ready:\n" + tail);
    }
    return portal;
  }

  private record Stored(long rows, long lost, long duplicates) {}

  /**
   * The rows of this run's submissions, and the acknowledged ones missing (or stored under another
   * code).
   */
  private static Stored stored(PrivatePostgres pg, String prefix, Map<String, String> acknowledged)
      throws SQLException {
    Map<String, String> rows = new HashMap<>();
    long duplicates = 0;
    try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "");
        PreparedStatement s =
            c.prepareStatement(
                "select idempotency_key, tracking_code from feedback where idempotency_key like ?")) {
      s.setString(1, prefix + "-%");
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (rows.put(r.getString(1), r.getString(2)) != null) {
            duplicates++;
          }
        }
      }
    }
    long lost =
        acknowledged.entrySet().stream()
            .filter(e -> !e.getValue().equals(rows.get(e.getKey())))
            .count();
    return new Stored(rows.size(), lost, duplicates);
  }

  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "";
    Path work = Path.of("target", "resilience");
    String machine = Runtime.getRuntime().availableProcessors() + " cores";
    switch (what) {
      case "kill9" -> {
        int runs = arg(args, 1, 3);
        int clients = arg(args, 2, 50);
        int seconds = arg(args, 3, 20);
        System.out.printf(
            "== kill -9 under %d writing clients, %d runs of about %d s (%s)%n",
            clients, runs, seconds, machine);
        long lost = 0;
        for (KillResult r : killNine(work, runs, clients, seconds, System.currentTimeMillis())) {
          System.out.println("RESULT " + r);
          lost += r.lost() + r.duplicates();
        }
        System.exit(lost == 0 ? 0 : 1);
      }
      case "outage" -> {
        int clients = arg(args, 1, 20);
        int seconds = arg(args, 2, 20);
        System.out.printf(
            "== PostgreSQL stopped for %d s under %d writing clients (%s)%n",
            seconds, clients, machine);
        OutageResult r = outage(work, clients, seconds);
        System.out.println("RESULT " + r);
        boolean ok =
            r.lost() == 0
                && r.lastFailureAfterReturn() <= 5
                && r.readyAfterReturn() >= 0
                && r.readyAfterReturn() <= 5
                && r.readinessDownDuringOutage();
        System.exit(ok ? 0 : 1);
      }
      default -> {
        System.err.println(
            "usage: Scenarios kill9 [runs] [clients] [seconds] | outage [clients] [outageSeconds]");
        System.exit(2);
      }
    }
  }

  private static int arg(String[] args, int i, int fallback) {
    return args.length > i ? Integer.parseInt(args[i]) : fallback;
  }
}
