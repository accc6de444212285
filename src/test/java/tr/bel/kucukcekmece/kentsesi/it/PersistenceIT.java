package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.bel.kucukcekmece.kentsesi.catalog.application.CatalogService;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.persistence.DataSourceConfiguration;
import tr.bel.kucukcekmece.kentsesi.identity.application.AccountService;
import tr.bel.kucukcekmece.kentsesi.identity.application.AccountService.AccountSpec;
import tr.bel.kucukcekmece.kentsesi.identity.domain.Account;

/** Persistence inside the container: the configured database, the migrated schema, entities and times. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal().addClass(PersistenceIT.class);
  }

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Inject
  AccountService accounts;

  @Inject
  CatalogService catalog;

  @Inject
  AuditLog audit;

  @Test
  void theDatabaseIsTheConfiguredOne() throws Exception {
    boolean postgresConfigured = CoreSettings.DB_URL.isSet();
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      assertEquals(postgresConfigured, product.contains("PostgreSQL"), product);
      assertEquals(!postgresConfigured, product.contains("H2"), product);
    }
  }

  @Test
  void theSchemaWasBuiltByTheVersionedMigrations() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\" where \"version\" is not null"
            + " order by \"installed_rank\"")) {
      assertTrue(rs.next(), "migration history present");
      assertEquals("1", rs.getString(1));
      assertTrue(rs.getBoolean(2));
    }
  }

  @Test
  void thePostgresqlOnlyMigrationRunsOnPostgresqlAlone() throws Exception {
    boolean postgres = CoreSettings.DB_URL.isSet();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select count(*) from \"flyway_schema_history\" where \"script\" = "
          + "'V6__transparency_cell_fillfactor.sql' and \"success\"")) {
        assertTrue(rs.next());
        assertEquals(postgres ? 1 : 0, rs.getInt(1));
      }
      if (postgres) {
        try (ResultSet rs = s.executeQuery("select array_to_string(reloptions, ',') from pg_class "
            + "where oid = 'transparency_cell'::regclass")) {
          assertTrue(rs.next());
          assertEquals("fillfactor=10", rs.getString(1));
        }
      }
    }
  }

  @Test
  void timesAreStoredAsTimestampsNotSerializedObjects() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String table : List.of("account", "audit_event")) {
        String column = table.equals("account") ? "created_at" : "occurred_at";
        int type = columnType(meta, table, column);
        assertTrue(type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE, table + "." + column + ": " + type);
      }
    }
  }

  private static int columnType(DatabaseMetaData meta, String table, String column) throws Exception {
    for (String t : List.of(table, table.toUpperCase())) {
      for (String col : List.of(column, column.toUpperCase())) {
        try (ResultSet rs = meta.getColumns(null, null, t, col)) {
          if (rs.next()) {
            return rs.getInt("DATA_TYPE");
          }
        }
      }
    }
    throw new AssertionError("column " + table + "." + column + " not found");
  }

  @Test
  void theCatalogIsLoadedIntoTheDatabase() throws Exception {
    assertEquals(25, catalog.snapshot().departments().size());
    assertEquals(21, catalog.snapshot().neighbourhoods().size());
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("select count(*) from department where active = true");
      rs.next();
      assertEquals(25, rs.getInt(1));
      rs = s.executeQuery("select count(*) from public_service where active = true");
      rs.next();
      assertEquals(catalog.snapshot().allServices().size(), rs.getInt(1));
      rs = s.executeQuery("select count(*) from public_holiday");
      rs.next();
      assertTrue(rs.getInt(1) >= 80);
    }
    // reloading the same files changes nothing
    catalog.load();
    assertEquals(25, catalog.snapshot().departments().size());
    assertEquals(LocalDate.parse("2026-06-17"), catalog.serviceDueDate(
        catalog.snapshot().service("BASIN-BILGI-EDINME").orElseThrow(), LocalDate.parse("2026-05-22")));
  }

  @Test
  void accountsRoundTripWithSequenceIdsAndUtcTimes() {
    String username = "it." + UUID.randomUUID().toString().substring(0, 8);
    LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1);
    Account a = accounts.create(new AccountSpec(username, "Deneme Kişi", null, "Deneme-Parola-42",
        List.of("OFFICIAL", "EDITOR"), List.of("zabita"), true), "it-test");
    Account b = accounts.create(new AccountSpec(username + "b", "Deneme Kişi 2", null, "Deneme-Parola-42",
        List.of("MODERATOR"), List.of(), true), "it-test");
    assertNotNull(a.id());
    assertTrue(b.id() > a.id(), "ids come from the sequence in order");
    Account read = accounts.findByUsername(username.toUpperCase()).orElseThrow();
    assertEquals(Set.of("OFFICIAL", "EDITOR"), read.roles());
    assertEquals(Set.of("ZABITA"), read.departments());
    assertFalse(read.passwordHash().contains("Deneme-Parola-42"));
    assertTrue(read.passwordHash().startsWith("PBKDF2WithHmacSHA512:210000:"), read.passwordHash());
    LocalDateTime created = read.createdAt();
    assertTrue(!created.isBefore(before) && Duration.between(created, LocalDateTime.now(ZoneOffset.UTC)).toMinutes() < 5,
        "stored in UTC: " + created);
    assertTrue(audit.recent("account", username, 10).stream().anyMatch(e -> e.action().equals("ACCOUNT_CREATED")));
  }
}
