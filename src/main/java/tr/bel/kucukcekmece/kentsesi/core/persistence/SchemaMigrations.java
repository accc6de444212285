package tr.bel.kucukcekmece.kentsesi.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;

/**
 * Brings the schema to the newest version with the versioned scripts in {@code db/migration}, plus
 * those in {@code db/vendor/postgresql} on PostgreSQL: statements H2 does not understand (version
 * numbers are shared, so such a script takes a number no common script uses).
 */
public final class SchemaMigrations {

  private SchemaMigrations() {}

  /** Applies pending migrations and returns the schema version now in force. */
  public static String migrate(DataSource dataSource) {
    var configuration =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations(dataSource))
            .baselineOnMigrate(false)
            .validateMigrationNaming(true);
    CoreSettings.DB_SCHEMA
        .get()
        .ifPresent(schema -> configuration.schemas(schema).createSchemas(true));
    MigrateResult result = configuration.load().migrate();
    return result.targetSchemaVersion != null
        ? result.targetSchemaVersion
        : result.initialSchemaVersion;
  }

  private static String[] locations(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().contains("PostgreSQL")
          ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
          : new String[] {"classpath:db/migration"};
    } catch (SQLException e) {
      throw new IllegalStateException("database unreachable: " + e.getMessage(), e);
    }
  }
}
