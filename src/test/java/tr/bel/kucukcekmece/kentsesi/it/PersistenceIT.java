package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Persistence inside the portal: the configured database, the migrated schema, entities and times,
 * read through the test-only probe the shared portal's WAR carries ({@code
 * it.server.PersistenceProbe}: the portal's datasource and services) and checked here.
 */
@ExtendWith(SharedPortal.class)
class PersistenceIT {

  final URL base = SharedPortal.url();

  /** The database of this failsafe execution (pom: kentsesi.it.database). */
  private static boolean postgres() {
    return "postgresql".equals(System.getProperty("kentsesi.it.database"));
  }

  private JsonObject probe(String method, String path) {
    Http.Res r =
        new Http(base).send(method, "api/test-fixture/persistence/" + path, null, Map.of());
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  @Test
  void theDatabaseIsTheConfiguredOne() {
    boolean postgresConfigured = postgres();
    String product = probe("GET", "database").getString("product");
    assertEquals(postgresConfigured, product.contains("PostgreSQL"), product);
    assertEquals(!postgresConfigured, product.contains("H2"), product);
  }

  @Test
  void theSchemaWasBuiltByTheVersionedMigrations() {
    JsonObject m = probe("GET", "migrations");
    assertTrue(m.getBoolean("history"), "migration history present");
    assertEquals("1", m.getString("firstVersion"));
    assertTrue(m.getBoolean("firstSuccess"));
  }

  @Test
  void thePostgresqlOnlyMigrationRunsOnPostgresqlAlone() {
    boolean postgres = postgres();
    JsonObject m = probe("GET", "migrations");
    assertEquals(postgres ? 1 : 0, m.getInt("fillfactorRuns"));
    if (postgres) {
      assertEquals("fillfactor=10", m.getString("cellOptions"));
    }
  }

  @Test
  void timesAreStoredAsTimestampsNotSerializedObjects() {
    for (String table : List.of("account", "audit_event")) {
      String column = table.equals("account") ? "created_at" : "occurred_at";
      JsonObject t = probe("GET", "column-type?table=" + table + "&column=" + column);
      assertFalse(t.isNull("type"), "column " + table + "." + column + " not found");
      int type = t.getInt("type");
      assertTrue(
          type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE,
          table + "." + column + ": " + type);
    }
  }

  @Test
  void theCatalogIsLoadedIntoTheDatabase() {
    JsonObject c = probe("POST", "catalog");
    assertEquals(25, c.getInt("departments"));
    assertEquals(21, c.getInt("neighbourhoods"));
    assertEquals(25, c.getInt("departmentRows"));
    assertEquals(c.getInt("services"), c.getInt("serviceRows"));
    assertTrue(c.getInt("holidayRows") >= 80);
    // reloading the same files changes nothing
    assertEquals(25, c.getInt("departmentsAfterReload"));
    assertEquals(LocalDate.parse("2026-06-17"), LocalDate.parse(c.getString("dueDate")));
  }

  @Test
  void accountsRoundTripWithSequenceIdsAndUtcTimes() {
    String username = "it." + UUID.randomUUID().toString().substring(0, 8);
    LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1);
    JsonObject r = probe("POST", "accounts?username=" + username);
    assertFalse(r.isNull("firstId"));
    long a = r.getJsonNumber("firstId").longValue();
    long b = r.getJsonNumber("secondId").longValue();
    assertTrue(b > a, "ids come from the sequence in order");
    assertEquals(Set.of("OFFICIAL", "EDITOR"), strings(r.getJsonArray("roles")));
    assertEquals(Set.of("ZABITA"), strings(r.getJsonArray("departments")));
    String hash = r.getString("passwordHash");
    assertFalse(hash.contains("Deneme-Parola-42"));
    assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash);
    LocalDateTime created = LocalDateTime.parse(r.getString("createdAt"));
    assertTrue(
        !created.isBefore(before)
            && Duration.between(created, LocalDateTime.parse(r.getString("now"))).toMinutes() < 5,
        "stored in UTC: " + created);
    assertTrue(strings(r.getJsonArray("auditActions")).contains("ACCOUNT_CREATED"));
  }

  private static Set<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .collect(Collectors.toSet());
  }
}
