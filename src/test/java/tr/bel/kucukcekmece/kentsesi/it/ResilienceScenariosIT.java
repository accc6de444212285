package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.resilience.Scenarios;

/**
 * The short versions of the resilience suite's break-under-load commands ({@code
 * src/resilience/scenario.sh}): the real portal and a PostgreSQL of the test's own, which the
 * outage stops and starts again.
 */
@RunsAlongside
class ResilienceScenariosIT {

  private static final Path WORK = Path.of("target", "it-resilience");

  @Test
  void afterADatabaseOutageSubmissionsSucceedAgainWithinFiveSecondsAndTheLogStaysSmall()
      throws Exception {
    Scenarios.OutageResult r = Scenarios.outage(WORK, 10, 8);
    String why = r.toString();
    assertTrue(
        r.readinessDownDuringOutage(),
        "readiness must say DOWN while the database is away: " + why);
    assertTrue(r.failedDuringOutage() > 0, "the outage was felt: " + why);
    assertTrue(r.firstCreatedAfterReturn() >= 0 && r.firstCreatedAfterReturn() <= 5, why);
    assertTrue(
        r.lastFailureAfterReturn() <= 5, "no failures later than 5 s after the return: " + why);
    assertTrue(r.readyAfterReturn() >= 0 && r.readyAfterReturn() <= 5, why);
    assertTrue(
        Set.of(200, 201, 503).containsAll(r.statuses().keySet()),
        "only 201 or 503, always answered: " + why);
    // before repeated faults were held back, every failed request wrote about 22 KB (8 MB in this
    // scenario)
    assertTrue(r.logBytes() < 300_000, "the log stays small: " + why);
    assertEquals(0, r.lost(), why);
  }

  @Test
  void afterKillNineUnderWriteLoadEveryAcknowledgedSubmissionIsStoredOnce() throws Exception {
    List<Scenarios.KillResult> results = Scenarios.killNine(WORK, 1, 20, 10, 20261207L);
    for (Scenarios.KillResult r : results) {
      assertTrue(r.acknowledged() > 0, r.toString());
      assertEquals(0, r.lost(), r.toString());
      assertEquals(0, r.duplicates(), r.toString());
      assertTrue(r.stored() >= r.acknowledged(), r.toString());
    }
  }
}
