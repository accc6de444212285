package tr.bel.kucukcekmece.kentsesi.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The portal that the test classes of one test run share: the WAR the build produced, with the test-only server
 * classes of {@code it.server} added ({@code target/kentsesi-it.war}), started once per JVM (once per failsafe
 * execution, so once per database) in its own Payara Micro process by the first class that extends with it, and
 * stopped when the run ends (the root context's store closes it). It gets the options the execution passes in
 * {@code kentsesi.it.portalOptions} (admin password, demo mode, contact key, limits, SMTP to the {@link SharedMail}
 * server, data and knowledge directories, PostgreSQL URL and schema) and the operator's metrics listener on
 * {@code KENTSESI_METRICS_PORT}. A test class uses it with {@code @ExtendWith(SharedPortal.class)} and
 * {@link #url()}.
 *
 * <p>Tests on the shared portal see each other's data and run in any order, so a test
 * <ul>
 *   <li>creates what it needs (accounts, submissions, proposals with a word of its own) and finds it by that, never
 *       assumes an empty database or counts from a fresh start (compare before and after instead);</li>
 *   <li>never locks shared accounts: every request comes from 127.0.0.1, the login throttle allows 5 failures per
 *       (username, address) and 20 per address across usernames (past those, addresses are held back for usernames
 *       that never logged in from there), so lock-out tests use accounts of their own and log in from another
 *       loopback address ({@link Http#loginFrom});</li>
 *   <li>reads only its own mails ({@link SharedMail});</li>
 *   <li>does not exhaust a limit others need: limits that a test must reach run on a portal of the test's own
 *       ({@link PortalProcess}), as AddressLimitsIT, RateLimitIT, EdgeIT and DatabaseUnreachableIT do.</li>
 * </ul>
 */
final class SharedPortal implements BeforeAllCallback {

  /** The bootstrap administrator's password the test portals start with (see the pom's it.common). */
  static final String ADMIN_PASSWORD = "Kent-Test-Passw0rd-9";

  /** The demo staff password (demo mode is on in the test portals). */
  static final String DEMO_PASSWORD = "Demo-Kent-2026";

  /** How long the portal may take to start (the WAR's start-up work included) on a loaded machine. */
  static final Duration STARTUP = Duration.ofSeconds(300);

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPortal.class);
  private static volatile Running running;

  @Override
  public void beforeAll(ExtensionContext context) {
    SharedMail.start(context);
    Running r = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, k -> Running.start(),
        Running.class);
    if (r.failure != null) {
      throw r.failure;
    }
  }

  /** The base URL of the shared portal, ending in a slash; the test class must extend with this class. */
  static URL url() {
    return running().url;
  }

  /** The port of the shared portal's operator metrics listener (loopback). */
  static int metricsPort() {
    return running().portal.metricsPort;
  }

  private static Running running() {
    Running r = running;
    if (r == null || r.portal == null) {
      throw new IllegalStateException("the shared portal is not running: add @ExtendWith(SharedPortal.class)");
    }
    return r;
  }

  /**
   * The built WAR with the classes of the test-only package {@code it.server} (fixtures and probes that the API
   * tests call under {@code /api/test-fixture/}) added under WEB-INF/classes.
   */
  static Path testWar() throws IOException {
    Path war = Path.of("target", "kentsesi.war");
    if (!Files.isRegularFile(war)) {
      throw new IllegalStateException("target/kentsesi.war is missing: run the tests through 'mvn verify'");
    }
    Path testWar = Path.of("target", "kentsesi-it.war");
    Files.copy(war, testWar, StandardCopyOption.REPLACE_EXISTING);
    Path classes = Path.of("target", "test-classes");
    Path server = classes.resolve(SharedPortal.class.getPackageName().replace('.', '/')).resolve("server");
    try (FileSystem zip = FileSystems.newFileSystem(testWar); Stream<Path> files = Files.walk(server)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = zip.getPath("/WEB-INF/classes").resolve(classes.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return testWar;
  }

  /** The running portal (or why it could not start), closed with the root context's store at the end of the run. */
  private static final class Running implements AutoCloseable {
    final PortalProcess portal;
    final URL url;
    final RuntimeException failure;

    private Running(PortalProcess portal, URL url, RuntimeException failure) {
      this.portal = portal;
      this.url = url;
      this.failure = failure;
    }

    static Running start() {
      String options = System.getProperty("kentsesi.it.portalOptions");
      if (options == null || options.isBlank()) {
        return new Running(null, null, new IllegalStateException(
            "kentsesi.it.portalOptions is not set: run the integration tests through 'mvn verify'"));
      }
      PortalProcess portal = null;
      try {
        Map<String, String> env = new HashMap<>();
        String metrics = System.getenv("KENTSESI_METRICS_PORT");
        if (metrics != null) {
          env.put("KENTSESI_METRICS_PORT", metrics);
        }
        List<String> jvm = Arrays.stream(options.trim().split("\\s+")).toList();
        long started = System.nanoTime();
        portal = PortalProcess.start("shared-portal-", testWar(), env, PortalProcess.freePort(), jvm);
        if (!portal.awaitReady(STARTUP)) {
          String tail = portal.tail();
          portal.close();
          return new Running(null, null, new IllegalStateException("the shared portal did not become ready within "
              + STARTUP.toSeconds() + " s (log " + portal.log + "):\n" + tail));
        }
        System.out.printf("Shared portal ready at %s in %.1f s (log %s)%n", portal.base(),
            (System.nanoTime() - started) / 1e9, portal.log);
        Running r = new Running(portal, new URL(portal.base().toString()), null);
        running = r;
        return r;
      } catch (IOException e) {
        if (portal != null) {
          portal.process.destroyForcibly();
        }
        return new Running(null, null, new UncheckedIOException("the shared portal could not start", e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Running(null, null, new IllegalStateException("interrupted while the shared portal started", e));
      }
    }

    @Override
    public void close() throws InterruptedException {
      running = null;
      if (portal != null) {
        portal.close();
      }
    }
  }
}
