package tr.bel.kucukcekmece.kentsesi.it.server;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tr.bel.kucukcekmece.kentsesi.catalog.application.CatalogService;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.persistence.DataSourceConfiguration;
import tr.bel.kucukcekmece.kentsesi.identity.application.AccountService;
import tr.bel.kucukcekmece.kentsesi.identity.application.AccountService.AccountSpec;
import tr.bel.kucukcekmece.kentsesi.identity.domain.Account;

/**
 * Test-only addition to the shared test portal's WAR for {@code PersistenceIT}: what the
 * persistence layer holds, read inside the portal (its datasource, its services) and answered as
 * JSON for the test to check. Left out of the OpenAPI document, like {@link TransparencyFixture}.
 */
@Path("test-fixture/persistence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PersistenceProbe {

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Inject AccountService accounts;

  @Inject CatalogService catalog;

  @Inject AuditLog audit;

  /** The database product behind the portal's datasource. */
  @GET
  @Path("database")
  @Operation(hidden = true)
  public String database() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return Json.createObjectBuilder()
          .add("product", c.getMetaData().getDatabaseProductName())
          .build()
          .toString();
    }
  }

  /**
   * The first versioned migration and whether it succeeded, how often the PostgreSQL-only migration
   * ran, and the storage options of the rollup cells' table (PostgreSQL only).
   */
  @GET
  @Path("migrations")
  @Operation(hidden = true)
  public String migrations() throws SQLException {
    JsonObjectBuilder out = Json.createObjectBuilder();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "select \"version\", \"success\" from \"flyway_schema_history\" where "
                  + "\"version\" is not null order by \"installed_rank\"")) {
        out.add("history", rs.next());
        out.add("firstVersion", rs.getString(1)).add("firstSuccess", rs.getBoolean(2));
      }
      try (ResultSet rs =
          s.executeQuery(
              "select count(*) from \"flyway_schema_history\" where \"script\" = "
                  + "'V6__transparency_cell_fillfactor.sql' and \"success\"")) {
        rs.next();
        out.add("fillfactorRuns", rs.getInt(1));
      }
      if (c.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
        try (ResultSet rs =
            s.executeQuery(
                "select array_to_string(reloptions, ',') from pg_class "
                    + "where oid = 'transparency_cell'::regclass")) {
          rs.next();
          out.add("cellOptions", rs.getString(1));
        }
      }
    }
    return out.build().toString();
  }

  /** The JDBC type (java.sql.Types) of a column, found under its name in lower or upper case. */
  @GET
  @Path("column-type")
  @Operation(hidden = true)
  public String columnType(@QueryParam("table") String table, @QueryParam("column") String column)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String t : List.of(table, table.toUpperCase())) {
        for (String col : List.of(column, column.toUpperCase())) {
          try (ResultSet rs = meta.getColumns(null, null, t, col)) {
            if (rs.next()) {
              return Json.createObjectBuilder()
                  .add("type", rs.getInt("DATA_TYPE"))
                  .build()
                  .toString();
            }
          }
        }
      }
    }
    return Json.createObjectBuilder().addNull("type").build().toString();
  }

  /**
   * The catalog as the service holds it and as the tables hold it, then loaded again from the same
   * files: the department count afterwards and a due date across the holidays of 2026.
   */
  @POST
  @Path("catalog")
  @Operation(hidden = true)
  public String catalog() throws SQLException {
    JsonObjectBuilder out =
        Json.createObjectBuilder()
            .add("departments", catalog.snapshot().departments().size())
            .add("neighbourhoods", catalog.snapshot().neighbourhoods().size())
            .add("services", catalog.snapshot().allServices().size());
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      out.add("departmentRows", count(s, "select count(*) from department where active = true"));
      out.add("serviceRows", count(s, "select count(*) from public_service where active = true"));
      out.add("holidayRows", count(s, "select count(*) from public_holiday"));
    }
    catalog.load();
    out.add("departmentsAfterReload", catalog.snapshot().departments().size());
    out.add(
        "dueDate",
        catalog
            .serviceDueDate(
                catalog.snapshot().service("BASIN-BILGI-EDINME").orElseThrow(),
                LocalDate.parse("2026-05-22"))
            .toString());
    return out.build().toString();
  }

  private static int count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /**
   * Creates two staff accounts (the username given and the same with "b"), reads the first back by
   * its name in upper case, and answers the ids, roles, departments, password hash, creation time,
   * the time now (UTC) and the audit actions recorded for the first.
   */
  @POST
  @Path("accounts")
  @Operation(hidden = true)
  public String accounts(@QueryParam("username") String username) {
    Account a =
        accounts.create(
            new AccountSpec(
                username,
                "Deneme Kişi",
                null,
                "Deneme-Parola-42",
                List.of("OFFICIAL", "EDITOR"),
                List.of("zabita"),
                true),
            "it-test");
    Account b =
        accounts.create(
            new AccountSpec(
                username + "b",
                "Deneme Kişi 2",
                null,
                "Deneme-Parola-42",
                List.of("MODERATOR"),
                List.of(),
                true),
            "it-test");
    Account read = accounts.findByUsername(username.toUpperCase()).orElseThrow();
    JsonArrayBuilder roles = Json.createArrayBuilder();
    read.roles().forEach(roles::add);
    JsonArrayBuilder departments = Json.createArrayBuilder();
    read.departments().forEach(departments::add);
    JsonArrayBuilder actions = Json.createArrayBuilder();
    audit.recent("account", username, 10).forEach(e -> actions.add(e.action()));
    JsonObjectBuilder out = Json.createObjectBuilder();
    if (a.id() == null) {
      out.addNull("firstId");
    } else {
      out.add("firstId", a.id());
    }
    return out.add("secondId", b.id())
        .add("roles", roles)
        .add("departments", departments)
        .add("passwordHash", read.passwordHash())
        .add("createdAt", read.createdAt().toString())
        .add("now", LocalDateTime.now(ZoneOffset.UTC).toString())
        .add("auditActions", actions)
        .build()
        .toString();
  }
}
