package tr.bel.kucukcekmece.kentsesi.core.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;
import tr.bel.kucukcekmece.kentsesi.core.persistence.DataSourceConfiguration;
import tr.bel.kucukcekmece.kentsesi.core.persistence.KentSesiDataSource;
import tr.bel.kucukcekmece.kentsesi.core.persistence.SchemaMigrations;

/**
 * Runs the start-up work when the application is deployed: migrate the schema, then let the
 * features do theirs through {@link PortalStarted}. (A database that cannot be reached during
 * deployment stops the process with one clear line, see {@link KentSesiDataSource}.) If start-up
 * work cannot reach the database afterwards, the portal reports not-ready with the reason (health
 * and every API answer 503) and tries again every ten seconds.
 */
@ApplicationScoped
public class StartupCoordinator {

  private static final Logger LOG = Logger.getLogger(StartupCoordinator.class.getName());

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject StartupState state;

  @Inject Event<PortalStarted> started;

  private volatile boolean unreachableLogged;

  void onDeploy(@Observes @Initialized(ApplicationScoped.class) Object context) {
    KentSesiDataSource.applicationStarted();
    attempt();
  }

  private void attempt() {
    String target = KentSesiDataSource.describe();
    try (Connection c = dataSource.getConnection()) {
      c.isValid(5);
    } catch (SQLException | RuntimeException e) {
      String why = "database unreachable at " + target + " (" + rootMessage(e) + ")";
      state.markNotReady(why);
      if (!unreachableLogged) {
        LOG.severe(
            "Kent Sesi is NOT READY: "
                + why
                + "; /health/ready is DOWN and APIs answer 503; retrying every 10 s.");
        unreachableLogged = true;
      }
      scheduler.schedule(this::attempt, 10, TimeUnit.SECONDS);
      return;
    }
    try {
      long t0 = System.nanoTime();
      String version = SchemaMigrations.migrate(dataSource);
      started.fire(new PortalStarted(CoreSettings.demo()));
      state.markReady();
      LOG.info(
          () ->
              String.format(
                  "Kent Sesi is ready: database %s, schema version %s, start-up work %d ms.",
                  target, version, (System.nanoTime() - t0) / 1_000_000));
    } catch (RuntimeException e) {
      StartupRefused refused = refusal(e);
      if (refused != null) {
        state.markNotReady(refused.getMessage());
        exitRefusing(refused.getMessage());
        return;
      }
      String why = "start-up failed: " + rootMessage(e);
      state.markNotReady(why);
      LOG.log(Level.SEVERE, "Kent Sesi is NOT READY: " + why, e);
    }
  }

  /**
   * Says in one line why the portal must not run as configured, and ends the process with exit
   * status 4.
   */
  static void exitRefusing(String reason) {
    LOG.severe(
        "Kent Sesi refuses to start: "
            + reason
            + (reason.endsWith(".") ? "" : ".")
            + " Exiting with status 4.");
    Thread exit = new Thread(() -> System.exit(4), "kentsesi-refuse-start");
    exit.setDaemon(true);
    exit.start();
  }

  private static StartupRefused refusal(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof StartupRefused r) {
        return r;
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null
        ? t.getClass().getSimpleName()
        : m.replaceAll("password=[^;&\\s]*", "password=***");
  }
}
