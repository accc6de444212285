package tr.bel.kucukcekmece.kentsesi.core.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import tr.bel.kucukcekmece.kentsesi.core.config.Settings;

/** Brings the schema to the newest version with the versioned scripts in {@code db/migration}. */
public final class SchemaMigrations {

  private SchemaMigrations() {}

  /** Applies pending migrations and returns the schema version now in force. */
  public static String migrate(DataSource dataSource) {
    var configuration = Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .baselineOnMigrate(false)
        .validateMigrationNaming(true);
    Settings.get(Settings.DB_SCHEMA).ifPresent(schema -> configuration.schemas(schema).createSchemas(true));
    MigrateResult result = configuration.load().migrate();
    return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
  }
}
