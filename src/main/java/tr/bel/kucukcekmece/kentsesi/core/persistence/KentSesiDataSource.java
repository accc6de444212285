package tr.bel.kucukcekmece.kentsesi.core.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;

/**
 * The portal's physical datasource, pooled by the application server. When {@code kentsesi.db.url}
 * is set it connects there (PostgreSQL in production and CI); otherwise it opens the embedded H2
 * database kept in the data directory, so that data survives a restart.
 */
public class KentSesiDataSource implements DataSource {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(KentSesiDataSource.class.getName());
  private static volatile boolean applicationStarted;

  private volatile DataSource delegate;
  private PrintWriter logWriter;
  private int loginTimeout;

  /** The JDBC URL in use, without credentials, for log lines and the readiness report. */
  public static String describe() {
    return DatabaseTarget.fromSettings().displayUrl();
  }

  private DataSource delegate() {
    DataSource d = delegate;
    if (d == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = create(DatabaseTarget.fromSettings());
        }
        d = delegate;
      }
    }
    return d;
  }

  static DataSource create(DatabaseTarget target) {
    if (target.postgres()) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(target.url());
      target.user().ifPresent(pg::setUser);
      target.password().ifPresent(pg::setPassword);
      target.schema().ifPresent(pg::setCurrentSchema);
      pg.setConnectTimeout(5);
      pg.setApplicationName("kentsesi");
      return pg;
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(target.url());
    h2.setUser(target.user().orElse("sa"));
    h2.setPassword(target.password().orElse(""));
    return h2;
  }

  /**
   * Called once the application has started: from then on a database outage is reported, not fatal.
   */
  public static void applicationStarted() {
    applicationStarted = true;
  }

  @Override
  public Connection getConnection() throws SQLException {
    try {
      return delegate().getConnection();
    } catch (SQLException e) {
      if (!applicationStarted) {
        failFast(e);
      }
      throw e;
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  /**
   * The database cannot be reached while the portal is being deployed: rather than leave a server
   * that answers 404 to everything, say so in one line and stop the process with exit status 3.
   */
  private static synchronized void failFast(SQLException e) {
    if (applicationStarted || Boolean.getBoolean("kentsesi.failFast.done")) {
      return;
    }
    System.setProperty("kentsesi.failFast.done", "true");
    LOG.severe(
        "Kent Sesi cannot start: database unreachable at "
            + describe()
            + " ("
            + e.getMessage()
            + "). Check KENTSESI_DB_URL / KENTSESI_DB_USER / KENTSESI_DB_PASSWORD. Exiting with status 3.");
    Thread exit = new Thread(() -> System.exit(3), "kentsesi-fail-fast");
    exit.setDaemon(true);
    exit.start();
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper for " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }

  /** Where the portal's data lives, as configured. */
  record DatabaseTarget(
      String url,
      java.util.Optional<String> user,
      java.util.Optional<String> password,
      java.util.Optional<String> schema,
      boolean postgres) {

    static DatabaseTarget fromSettings() {
      java.util.Optional<String> configured = CoreSettings.DB_URL.get();
      if (configured.isPresent() && !configured.get().startsWith("jdbc:h2:")) {
        return new DatabaseTarget(
            configured.get(),
            CoreSettings.DB_USER.get(),
            CoreSettings.DB_PASSWORD.get(),
            CoreSettings.DB_SCHEMA.get(),
            true);
      }
      String url =
          configured.orElseGet(
              () -> "jdbc:h2:file:" + CoreSettings.dataDir().resolve("db").resolve("kentsesi"));
      return new DatabaseTarget(
          url,
          CoreSettings.DB_USER.get(),
          CoreSettings.DB_PASSWORD.get(),
          java.util.Optional.empty(),
          false);
    }

    String displayUrl() {
      int q = url.indexOf('?');
      String shown = q < 0 ? url : url.substring(0, q);
      return schema.map(s -> shown + " (schema " + s + ")").orElse(shown);
    }
  }
}
