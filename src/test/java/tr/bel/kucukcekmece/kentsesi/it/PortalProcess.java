package tr.bel.kucukcekmece.kentsesi.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real portal in its own process (Payara Micro and the built WAR): the portal the test classes
 * share ({@link SharedPortal}), and the ones of tests that need a configuration of their own (an
 * unreachable database, a strict rate limit, an https public URL, tight per-address limits, a
 * database that goes away).
 */
public final class PortalProcess implements AutoCloseable {

  public final Process process;
  public final Path log;
  public final int port;

  /**
   * The operator's metrics listener (loopback), a free port of its own unless the caller set one.
   */
  public final int metricsPort;

  private PortalProcess(Process process, Path log, int port, int metricsPort) {
    this.process = process;
    this.log = log;
    this.port = port;
    this.metricsPort = metricsPort;
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /**
   * Starts the portal with the small defaults for a portal that lives for a test or two: a small
   * heap, the serial collector, and the client compiler alone (-XX:TieredStopAtLevel=1), which
   * halves the CPU time of a start (25 to 14 s measured on 2026-12-08) but runs password hashing
   * about 3.5 times slower: not for a portal that logs many accounts in.
   */
  public static PortalProcess start(String name, Map<String, String> env) throws IOException {
    return start(name, env, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
  }

  /** Starts the portal with these JVM options (heap, collector) instead of the small defaults. */
  public static PortalProcess start(String name, Map<String, String> env, String... jvmOptions)
      throws IOException {
    return start(name, env, freePort(), jvmOptions);
  }

  /** Starts the portal on a given HTTP port (a restart after a kill keeps its address). */
  public static PortalProcess start(
      String name, Map<String, String> env, int port, String... jvmOptions) throws IOException {
    return start(name, Path.of("target", "kentsesi.war"), env, port, List.of(jvmOptions));
  }

  /**
   * Starts this WAR at the context root, on this HTTP port, with these JVM options (heap,
   * collector, {@code -D} settings) and environment; the portal's output goes to a log file of its
   * own under target/.
   */
  public static PortalProcess start(
      String name, Path war, Map<String, String> env, int port, List<String> jvmOptions)
      throws IOException {
    if (!Files.isRegularFile(war)) {
      throw new IllegalStateException(war + " is missing: run the tests through 'mvn verify'");
    }
    Path log = Files.createTempFile(Path.of("target"), name, ".log");
    List<String> command = new java.util.ArrayList<>();
    command.add(System.getProperty("java.home") + "/bin/java");
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-Djava.io.tmpdir=" + new File("target").getAbsolutePath(),
            "-jar",
            "target/payara-micro.jar",
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nohazelcast",
            "--prebootcommandfile",
            "src/main/payara/pre-boot.asadmin",
            "--postbootcommandfile",
            "src/main/payara/post-boot.asadmin"));
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    String metricsPort = env.get("KENTSESI_METRICS_PORT");
    if (metricsPort == null) {
      metricsPort = String.valueOf(freePort());
      pb.environment().put("KENTSESI_METRICS_PORT", metricsPort);
    }
    return new PortalProcess(pb.start(), log, port, Integer.parseInt(metricsPort));
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Waits until /health/ready is UP; false if the process ended or the time ran out. */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        HttpResponse<Void> r =
            client.send(
                HttpRequest.newBuilder(base().resolve("health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    return false;
  }

  boolean awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public String output() throws IOException {
    return Files.readString(log);
  }

  public String tail() throws IOException {
    String out = output();
    return out.length() > 4000 ? out.substring(out.length() - 4000) : out;
  }

  /**
   * Ends the process at once with SIGKILL, as a crash or an operator's kill -9 would, and waits for
   * it.
   */
  public void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
