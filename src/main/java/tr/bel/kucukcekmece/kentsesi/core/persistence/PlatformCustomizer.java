package tr.bel.kucukcekmece.kentsesi.core.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sessions.Session;

/**
 * Tells EclipseLink which database it talks to from the configuration instead of asking the
 * database at deploy time, so that the portal deploys (and reports not-ready) even while its
 * database is unreachable.
 */
public class PlatformCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    boolean postgres = KentSesiDataSource.DatabaseTarget.fromSettings().postgres();
    DatabasePlatform current = (DatabasePlatform) session.getLogin().getPlatform();
    if (postgres == current instanceof PostgreSQLPlatform) {
      return;
    }
    DatabasePlatform chosen = postgres ? new PostgreSQLPlatform() : new H2Platform();
    // The platform carries the sequence definitions read from the entities: keep them.
    chosen.setDefaultSequence(current.getDefaultSequence());
    if (current.getSequences() != null) {
      current.getSequences().values().forEach(chosen::addSequence);
    }
    session.getLogin().setPlatform(chosen);
  }
}
