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
 * The real portal in its own process (Payara Micro and the built WAR), for tests that need a configuration of
 * their own: an unreachable database, a strict rate limit.
 */
final class PortalProcess implements AutoCloseable {

  final Process process;
  final Path log;
  final int port;

  private PortalProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static PortalProcess start(String name, Map<String, String> env) throws IOException {
    int port = freePort();
    Path log = Files.createTempFile(Path.of("target"), name, ".log");
    ProcessBuilder pb = new ProcessBuilder(List.of(
        System.getProperty("java.home") + "/bin/java", "-Xmx384m", "-XX:+UseSerialGC",
        "-Djava.io.tmpdir=" + new File("target").getAbsolutePath(),
        "-jar", "target/payara-micro.jar", "--deploy", "target/kentsesi.war", "--contextroot", "/",
        "--port", String.valueOf(port), "--nocluster",
        "--postbootcommandfile", "src/main/payara/post-boot.asadmin"))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().putAll(env);
    return new PortalProcess(pb.start(), log, port);
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Waits until /health/ready is UP; false if the process ended or the time ran out. */
  boolean awaitReady(Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(base().resolve("health/ready"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
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

  String output() throws IOException {
    return Files.readString(log);
  }

  String tail() throws IOException {
    String out = output();
    return out.length() > 4000 ? out.substring(out.length() - 4000) : out;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
