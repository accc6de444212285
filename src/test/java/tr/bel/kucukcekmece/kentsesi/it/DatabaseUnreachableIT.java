package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Starts the real portal (Payara Micro and the built WAR, in its own process) against a PostgreSQL URL where
 * nothing listens: it must not sit there answering 404, but stop with one clear line and exit status 3.
 */
class DatabaseUnreachableIT {

  @Test
  void theProcessStopsWithOneClearLineWhenTheDatabaseIsUnreachable() throws Exception {
    int deadPort;
    int httpPort;
    try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
      deadPort = a.getLocalPort();
      httpPort = b.getLocalPort();
    }
    Path log = Files.createTempFile(Path.of("target"), "unreachable", ".log");
    ProcessBuilder pb = new ProcessBuilder(List.of(
        System.getProperty("java.home") + "/bin/java", "-Xmx384m", "-XX:+UseSerialGC",
        "-Djava.io.tmpdir=" + new File("target").getAbsolutePath(),
        "-jar", "target/payara-micro.jar", "--deploy", "target/kentsesi.war", "--contextroot", "/",
        "--port", String.valueOf(httpPort), "--nocluster"))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("KENTSESI_DB_URL", "jdbc:postgresql://127.0.0.1:" + deadPort + "/kentsesi");
    pb.environment().put("KENTSESI_DB_USER", "postgres");
    pb.environment().put("KENTSESI_DB_PASSWORD", "secret-never-logged");
    Process process = pb.start();
    boolean exited = process.waitFor(180, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    String output = Files.readString(log);
    assertTrue(exited, "the process should stop by itself; log:\n" + tail(output));
    assertEquals(3, process.exitValue(), tail(output));
    List<String> lines = output.lines().filter(l -> l.contains("Kent Sesi cannot start")).toList();
    assertEquals(1, lines.size(), tail(output));
    assertTrue(lines.get(0).contains("database unreachable at jdbc:postgresql://127.0.0.1:" + deadPort + "/kentsesi"),
        lines.get(0));
    assertFalse(output.contains("secret-never-logged"), "the password is never logged");
  }

  private static String tail(String output) {
    return output.length() > 4000 ? output.substring(output.length() - 4000) : output;
  }
}
