package tr.bel.kucukcekmece.kentsesi.resilience;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.util.Map;

/**
 * The resilience suite as a program (see src/resilience/fuzz.sh and authz-matrix.sh): {@code
 * Resilience fuzz <base URL> <requests> <seed>} or {@code Resilience matrix <base URL>}. The
 * portal's SMTP server must be the GreenMail this program starts on {@code -Dresilience.smtpPort}
 * (citizen accounts are verified by mail); the admin password comes from {@code
 * -Dresilience.adminPassword}. Exits 1 on any violation or mismatch.
 */
public final class Resilience {

  private Resilience() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: Resilience fuzz <base URL> [requests] [seed] | matrix <base URL>");
      System.exit(2);
    }
    URI base = URI.create(args[1]);
    int smtpPort = Integer.getInteger("resilience.smtpPort", 3040);
    GreenMail smtp =
        new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    boolean failed;
    try {
      ApiDocument api = document(base);
      Fixture fixture =
          new Fixture(
              base, smtp, System.getProperty("resilience.adminPassword", "Kent-Test-Passw0rd-9"));
      if (args[0].equals("fuzz")) {
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261207L;
        long start = System.nanoTime();
        Fuzzer.Report report = new Fuzzer(api, fixture, seed).run(requests);
        System.out.print(report.text());
        System.out.printf(
            "operations in the document: %d; time: %.1f s%n",
            api.operations().size(), (System.nanoTime() - start) / 1e9);
        failed = !report.violations.isEmpty();
      } else {
        AuthzMatrix.Result result = new AuthzMatrix(api, fixture).run();
        System.out.print(result.report());
        System.out.printf("operations in the document: %d%n", api.operations().size());
        failed =
            !result.mismatches().isEmpty()
                || !result.missing().isEmpty()
                || !result.stale().isEmpty();
      }
    } finally {
      smtp.stop();
    }
    System.exit(failed ? 1 : 0);
  }

  /** The portal's OpenAPI document, as JSON. */
  public static ApiDocument document(URI base) {
    Session.Res r =
        new Session(base).send("GET", "/openapi", Map.of("Accept", "application/json"), null);
    if (r.status() != 200) {
      throw new IllegalStateException("GET /openapi: " + r.status());
    }
    return new ApiDocument(r.body());
  }
}
