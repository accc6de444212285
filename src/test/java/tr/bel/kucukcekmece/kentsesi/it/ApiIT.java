package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalog and identity APIs over HTTP, as a client sees them, including every kind of bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource
  URL base;

  private Http http() {
    return new Http(base);
  }

  private Http admin() {
    Http h = http();
    h.login("admin", Deployments.ADMIN_PASSWORD);
    return h;
  }

  private static void assertProblem(Http.Res r, int status, String code) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    JsonObject p = r.json();
    assertEquals(status, p.getInt("status"));
    assertEquals(code, p.getString("code"), r.body());
    assertFalse(p.getString("title").isBlank());
    assertFalse(r.body().contains("Exception"), "no internals in " + r.body());
    assertFalse(r.body().contains("at tr.bel"), "no stack trace in " + r.body());
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  // ---- health, documents, headers

  @Test
  void readinessIsUpOnceStartupWorkIsDone() {
    Http.Res r = http().get("health/ready");
    assertEquals(200, r.status(), r.body());
    assertTrue(r.body().contains("\"UP\""), r.body());
  }

  @Test
  void openApiDocumentAndMetricsAreServed() {
    Http.Res openapi = http().get("openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/auth/login"), "login documented");
    assertTrue(openapi.body().contains("/api/catalog/departments"), "catalog documented");
    // /metrics is not on the public listener, only on the operator's (pre-boot.asadmin, port from the environment)
    Http.Res metrics = http().get("metrics");
    assertEquals(404, metrics.status(), "metrics: " + metrics.body());
    assertFalse(metrics.body().contains("# TYPE"), metrics.body());
    String metricsPort = System.getenv("KENTSESI_METRICS_PORT");
    assertNotNull(metricsPort, "failsafe sets KENTSESI_METRICS_PORT");
    Http.Res operator = new Http(url("http://127.0.0.1:" + metricsPort + "/")).get("metrics");
    assertEquals(200, operator.status(), operator.body());
    assertTrue(operator.body().lines().anyMatch(l -> l.startsWith("# TYPE")), operator.body());
  }

  private static URL url(String spec) {
    try {
      return new URL(spec);
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(spec, e);
    }
  }

  @Test
  void everyResponseCarriesSecurityHeaders() {
    for (String path : List.of("", "index.html", "api/catalog/neighbourhoods", "api/auth/me", "no-such-page.html")) {
      Http.Res r = http().get(path);
      String csp = r.header("Content-Security-Policy");
      assertNotNull(csp, path);
      assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
      assertTrue(csp.contains("frame-ancestors 'none'"), csp);
      assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
      assertEquals("strict-origin-when-cross-origin", r.header("Referrer-Policy"), path);
    }
  }

  @Test
  void unknownPagesGetTheNotFoundPage() {
    Http.Res r = http().get("no-such-page.html");
    assertEquals(404, r.status());
    assertTrue(r.body().contains("<html"), "an HTML page, not a server error report");
    assertFalse(r.body().contains("Payara"), "no server banner page");
  }

  // ---- catalog

  @Test
  void departmentsListAllTwentyFiveWithTheirServiceStandards() {
    JsonArray departments = http().get("api/catalog/departments").array();
    assertEquals(25, departments.size());
    Set<String> codes = departments.stream().map(v -> v.asJsonObject().getString("code")).collect(Collectors.toSet());
    assertTrue(codes.containsAll(Set.of("FEN", "ZABITA", "STRATEJI", "TEMIZLIK", "VETERINER", "YAZI")), codes.toString());
    for (JsonValue v : departments) {
      JsonObject d = v.asJsonObject();
      assertFalse(d.getJsonObject("name").getString("tr").isBlank());
      assertFalse(d.getJsonObject("name").getString("en").isBlank());
      assertFalse(d.getJsonArray("services").isEmpty(), d.getString("code"));
      for (JsonValue sv : d.getJsonArray("services")) {
        JsonObject s = sv.asJsonObject();
        assertTrue(s.getInt("responseDays") > 0);
        assertTrue(s.containsKey("workingDays"));
        assertFalse(s.getJsonObject("name").getString("en").isBlank());
      }
    }
  }

  @Test
  void neighbourhoodsAreTheTwentyOneMahalles() {
    JsonArray n = http().get("api/catalog/neighbourhoods").array();
    assertEquals(21, n.size());
    assertEquals("Atakent", n.getJsonObject(0).getString("name"));
    assertTrue(n.stream().anyMatch(v -> v.asJsonObject().getString("name").equals("Söğütlü Çeşme")));
  }

  @Test
  void dueDatesFollowTheServiceStandardAndTheHolidays() {
    // YAZI-DILEKCE: 30 calendar days; from 2026-09-29 that is Republic Day (29 Oct) -> 30 Oct.
    JsonObject petition = http().get("api/catalog/services/YAZI-DILEKCE/due-date?from=2026-09-29").json();
    assertEquals("2026-10-30", petition.getString("dueDate"));
    // BASIN-BILGI-EDINME: 15 working days; from Friday 2026-05-22 across Kurban Bayramı -> 17 June.
    JsonObject info = http().get("api/catalog/services/BASIN-BILGI-EDINME/due-date?from=2026-05-22").json();
    assertEquals("2026-06-17", info.getString("dueDate"));
    assertProblem(http().get("api/catalog/services/BASIN-BILGI-EDINME/due-date?from=yesterday"), 400, "validation");
  }

  @Test
  void holidaysOfAYear() {
    JsonArray h = http().get("api/catalog/holidays?year=2026").array();
    assertTrue(h.stream().anyMatch(v -> v.asJsonObject().getString("date").equals("2026-10-29")));
    assertTrue(h.stream().allMatch(v -> v.asJsonObject().getString("date").startsWith("2026-")));
  }

  @Test
  void anUnknownServiceIsAProblemInTheCallersLanguage() {
    Http tr = http();
    Http.Res trRes = tr.get("api/catalog/services/NOPE-1");
    assertProblem(trRes, 404, "service-not-found");
    assertEquals("Hizmet bulunamadı", trRes.json().getString("title"));
    Http en = http();
    en.language = "en";
    Http.Res enRes = en.get("api/catalog/services/NOPE-1");
    assertProblem(enRes, 404, "service-not-found");
    assertEquals("Service not found", enRes.json().getString("title"));
  }

  // ---- login, session, CSRF

  @Test
  void loginGivesAnHttpOnlySameSiteSessionAndACsrfToken() {
    Http h = http();
    Http.Res r = h.post("api/auth/login",
        "{\"username\":\"admin\",\"password\":\"" + Deployments.ADMIN_PASSWORD + "\"}");
    assertEquals(200, r.status(), r.body());
    String cookie = r.header("Set-Cookie");
    assertNotNull(cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
    JsonObject session = r.json();
    assertEquals("admin", session.getString("username"));
    assertTrue(session.getJsonArray("roles").toString().contains("ADMIN"));
    assertTrue(session.getString("csrfToken").length() >= 32);
    JsonObject me = h.get("api/auth/me").json();
    assertEquals("admin", me.getString("username"));
  }

  @Test
  void wrongPasswordsAndUnknownUsersGetTheSameAnswer() {
    assertProblem(http().post("api/auth/login", "{\"username\":\"admin\",\"password\":\"wrong-password-1\"}"), 401,
        "bad-credentials");
    assertProblem(http().post("api/auth/login", "{\"username\":\"" + unique("nobody") + "\",\"password\":\"x\"}"), 401,
        "bad-credentials");
  }

  @Test
  void repeatedFailedLoginsAreThrottled() {
    String username = unique("guess");
    Http h = http();
    for (int i = 0; i < 5; i++) {
      assertEquals(401, h.post("api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"nope-" + i + "\"}")
          .status());
    }
    Http.Res r = h.post("api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"nope-6\"}");
    assertProblem(r, 429, "login-throttled");
    assertNotNull(r.header("Retry-After"));
    assertTrue(Integer.parseInt(r.header("Retry-After")) > 0);
  }

  @Test
  void logoutEndsTheSession() {
    Http h = admin();
    assertEquals(204, h.post("api/auth/logout", null).status());
    assertProblem(h.get("api/auth/me"), 401, "unauthenticated");
  }

  @Test
  void stateChangingRequestsOfASessionNeedTheCsrfToken() {
    Http h = admin();
    String token = h.csrf;
    h.csrf = null;
    assertProblem(h.post("api/auth/logout", null), 403, "csrf");
    h.csrf = "forged-token";
    assertProblem(h.post("api/admin/accounts", "{}"), 403, "csrf");
    h.csrf = token;
    assertEquals(204, h.post("api/auth/logout", null).status());
  }

  // ---- account administration and access rules

  @Test
  void anAdministratorCreatesAnOfficialWhoCanLogIn() {
    Http h = admin();
    String username = unique("ayse.");
    String body = Json.createObjectBuilder().add("username", username).add("displayName", "Ayşe Yılmaz")
        .add("email", "ayse@example.org").add("password", "Guclu-Parola-2026")
        .add("roles", Json.createArrayBuilder().add("OFFICIAL"))
        .add("departments", Json.createArrayBuilder().add("FEN").add("PARK")).build().toString();
    Http.Res created = h.post("api/admin/accounts", body);
    assertEquals(201, created.status(), created.body());
    String location = created.header("Location");
    assertTrue(location.contains("/api/admin/accounts/"), location);
    JsonObject view = h.get(location.substring(location.indexOf("api/"))).json();
    assertEquals(username, view.getString("username"));
    assertEquals(Set.of("FEN", "PARK"), view.getJsonArray("departments").stream()
        .map(v -> ((jakarta.json.JsonString) v).getString()).collect(Collectors.toSet()));
    assertFalse(created.body().contains("password"), "no password or hash in the view");

    assertProblem(h.post("api/admin/accounts", body), 409, "username-taken");

    JsonArray audit = h.get("api/admin/audit?targetType=account&targetId=" + username).array();
    assertTrue(audit.stream().anyMatch(v -> v.asJsonObject().getString("action").equals("ACCOUNT_CREATED")
        && v.asJsonObject().getString("actor").equals("admin")), audit.toString());

    Http official = http();
    JsonObject session = official.login(username, "Guclu-Parola-2026");
    assertEquals("Ayşe Yılmaz", session.getString("displayName"));
    assertProblem(official.get("api/admin/accounts"), 403, "forbidden");
  }

  @Test
  void anAdministratorDeactivatesAnAccount() {
    Http h = admin();
    String username = unique("temp.");
    Http.Res created = h.post("api/admin/accounts", "{\"username\":\"" + username + "\",\"displayName\":\"Geçici\","
        + "\"password\":\"Gecici-Parola-77\",\"roles\":[\"EDITOR\"]}");
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    Http.Res updated = h.put("api/admin/accounts/" + id, "{\"active\":false}");
    assertEquals(200, updated.status(), updated.body());
    assertFalse(updated.json().getBoolean("active"));
    assertProblem(http().post("api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"Gecici-Parola-77\"}"),
        401, "bad-credentials");
  }

  @Test
  void everyInvalidAccountFieldIsReportedAtOnce() {
    Http h = admin();
    h.language = "en";
    Http.Res r = h.post("api/admin/accounts", "{\"username\":\"A B\",\"displayName\":\"\",\"email\":\"not-an-email\","
        + "\"password\":\"short1\",\"roles\":[\"OFFICIAL\",\"KING\"],\"departments\":[\"NOPE\"]}");
    assertProblem(r, 400, "validation");
    assertTrue(r.problemFields().containsAll(List.of("username", "displayName", "email", "password", "roles",
        "departments")), r.body());
    assertTrue(r.body().contains("Unknown role: KING"), r.body());
    Http.Res noDepartment = h.post("api/admin/accounts", "{\"username\":\"" + unique("o.") + "\",\"displayName\":\"O\","
        + "\"password\":\"Yeterince-Uzun-1\",\"roles\":[\"OFFICIAL\"]}");
    assertProblem(noDepartment, 400, "validation");
    assertEquals(List.of("departments"), noDepartment.problemFields());
  }

  @Test
  void adminApisNeedALoginAndTheAdminRole() {
    assertProblem(http().get("api/admin/accounts"), 401, "unauthenticated");
    assertProblem(http().post("api/admin/accounts", "{}"), 401, "unauthenticated");
    Http official = http();
    official.login("yetkili.fen", Deployments.DEMO_PASSWORD);
    assertProblem(official.get("api/admin/accounts"), 403, "forbidden");
    assertProblem(official.get("api/admin/audit"), 403, "forbidden");
  }

  @Test
  void demoModeCreatedOneOfficialPerDepartment() {
    JsonArray accounts = admin().get("api/admin/accounts").array();
    Set<String> usernames = accounts.stream().map(v -> v.asJsonObject().getString("username")).collect(Collectors.toSet());
    for (String code : List.of("fen", "zabita", "strateji", "temizlik")) {
      assertTrue(usernames.contains("yetkili." + code), usernames.toString());
    }
    assertTrue(usernames.containsAll(Set.of("admin", "moderator", "editor")));
  }

  // ---- bad input

  @Test
  void malformedJsonIsA400Problem() {
    assertProblem(http().post("api/auth/login", "{\"username\":\"admin\""), 400, "malformed-json");
    assertProblem(http().post("api/auth/login", "[1,2]"), 400, "malformed-json");
    assertProblem(http().post("api/auth/login", "not json at all"), 400, "malformed-json");
  }

  @Test
  void wrongTypesAndUnknownFieldsAreNamed() {
    Http.Res wrong = http().post("api/auth/login", "{\"username\":5,\"password\":[1]}");
    assertProblem(wrong, 400, "validation");
    assertEquals(Set.of("username", "password"), Set.copyOf(wrong.problemFields()));
    Http.Res unknown = http().post("api/auth/login", "{\"username\":\"a\",\"password\":\"b\",\"isAdmin\":true}");
    assertProblem(unknown, 400, "validation");
    assertEquals(List.of("isAdmin"), unknown.problemFields());
  }

  @Test
  void missingFieldsAndEmptyBodiesAreNamed() {
    Http.Res missing = http().post("api/auth/login", "{}");
    assertProblem(missing, 400, "validation");
    assertEquals(Set.of("username", "password"), Set.copyOf(missing.problemFields()));
    Http.Res empty = http().post("api/auth/login", "");
    assertProblem(empty, 400, "validation");
    assertEquals(List.of("body"), empty.problemFields());
  }

  @Test
  void oversizeBodiesAreRefusedWhetherDeclaredOrStreamed() {
    String big = "{\"username\":\"" + "a".repeat(70_000) + "\",\"password\":\"x\"}";
    assertProblem(http().post("api/auth/login", big), 413, "body-too-large");
    Http.Res chunked = new Http(base).sendStreamed("api/auth/login", big);
    assertProblem(chunked, 413, "body-too-large");
  }

  @Test
  void wrongMethodsMediaTypesAndPathsAreProblems() {
    assertProblem(http().send("PUT", "api/auth/login", "{}", Map.of("Content-Type", "application/json")), 405,
        "http.405");
    assertProblem(http().send("POST", "api/auth/login", "username=admin",
        Map.of("Content-Type", "application/x-www-form-urlencoded")), 415, "http.415");
    assertProblem(http().get("api/no/such/thing"), 404, "http.404");
  }
}
