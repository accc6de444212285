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
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The portal that the test classes of one test run share: the WAR the build produced, with the
 * test-only server classes of {@code it.server} added ({@code target/kentsesi-it.war}), started
 * once per JVM (once per failsafe execution, so once per database) in its own Payara Micro process
 * by the first class that extends with it, and stopped when the run ends (the root context's store
 * closes it). It gets the options the execution passes in {@code kentsesi.it.portalOptions} (admin
 * password, demo mode, contact key, limits, SMTP to the {@link SharedMail} server, data and
 * knowledge directories, PostgreSQL URL and schema) and the operator's metrics listener on {@code
 * KENTSESI_METRICS_PORT}. A test class uses it with {@code @ExtendWith(SharedPortal.class)} and
 * {@link #url()}.
 *
 * <p>Tests on the shared portal see each other's data and run in any order, so a test
 *
 * <ul>
 *   <li>creates what it needs (accounts, submissions, proposals with a word of its own) and finds
 *       it by that, never assumes an empty database or counts from a fresh start (compare before
 *       and after instead);
 *   <li>never locks shared accounts: every request comes from 127.0.0.1, the login throttle allows
 *       5 failures per (username, address) and 20 per address across usernames (past those,
 *       addresses are held back for usernames that never logged in from there), so lock-out tests
 *       use accounts of their own and log in from another loopback address ({@link
 *       Http#loginFrom});
 *   <li>reads only its own mails ({@link SharedMail});
 *   <li>does not exhaust a limit others need: the limits a test must reach are those of the {@link
 *       LimitsPortal} (AddressLimitsIT, RateLimitIT); a test that needs a configuration of its own
 *       starts its own portal ({@link PortalProcess}: EdgeIT, DatabaseUnreachableIT,
 *       ResilienceScenariosIT).
 * </ul>
 */
final class SharedPortal implements BeforeAllCallback {

  /**
   * The bootstrap administrator's password the test portals start with (see the pom's it.common).
   */
  static final String ADMIN_PASSWORD = "Kent-Test-Passw0rd-9";

  /** The demo staff password (demo mode is on in the test portals). */
  static final String DEMO_PASSWORD = "Demo-Kent-2026";

  /**
   * How long the portal may take to start (the WAR's start-up work included) on a loaded machine.
   */
  static final Duration STARTUP = Duration.ofSeconds(300);

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedPortal.class);
  private static final Map<Kind, Running> RUNNING = new ConcurrentHashMap<>();

  /** The portals a test run shares, each started once per JVM on first use. */
  enum Kind {
    /**
     * Every class's portal: the test WAR, limits out of reach ({@code kentsesi.it.portalOptions}).
     */
    SHARED("shared-portal-", "kentsesi.it.portalOptions", true),
    /**
     * Limits a test can reach ({@link LimitsPortal}, {@code kentsesi.it.limitsPortalOptions}): the
     * built WAR.
     */
    LIMITS("limits-portal-", "kentsesi.it.limitsPortalOptions", false);

    final String name;
    final String optionsProperty;
    final boolean testWar;

    Kind(String name, String optionsProperty, boolean testWar) {
      this.name = name;
      this.optionsProperty = optionsProperty;
      this.testWar = testWar;
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start(context, Kind.SHARED);
  }

  /**
   * Starts the portal of this kind unless it runs (or failed to start) already; the test mail
   * server as well.
   */
  static void start(ExtensionContext context, Kind kind) {
    SharedMail.start(context);
    Running r =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(kind, Running::start, Running.class);
    if (r.failure != null) {
      throw r.failure;
    }
  }

  /**
   * The base URL of the shared portal, ending in a slash; the test class must extend with this
   * class.
   */
  static URL url() {
    return url(Kind.SHARED);
  }

  static URL url(Kind kind) {
    Running r = RUNNING.get(kind);
    if (r == null) {
      throw new IllegalStateException(
          "the "
              + kind.name
              + " is not running: add @ExtendWith("
              + (kind == Kind.SHARED ? "SharedPortal" : "LimitsPortal")
              + ".class) to the test class");
    }
    return r.url;
  }

  /**
   * The built WAR with the classes of the test-only package {@code it.server} (fixtures and probes
   * that the API tests call under {@code /api/test-fixture/}) added under WEB-INF/classes.
   */
  static Path testWar() throws IOException {
    Path war = Path.of("target", "kentsesi.war");
    if (!Files.isRegularFile(war)) {
      throw new IllegalStateException(
          "target/kentsesi.war is missing: run the tests through 'mvn verify'");
    }
    Path testWar = Path.of("target", "kentsesi-it.war");
    Files.copy(war, testWar, StandardCopyOption.REPLACE_EXISTING);
    Path classes = Path.of("target", "test-classes");
    Path server =
        classes.resolve(SharedPortal.class.getPackageName().replace('.', '/')).resolve("server");
    try (FileSystem zip = FileSystems.newFileSystem(testWar);
        Stream<Path> files = Files.walk(server)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = zip.getPath("/WEB-INF/classes").resolve(classes.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return testWar;
  }

  /**
   * The running portal (or why it could not start), closed with the root context's store at the end
   * of the run.
   */
  private static final class Running implements AutoCloseable {
    final Kind kind;
    final PortalProcess portal;
    final URL url;
    final RuntimeException failure;

    private Running(Kind kind, PortalProcess portal, URL url, RuntimeException failure) {
      this.kind = kind;
      this.portal = portal;
      this.url = url;
      this.failure = failure;
    }

    private static Running failed(Kind kind, RuntimeException failure) {
      return new Running(kind, null, null, failure);
    }

    static Running start(Kind kind) {
      String options = System.getProperty(kind.optionsProperty);
      if (options == null || options.isBlank()) {
        return failed(
            kind,
            new IllegalStateException(
                kind.optionsProperty
                    + " is not set: run the integration tests through 'mvn verify'"));
      }
      PortalProcess portal = null;
      try {
        Map<String, String> env = new HashMap<>();
        String metrics = System.getenv("KENTSESI_METRICS_PORT");
        if (kind == Kind.SHARED && metrics != null) {
          env.put("KENTSESI_METRICS_PORT", metrics);
        }
        List<String> jvm = Arrays.stream(options.trim().split("\\s+")).toList();
        long started = System.nanoTime();
        Path war = kind.testWar ? testWar() : Path.of("target", "kentsesi.war");
        portal = PortalProcess.start(kind.name, war, env, PortalProcess.freePort(), jvm);
        if (!portal.awaitReady(STARTUP)) {
          String tail = portal.tail();
          portal.close();
          return failed(
              kind,
              new IllegalStateException(
                  "the "
                      + kind.name
                      + " did not become ready within "
                      + STARTUP.toSeconds()
                      + " s (log "
                      + portal.log
                      + "):\n"
                      + tail));
        }
        System.out.printf(
            "%s ready at %s in %.1f s (log %s)%n",
            kind.name, portal.base(), (System.nanoTime() - started) / 1e9, portal.log);
        Running r = new Running(kind, portal, new URL(portal.base().toString()), null);
        RUNNING.put(kind, r);
        return r;
      } catch (IOException e) {
        if (portal != null) {
          portal.process.destroyForcibly();
        }
        return failed(kind, new UncheckedIOException("the " + kind.name + " could not start", e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return failed(
            kind, new IllegalStateException("interrupted while the " + kind.name + " started", e));
      }
    }

    @Override
    public void close() throws InterruptedException {
      RUNNING.remove(kind);
      if (portal != null) {
        portal.close();
      }
    }
  }
}
