package tr.bel.kucukcekmece.kentsesi.resilience;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (Debian's binaries, a fresh data directory under {@code
 * target/}, a free port on 127.0.0.1, trust authentication), so that an outage can be caused
 * without touching the machine's shared server. As root, the server runs as user {@code postgres},
 * as PostgreSQL refuses to run as root.
 */
public final class PrivatePostgres implements AutoCloseable {

  private static final Path BIN =
      Path.of(System.getProperty("kentsesi.pg.bin", "/usr/lib/postgresql/15/bin"));

  private final Path dir;
  public final int port;

  private PrivatePostgres(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /** Creates the cluster and starts it. */
  public static PrivatePostgres start(Path parent) throws IOException, InterruptedException {
    Files.createDirectories(parent);
    Path dir = Files.createTempDirectory(parent.toAbsolutePath(), "pg-");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    PrivatePostgres pg = new PrivatePostgres(dir, port);
    if (asRoot()) {
      run(List.of("chown", "postgres:postgres", dir.toString()));
    }
    pg.pg(
        List.of(
            BIN.resolve("initdb").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8"));
    pg.start();
    return pg;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** Starts the server and waits until it accepts connections. */
  public void start() throws IOException, InterruptedException {
    pg(
        List.of(
            BIN.resolve("pg_ctl").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-l",
            dir.resolve("server.log").toString(),
            "-w",
            "-t",
            "60",
            "-o",
            "-p " + port + " -h 127.0.0.1 -k " + dir + " -c fsync=off -c max_connections=200",
            "start"));
  }

  /**
   * Stops the server at once (fast shutdown: every session is ended, as when a database host
   * restarts).
   */
  public void stop() throws IOException, InterruptedException {
    pg(
        List.of(
            BIN.resolve("pg_ctl").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-m",
            "fast",
            "-w",
            "-t",
            "60",
            "stop"));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      stop();
    } catch (IOException e) {
      // already stopped
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private void pg(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asRoot()) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    run(full);
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed:\n" + out);
    }
  }
}
