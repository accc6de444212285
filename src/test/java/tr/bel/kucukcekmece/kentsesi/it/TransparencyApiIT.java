package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Transparency over HTTP against a small fixed data set (March 2015, see {@code
 * it.server.TransparencyFixture}, which the shared portal's WAR carries): figures equal
 * hand-computed values, the suppression threshold sits exactly at 5, rollups equal a full
 * recomputation after random sequences of submissions and status changes, officials' dashboards are
 * scoped, KPI targets, CSV/JSON/datapackage parse back, and the activity report PDF holds the KPI
 * table.
 *
 * <p>Longer than the ~400 lines we aim for: it holds the transparency API, one test per behaviour
 * of the feature it covers, and the fixtures they share; cut by size alone it would scatter one
 * feature's behaviours over classes with no seam between them.
 */
@ExtendWith(SharedPortal.class)
class TransparencyApiIT {

  final URL base = SharedPortal.url();

  private static boolean loaded;

  private static final String MARCH = "from=2015-03&to=2015-03";

  @BeforeEach
  void fixture() {
    if (!loaded) {
      Http.Res r = new Http(base).post("api/test-fixture/transparency", "{}");
      assertEquals(200, r.status(), r.body());
      loaded = true;
    }
  }

  private Http as(String user) {
    Http h = new Http(base);
    h.login(user, user.equals("admin") ? SharedPortal.ADMIN_PASSWORD : SharedPortal.DEMO_PASSWORD);
    return h;
  }

  private static JsonObject dept(JsonObject summary, String code) {
    return summary.getJsonArray("departments").stream()
        .map(JsonValue::asJsonObject)
        .filter(d -> d.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code));
  }

  private static double num(JsonObject o, String field) {
    return o.getJsonNumber(field).doubleValue();
  }

  // ---- figures against hand-computed values

  @Test
  void theSummaryMatchesHandComputedFigures() {
    Http.Res r = new Http(base).get("api/transparency/summary?" + MARCH);
    assertEquals(200, r.status(), r.body());
    JsonObject s = r.json();
    assertEquals("2015-03-01", s.getJsonObject("period").getString("from"));
    assertEquals("2015-03-31", s.getJsonObject("period").getString("to"));
    assertEquals(25, s.getJsonArray("departments").size(), "every department of the catalog");

    JsonObject basin = dept(s, "BASIN");
    assertFalse(basin.getBoolean("suppressed"));
    assertEquals(5, basin.getInt("submissions"));
    JsonObject sat = basin.getJsonObject("satisfaction");
    assertEquals(5, sat.getInt("ratings"));
    assertEquals(4.2, num(sat, "mean"), 1e-9);
    assertEquals(3.161, num(sat, "ci95Low"), 1e-9, "4.2 − 2.7764·√(0.7/5)");
    assertEquals(5.239, num(sat, "ci95High"), 1e-9);
    assertEquals(
        List.of(0, 0, 1, 2, 2),
        sat.getJsonArray("distribution").getValuesAs(jakarta.json.JsonNumber.class).stream()
            .map(jakarta.json.JsonNumber::intValue)
            .toList());
    assertEquals(0.8, num(basin, "onTimeRate"), 1e-9, "4 of 5 answered by 12 March (İstanbul)");
    assertEquals(1, basin.getInt("medianResponseDays"), "days 0,1,1,2,10");
    assertEquals(10, basin.getInt("p90ResponseDays"));
    assertEquals(0.2, num(basin, "reopenRate"), 1e-9);
    assertTrue(
        basin.isNull("medianResolutionDays"), "four resolved (the fifth was reopened): suppressed");
    assertTrue(basin.isNull("resolutionSatisfaction"), "four resolution ratings: suppressed");
    assertEquals(
        List.of("resolutionSatisfaction", "resolved", "medianResolutionDays", "p90ResolutionDays"),
        basin.getJsonArray("suppressedFigures").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());

    JsonObject bilgi = dept(s, "BILGI");
    JsonObject bs = bilgi.getJsonObject("satisfaction");
    assertEquals(6, bs.getInt("ratings"));
    assertEquals(3.333, num(bs, "mean"), 1e-9);
    assertEquals(1.62, num(bs, "ci95Low"), 1e-9, "3.3333 − 2.5706·√(2.6667/6)");
    assertEquals(5.047, num(bs, "ci95High"), 1e-9);
    assertTrue(bilgi.isNull("onTimeRate"), "nothing answered");
    assertEquals(6, bilgi.getJsonObject("byKind").getInt("COMPLAINT"));

    JsonObject afet = dept(s, "AFET");
    assertTrue(afet.getBoolean("suppressed"), "four submissions: everything withheld");
    assertTrue(afet.isNull("submissions"));
    assertTrue(afet.isNull("satisfaction"));

    JsonObject total = s.getJsonObject("total");
    assertEquals(15, total.getInt("submissions"));
    assertEquals(15, total.getJsonObject("satisfaction").getInt("ratings"));
    assertEquals(5, s.getInt("minimumBasis"));
    assertEquals(0, dept(s, "FEN").getInt("submissions"));
  }

  @Test
  void featureSectionsAreSuppressedOnThePublicPageOnly() {
    JsonObject s = new Http(base).get("api/transparency/summary?" + MARCH).json();
    JsonObject section =
        s.getJsonArray("sections").stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getString("section").equals("test-section"))
            .findFirst()
            .orElseThrow();
    JsonArray figures = section.getJsonArray("figures");
    assertTrue(figures.getJsonObject(0).getBoolean("suppressed"), "basis 4");
    assertTrue(figures.getJsonObject(0).isNull("value"));
    assertFalse(figures.getJsonObject(1).getBoolean("suppressed"), "basis 5");
    assertEquals(0.8, num(figures.getJsonObject(1), "value"), 1e-9);

    JsonObject d = as("admin").get("api/admin/transparency/dashboard?" + MARCH).json();
    JsonObject adminSection =
        d.getJsonArray("sections").stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getString("section").equals("test-section"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        0.75,
        num(adminSection.getJsonArray("figures").getJsonObject(0), "value"),
        1e-9,
        "unsuppressed");
  }

  @Test
  void neighbourhoodsAreSuppressedBelowFive() {
    JsonObject n = new Http(base).get("api/transparency/neighbourhoods?" + MARCH).json();
    JsonObject kanarya =
        n.getJsonArray("rows").stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getString("code").equals("KANARYA"))
            .findFirst()
            .orElseThrow();
    assertTrue(kanarya.getBoolean("suppressed"), "three submissions");
    JsonObject atakent =
        n.getJsonArray("rows").stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getString("code").equals("ATAKENT"))
            .findFirst()
            .orElseThrow();
    assertEquals(6, atakent.getInt("submissions"));
    assertEquals(21 + 1, n.getJsonArray("rows").size(), "21 neighbourhoods and 'none given'");
  }

  @Test
  void badPeriodsAreFieldProblemsInTheRequestLanguage() {
    Http en = new Http(base);
    en.language = "en";
    Http.Res r = en.get("api/transparency/summary?from=2015-13&to=yesterday");
    assertEquals(400, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"));
    assertEquals(List.of("from", "to"), r.problemFields());
    assertTrue(r.body().contains("YYYY-MM"), r.body());
    Http.Res order = new Http(base).get("api/transparency/summary?from=2015-05&to=2015-01");
    assertEquals(List.of("to"), order.problemFields());
    assertTrue(order.body().contains("başlangıcından"), order.body());
  }

  // ---- rollups stay equal to a full recomputation

  @Test
  void rollupsEqualAFullRecomputationAfterRandomSequences() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Http citizen = new Http(base);
    Http admin = as("admin");
    String[] services = {"FEN-YOL", "ZABITA-SEYYAR", "PARK-BAKIM", "BASIN-BEYAZ-MASA", "FEN-KAZI"};
    String[] kinds = {"SATISFACTION", "REQUEST", "COMPLAINT", "THANKS"};
    String[] hoods = {"KANARYA", "ATAKENT", null};
    List<String> codes = new ArrayList<>();
    for (int step = 0; step < 70; step++) {
      int op = codes.isEmpty() ? 0 : random.nextInt(6);
      String code = codes.isEmpty() ? null : codes.get(random.nextInt(codes.size()));
      switch (op) {
        case 0 -> {
          var b =
              Json.createObjectBuilder()
                  .add("kind", kinds[random.nextInt(kinds.length)])
                  .add("serviceCode", services[random.nextInt(services.length)])
                  .add("comment", "Rastgele deneme " + step)
                  .add("rating", 1 + random.nextInt(5));
          String hood = hoods[random.nextInt(hoods.length)];
          if (hood != null) {
            b.add("neighbourhoodCode", hood);
          }
          Http.Res r = citizen.post("api/feedback", b.build().toString());
          assertEquals(201, r.status(), r.body());
          codes.add(r.json().getString("trackingCode"));
        }
        case 1, 2 -> {
          String[] targets = {"IN_PROGRESS", "ANSWERED", "RESOLVED", "CLOSED"};
          admin.post(
              "api/admin/feedback/" + code + "/status",
              Json.createObjectBuilder()
                  .add("status", targets[random.nextInt(targets.length)])
                  .add("publicResponse", "Yanıt " + step)
                  .build()
                  .toString());
        }
        case 3 ->
            citizen.post(
                "api/feedback/" + code + "/resolution-rating",
                "{\"rating\":" + (1 + random.nextInt(5)) + "}");
        case 4 ->
            citizen.post(
                "api/feedback/" + code + "/reopen", "{\"reason\":\"Sorun sürüyor " + step + "\"}");
        default ->
            admin.post(
                "api/admin/feedback/" + code + "/transfer",
                Json.createObjectBuilder()
                    .add("departmentCode", random.nextBoolean() ? "ZABITA" : "FEN")
                    .add("reason", "Görev alanı")
                    .build()
                    .toString());
      }
    }
    JsonObject check = new Http(base).get("api/test-fixture/transparency/check").json();
    assertTrue(check.getBoolean("equal"), "seed " + seed + ": " + check);
    assertTrue(check.getInt("cells") > 0);
  }

  @Test
  void concurrentSubmissionsAreEachStoredOnceAndCountedOnceInTheRollups() throws Exception {
    // 24 callers at once, 5 submissions each; every fifth submission is sent twice at the same
    // moment with one
    // Idempotency-Key (a citizen's retry racing the first try). Group commit stores them in shared
    // transactions.
    String[] services = {
      "FEN-YOL", "ZABITA-SEYYAR", "PARK-BAKIM", "BASIN-BEYAZ-MASA", "TEMIZLIK-COP"
    };
    String[] hoods = {"KANARYA", "ATAKENT", "CENNET"};
    int callers = 24;
    int each = 5;
    var pool = java.util.concurrent.Executors.newFixedThreadPool(callers * 2);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<String[]>> sent = new ArrayList<>();
    for (int c = 0; c < callers; c++) {
      for (int i = 0; i < each; i++) {
        int n = c * each + i;
        String body =
            Json.createObjectBuilder()
                .add("kind", n % 2 == 0 ? "SATISFACTION" : "COMPLAINT")
                .add("serviceCode", services[n % services.length])
                .add("rating", 1 + n % 5)
                .add("neighbourhoodCode", hoods[n % hoods.length])
                .add("comment", "Eşzamanlı deneme " + n)
                .build()
                .toString();
        String key = "concurrent-" + java.util.UUID.randomUUID();
        int copies = n % 5 == 0 ? 2 : 1;
        for (int k = 0; k < copies; k++) {
          sent.add(
              pool.submit(
                  () -> {
                    go.await();
                    Http.Res r =
                        new Http(base)
                            .send(
                                "POST",
                                "api/feedback",
                                body,
                                java.util.Map.of(
                                    "Content-Type", "application/json", "Idempotency-Key", key));
                    return new String[] {
                      key,
                      String.valueOf(r.status()),
                      r.status() == 201 ? r.json().getString("trackingCode") : r.body()
                    };
                  }));
        }
      }
    }
    go.countDown();
    java.util.Map<String, java.util.Set<String>> codesByKey = new java.util.HashMap<>();
    for (var f : sent) {
      String[] r = f.get(120, java.util.concurrent.TimeUnit.SECONDS);
      assertEquals("201", r[1], r[2]);
      codesByKey.computeIfAbsent(r[0], k -> new java.util.HashSet<>()).add(r[2]);
    }
    pool.shutdown();
    assertEquals(callers * each, codesByKey.size());
    java.util.Set<String> all = new java.util.HashSet<>();
    for (var codes : codesByKey.values()) {
      assertEquals(1, codes.size(), "one key, one submission: " + codes);
      all.addAll(codes);
    }
    assertEquals(callers * each, all.size(), "every submission has its own tracking code");
    for (String code : all) {
      assertEquals(200, new Http(base).get("api/feedback/" + code).status(), code);
    }
    JsonObject check = new Http(base).get("api/test-fixture/transparency/check").json();
    assertTrue(check.getBoolean("equal"), check.toString());
  }

  // ---- officials' dashboards

  @Test
  void anOfficialSeesOnlyTheirDepartments() {
    Http fen = as("yetkili.fen");
    JsonObject d = fen.get("api/admin/transparency/dashboard").json();
    assertFalse(d.getBoolean("allDepartments"));
    assertEquals(
        List.of("FEN"),
        d.getJsonArray("scope").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals(
        List.of("FEN"),
        d.getJsonArray("departments").stream()
            .map(v -> v.asJsonObject().getString("code"))
            .toList());
    assertFalse(d.getBoolean("canSetTargets"));
    Http.Res other = fen.get("api/admin/transparency/dashboard?department=ZABITA");
    assertEquals(403, other.status(), other.body());
    assertEquals(
        403, fen.get("api/admin/transparency/report.pdf?year=2015&department=ZABITA").status());
    assertEquals(
        403,
        fen.get("api/admin/transparency/export.csv?table=services&department=ZABITA").status());
    assertEquals(401, new Http(base).get("api/admin/transparency/dashboard").status());
    Http.Res target =
        fen.put(
            "api/admin/transparency/targets",
            "{\"year\":2015,\"departmentCode\":\"FEN\",\"kpi\":\"SATISFACTION\",\"target\":4.0}");
    assertEquals(403, target.status(), target.body());
    assertEquals("transparency-targets-strategy-only", target.json().getString("code"));
  }

  @Test
  void strategyDevelopmentAndAdminSeeAllAndSetTargets() {
    Http strategy = as("yetkili.strateji");
    JsonObject all = strategy.get("api/admin/transparency/dashboard?" + MARCH).json();
    assertTrue(all.getBoolean("allDepartments"));
    assertTrue(all.getBoolean("canSetTargets"));
    assertEquals(25, all.getJsonArray("departments").size());
    JsonObject afet = dept(all, "AFET");
    assertEquals(4, afet.getInt("submissions"), "officials see small numbers");
    assertEquals(4.0, num(afet.getJsonObject("satisfaction"), "mean"), 1e-9);

    for (String body :
        List.of(
            "{\"year\":2015,\"departmentCode\":\"BASIN\",\"kpi\":\"SATISFACTION\",\"target\":4.0}",
            "{\"year\":2015,\"departmentCode\":\"BASIN\",\"kpi\":\"ON_TIME_RATE\",\"target\":0.9}",
            "{\"year\":2015,\"departmentCode\":\"BASIN\",\"kpi\":\"MEDIAN_RESPONSE_DAYS\",\"target\":0}")) {
      Http.Res r = strategy.put("api/admin/transparency/targets", body);
      assertEquals(200, r.status(), r.body());
    }
    Http.Res bad =
        strategy.put(
            "api/admin/transparency/targets",
            "{\"year\":2015,\"departmentCode\":\"BASIN\",\"kpi\":\"ON_TIME_RATE\",\"target\":90}");
    assertEquals(List.of("target"), bad.problemFields());
    Http.Res unknown =
        strategy.put(
            "api/admin/transparency/targets",
            "{\"year\":2015,\"departmentCode\":\"NOPE\",\"kpi\":\"SPEED\"}");
    assertEquals(List.of("departmentCode", "kpi", "target"), unknown.problemFields());

    JsonObject basin =
        as("admin").get("api/admin/transparency/dashboard?department=BASIN&" + MARCH).json();
    assertEquals("BASIN", basin.getString("department"));
    assertEquals(
        4.5,
        num(basin.getJsonObject("total").getJsonObject("resolutionSatisfaction"), "mean"),
        1e-9,
        "unsuppressed: 5, 5, 4, 4");
    assertEquals(
        3.581,
        num(basin.getJsonObject("total").getJsonObject("resolutionSatisfaction"), "ci95Low"),
        1e-9);
    assertEquals(
        1,
        basin.getJsonObject("total").getInt("medianResolutionDays"),
        "resolved: days 0, 1, 1, 2");
    assertEquals(2, basin.getJsonObject("total").getInt("p90ResolutionDays"));
    assertEquals("2015-02-01", basin.getJsonObject("previousPeriod").getString("from"));
    assertEquals(2015, basin.getInt("targetYear"));
    assertEquals("MET", kpi(basin, "SATISFACTION").getString("status"));
    assertEquals(4.0, num(kpi(basin, "SATISFACTION"), "target"), 1e-9);
    assertEquals("MISSED", kpi(basin, "ON_TIME_RATE").getString("status"), "0.8 against 0.9");
    assertEquals(
        "AT_RISK", kpi(basin, "MEDIAN_RESPONSE_DAYS").getString("status"), "1 day against 0");
    assertEquals("NO_DATA", kpi(basin, "REOPEN_RATE").getString("status"), "no target");
    assertTrue(kpi(basin, "SATISFACTION").isNull("previous"));
    JsonObject service =
        basin.getJsonArray("services").stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getString("code").equals("BASIN-BEYAZ-MASA"))
            .findFirst()
            .orElseThrow();
    assertEquals(5, service.getInt("submissions"));
    assertEquals(
        "MET",
        service.getJsonArray("kpis").getJsonObject(0).getString("status"),
        "a service without its own target is judged by its department's");

    JsonArray targets = strategy.get("api/admin/transparency/targets?year=2015").array();
    assertEquals(
        3,
        targets.stream()
            .filter(t -> t.asJsonObject().getString("departmentCode").equals("BASIN"))
            .count(),
        targets.toString());
    Http.Res audit =
        as("admin")
            .get("api/admin/audit?targetType=kpi-target&targetId=BASIN%7C%7CSATISFACTION%7C2015");
    assertEquals(200, audit.status(), audit.body());
    assertTrue(audit.body().contains("yetkili.strateji"), audit.body());
  }

  private static JsonObject kpi(JsonObject dashboard, String name) {
    return dashboard.getJsonArray("kpis").stream()
        .map(JsonValue::asJsonObject)
        .filter(k -> k.getString("kpi").equals(name))
        .findFirst()
        .orElseThrow();
  }

  // ---- exports and open data

  @Test
  void csvExportsParseBack() {
    Http.Res r = new Http(base).get("api/transparency/export.csv?table=departments&" + MARCH);
    assertEquals(200, r.status(), r.body());
    assertTrue(r.contentType().startsWith("text/csv"), r.contentType());
    List<List<String>> rows = parseCsv(r.body());
    assertEquals("code", rows.get(0).get(0));
    List<String> basin =
        rows.stream().filter(x -> x.get(0).equals("BASIN")).findFirst().orElseThrow();
    assertEquals("5", basin.get(rows.get(0).indexOf("submissions")));
    assertEquals("4.2", basin.get(rows.get(0).indexOf("satisfaction_mean")));
    assertEquals(26, rows.size(), "header and 25 departments");
    List<String> afet =
        rows.stream().filter(x -> x.get(0).equals("AFET")).findFirst().orElseThrow();
    assertEquals("", afet.get(rows.get(0).indexOf("submissions")), "suppressed");

    Http admin = as("admin");
    List<List<String>> kpis =
        parseCsv(
            admin
                .get("api/admin/transparency/export.csv?table=kpis&department=BASIN&" + MARCH)
                .body());
    assertEquals(
        List.of("kpi", "value", "basis", "target", "status", "previous", "change"), kpis.get(0));
    assertEquals(6, kpis.size());
    List<List<String>> services =
        parseCsv(
            admin
                .get(
                    "api/admin/transparency/export.csv?table=services"
                        + "&department=BASIN&"
                        + MARCH)
                .body());
    assertTrue(
        services.stream()
            .anyMatch(x -> x.get(0).equals("BASIN-BEYAZ-MASA") && x.get(2).equals("5")));
    assertEquals(
        List.of("table"),
        admin.get("api/admin/transparency/export.csv?table=secret").problemFields());
  }

  @Test
  void openDataParsesBackMatchesTheDescriptorAndGeneralisesRareCombinations() {
    Http h = new Http(base);
    Http.Res csv = h.get("api/open-data/feedback.csv");
    assertEquals(200, csv.status());
    List<List<String>> rows = parseCsv(csv.body());
    JsonObject pkg = h.get("api/open-data/datapackage.json").json();
    assertEquals("data-package", pkg.getString("profile"));
    JsonObject resource = pkg.getJsonArray("resources").getJsonObject(0);
    assertEquals("feedback.csv", resource.getString("path"));
    List<String> fieldNames =
        resource.getJsonObject("schema").getJsonArray("fields").stream()
            .map(v -> v.asJsonObject().getString("name"))
            .toList();
    assertEquals(fieldNames, rows.get(0), "CSV header = descriptor fields");
    for (JsonValue f : resource.getJsonObject("schema").getJsonArray("fields")) {
      assertTrue(
          List.of("string", "integer", "boolean", "yearmonth")
              .contains(f.asJsonObject().getString("type")));
      assertFalse(f.asJsonObject().getString("description").isBlank());
    }
    int month = fieldNames.indexOf("month");
    List<List<String>> march = rows.stream().filter(r -> r.get(month).equals("2015-03")).toList();
    assertEquals(
        11, march.size(), "AFET's four are left out (fewer than 5 in the department's month)");
    int service = fieldNames.indexOf("service");
    int hood = fieldNames.indexOf("neighbourhood");
    List<List<String>> basin =
        march.stream()
            .filter(r -> r.get(fieldNames.indexOf("department")).equals("BASIN"))
            .toList();
    assertEquals(5, basin.size());
    assertTrue(
        basin.stream().allMatch(r -> r.get(service).equals("BASIN-BEYAZ-MASA")),
        "5 share the service");
    assertTrue(
        basin.stream().allMatch(r -> r.get(hood).isEmpty()), "only 3 in KANARYA: generalised");
    assertEquals(
        4, basin.stream().filter(r -> r.get(fieldNames.indexOf("on_time")).equals("true")).count());
    assertTrue(
        march.stream()
            .filter(r -> r.get(fieldNames.indexOf("department")).equals("BILGI"))
            .allMatch(r -> r.get(hood).equals("ATAKENT")),
        "6 share it: kept");
    for (List<String> r : rows) {
      assertEquals(fieldNames.size(), r.size());
    }
    assertFalse(csv.body().matches("(?s).*KS-[0-9A-Z]{4}-.*"), "no tracking codes");
    assertFalse(csv.body().contains("Fixture yorumu"), "no comments");

    Http.Res json = h.get("api/open-data/feedback.json");
    assertEquals(200, json.status());
    JsonArray array = Json.createReader(new StringReader(json.body())).readArray();
    assertEquals(rows.size() - 1, array.size());
    JsonObject first =
        array.stream()
            .map(JsonValue::asJsonObject)
            .filter(
                o ->
                    o.getString("month").equals("2015-03")
                        && o.getString("department").equals("BASIN"))
            .findFirst()
            .orElseThrow();
    assertTrue(first.isNull("neighbourhood"));
    assertEquals(JsonValue.ValueType.NUMBER, first.get("rating").getValueType());

    Http.Res unknown = h.get("api/open-data/secrets.csv");
    assertEquals(404, unknown.status());
    assertEquals("open-data-unknown", unknown.json().getString("code"));
  }

  // ---- the activity report

  @Test
  void theActivityReportIsAReadablePdfWithTheKpiTable() throws IOException {
    Http strategy = as("yetkili.strateji");
    strategy.put(
        "api/admin/transparency/targets",
        "{\"year\":2015,\"departmentCode\":\"BILGI\",\"kpi\":\"SATISFACTION\",\"target\":4.0}");
    byte[] pdf =
        bytes(
            strategy,
            "api/admin/transparency/report.pdf?year=2015&quarter=1&department=BILGI&lang=en");
    String text = text(pdf);
    assertTrue(text.contains("Activity report"), text);
    assertTrue(text.contains("Key performance indicators"), text);
    assertTrue(text.contains("Satisfaction (mean, 1–5) 3.33 4.00 missed"), text);
    assertTrue(text.contains("Target"), text);

    byte[] tr = bytes(as("admin"), "api/admin/transparency/report.pdf?year=2015");
    String trText = text(tr);
    assertTrue(trText.contains("Faaliyet raporu"), "Turkish by default");
    assertTrue(trText.contains("Temel performans göstergeleri"), trText);
    assertTrue(
        trText.contains("Basın Yayın") || trText.contains("BASIN") || trText.contains("Birimler"),
        trText);
    assertTrue(trText.contains("çukur"), "top topics from comments: " + trText);
    assertEquals(
        List.of("quarter"),
        as("admin").get("api/admin/transparency/report.pdf?year=2015&quarter=5").problemFields());
  }

  private static byte[] bytes(Http session, String path) {
    Http.Res probe = session.get(path);
    assertEquals(200, probe.status(), probe.body());
    assertEquals("application/pdf", probe.contentType());
    return session.getBytes(path);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() >= 2);
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  /** RFC 4180: quoted fields with doubled quotes, CRLF rows. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r') {
        continue;
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
