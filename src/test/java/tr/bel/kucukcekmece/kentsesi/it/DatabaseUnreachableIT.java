package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real portal against a PostgreSQL URL where nothing listens, and without the contact key
 * outside demo mode: it must not sit there answering 404, but stop with one clear line and a
 * non-zero exit status.
 */
@RunsAlongside
class DatabaseUnreachableIT {

  @Test
  void theProcessStopsWithOneClearLineWhenTheDatabaseIsUnreachable() throws Exception {
    int deadPort = PortalProcess.freePort();
    try (PortalProcess portal =
        PortalProcess.start(
            "unreachable",
            Map.of(
                "KENTSESI_DB_URL", "jdbc:postgresql://127.0.0.1:" + deadPort + "/kentsesi",
                "KENTSESI_DB_USER", "postgres",
                "KENTSESI_DB_PASSWORD", "secret-never-logged"))) {
      assertTrue(
          portal.awaitExit(Duration.ofSeconds(180)),
          "the process should stop by itself:\n" + portal.tail());
      assertEquals(3, portal.process.exitValue(), portal.tail());
      String output = portal.output();
      List<String> lines =
          output.lines().filter(l -> l.contains("Kent Sesi cannot start")).toList();
      assertEquals(1, lines.size(), portal.tail());
      assertTrue(
          lines
              .get(0)
              .contains(
                  "database unreachable at jdbc:postgresql://127.0.0.1:" + deadPort + "/kentsesi"),
          lines.get(0));
      assertFalse(output.contains("secret-never-logged"), "the password is never logged");
    }
  }

  @Test
  void withoutAContactKeyOutsideDemoModeThePortalRefusesToStart() throws Exception {
    try (PortalProcess portal =
        PortalProcess.start("nokey", Map.of("KENTSESI_DATA_DIR", "target/it-data-nokey"))) {
      assertTrue(
          portal.awaitExit(Duration.ofSeconds(180)),
          "the process should stop by itself:\n" + portal.tail());
      assertEquals(4, portal.process.exitValue(), portal.tail());
      assertTrue(
          portal.output().contains("Kent Sesi refuses to start: KENTSESI_CONTACT_KEY is not set"),
          portal.tail());
    }
  }
}
