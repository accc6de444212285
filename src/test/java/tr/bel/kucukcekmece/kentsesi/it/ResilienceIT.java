package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.bel.kucukcekmece.kentsesi.resilience.ApiDocument;
import tr.bel.kucukcekmece.kentsesi.resilience.AuthzMatrix;
import tr.bel.kucukcekmece.kentsesi.resilience.Fixture;
import tr.bel.kucukcekmece.kentsesi.resilience.Fuzzer;
import tr.bel.kucukcekmece.kentsesi.resilience.Resilience;

/**
 * The short versions of the standing resilience suite (src/resilience, src/docs/resilience.md), on
 * H2 and on PostgreSQL: the OpenAPI-driven fuzzer with 1,500 requests (0 5xx, 0 stack traces or
 * server banners, every error from /api/ problem+json) and the whole authorisation matrix (every
 * operation of the document has a row for every role, and every row's answer is the one written
 * down).
 */
@ExtendWith(SharedPortal.class)
class ResilienceIT {

  final URL base = SharedPortal.url();

  private final GreenMail smtp = SharedMail.server();

  private URI uri() {
    return URI.create(base.toString().replaceAll("/$", ""));
  }

  @Test
  void fuzzerFindsNoServerErrorsStackTracesOrNonProblemErrors() {
    ApiDocument api = Resilience.document(uri());
    Fixture fixture = new Fixture(uri(), smtp, SharedPortal.ADMIN_PASSWORD);
    Fuzzer.Report report = new Fuzzer(api, fixture, 16L).run(1_500);
    System.out.print(report.text());
    assertEquals(1_500, report.requests);
    assertTrue(
        report.violations.isEmpty(), report.violations.size() + " violations:\n" + report.text());
  }

  @Test
  void everyOperationAnswersEveryRoleAsWrittenDown() {
    ApiDocument api = Resilience.document(uri());
    AuthzMatrix.Result result =
        new AuthzMatrix(api, new Fixture(uri(), smtp, SharedPortal.ADMIN_PASSWORD)).run();
    System.out.print(result.report());
    assertTrue(
        result.missing().isEmpty(),
        "operations without rows in " + AuthzMatrix.RESOURCE + ":\n" + result.report());
    assertTrue(
        result.stale().isEmpty(),
        "rows of operations the document no longer has:\n" + result.report());
    assertTrue(result.mismatches().isEmpty(), result.report());
  }
}
