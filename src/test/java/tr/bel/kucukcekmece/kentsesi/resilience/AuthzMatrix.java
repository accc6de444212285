package tr.bel.kucukcekmece.kentsesi.resilience;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The authorisation matrix: every operation of the OpenAPI document for every role of {@link
 * Fixture#ROLES}, with the expected answer written down per row in {@code
 * src/test/resources/resilience/authz-matrix.tsv} (method, path, role, expected, why). Expected is
 * {@code 401}, {@code 403}, {@code 404} or {@code allow}: the request passed the access checks, so
 * any answer but 401, 403, 404 and 5xx (the objects exist, so a 404 is an access decision too).
 * Requests carry valid bodies, so that checks made after validation (department of the item, author
 * of the comment) are reached; operations with an id use the fixture's objects of department A (a
 * new feedback item for each transfer).
 */
public final class AuthzMatrix {

  public static final String RESOURCE = "/resilience/authz-matrix.tsv";

  /** A row of the file. */
  public record Row(String method, String path, String role, String expected, String why) {
    String key() {
      return method + " " + path;
    }
  }

  /** A row's outcome. */
  public record Outcome(Row row, int status, String body) {
    public boolean matches() {
      return switch (row.expected()) {
        case "allow" ->
            status > 0 && status < 500 && status != 401 && status != 403 && status != 404;
        default -> Integer.toString(status).equals(row.expected());
      };
    }
  }

  /**
   * The result: outcomes of every row, operations of the document with missing rows, rows of no
   * operation.
   */
  public record Result(
      List<Outcome> outcomes, List<String> missing, List<String> stale, List<String> slowest) {
    public List<Outcome> mismatches() {
      return outcomes.stream().filter(o -> !o.matches()).toList();
    }

    public String report() {
      StringBuilder b = new StringBuilder();
      b.append(
          String.format(
              "authorisation matrix: %d rows run, %d as written down, %d mismatches, "
                  + "%d operation/role pairs without a row, %d rows of no operation%n",
              outcomes.size(),
              outcomes.size() - mismatches().size(),
              mismatches().size(),
              missing.size(),
              stale.size()));
      Map<String, int[]> perRole = new LinkedHashMap<>();
      for (String role : Fixture.ROLES) {
        perRole.put(role, new int[5]);
      }
      for (Outcome o : outcomes) {
        int[] c = perRole.computeIfAbsent(o.row().role(), r -> new int[5]);
        switch (o.row().expected()) {
          case "401" -> c[0]++;
          case "403" -> c[1]++;
          case "404" -> c[2]++;
          default -> c[3]++;
        }
        if (!o.matches()) {
          c[4]++;
        }
      }
      b.append(
          String.format(
              "%-10s %5s %5s %5s %6s %10s%n", "role", "401", "403", "404", "allow", "mismatch"));
      perRole.forEach(
          (role, c) ->
              b.append(
                  String.format(
                      "%-10s %5d %5d %5d %6d %10d%n", role, c[0], c[1], c[2], c[3], c[4])));
      for (Outcome o : mismatches()) {
        Row r = o.row();
        b.append(
            String.format(
                "MISMATCH %s %s as %s: expected %s, got %d %s%n",
                r.method(), r.path(), r.role(), r.expected(), o.status(), Fuzzer.head(o.body())));
      }
      b.append("slowest operations (all roles): ").append(String.join("; ", slowest)).append('\n');
      missing.forEach(m -> b.append("NO ROW ").append(m).append('\n'));
      stale.forEach(m -> b.append("NO OPERATION ").append(m).append('\n'));
      return b.toString();
    }
  }

  private final ApiDocument api;
  private final Fixture fixture;
  private String sharedCode;

  public AuthzMatrix(ApiDocument api, Fixture fixture) {
    this.api = api;
    this.fixture = fixture;
  }

  public static List<Row> rows() {
    try (InputStream in = AuthzMatrix.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      List<Row> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 4
            || !Set.of("401", "403", "404", "allow").contains(f[3].trim())
            || !Fixture.ROLES.contains(f[2].trim())) {
          throw new IllegalStateException("bad row in " + RESOURCE + ": " + line);
        }
        rows.add(
            new Row(
                f[0].trim(),
                f[1].trim(),
                f[2].trim(),
                f[3].trim(),
                f.length > 4 ? f[4].trim() : ""));
      }
      return rows;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Result run() {
    List<Row> rows = rows();
    Map<String, ApiDocument.Operation> ops = new LinkedHashMap<>();
    api.operations().forEach(o -> ops.put(o.key(), o));
    Set<String> have = new LinkedHashSet<>();
    List<String> stale = new ArrayList<>();
    for (Row r : rows) {
      if (!have.add(r.key() + " " + r.role())) {
        throw new IllegalStateException("duplicate row " + r);
      }
      if (!ops.containsKey(r.key())) {
        stale.add(r.key() + " " + r.role());
      }
    }
    List<String> missing = new ArrayList<>();
    for (String key : ops.keySet()) {
      for (String role : Fixture.ROLES) {
        if (!have.contains(key + " " + role)) {
          missing.add(key + " " + role);
        }
      }
    }
    String words = fixture.session("moderator").get("/api/admin/moderation/words").body();
    List<Outcome> outcomes = new ArrayList<>();
    Map<String, Long> millis = new LinkedHashMap<>();
    for (Row r : rows) {
      ApiDocument.Operation op = ops.get(r.key());
      if (op != null) {
        long start = System.nanoTime();
        outcomes.add(run(op, r, words));
        millis.merge(r.key(), (System.nanoTime() - start) / 1_000_000, Long::sum);
      }
    }
    List<String> slowest =
        millis.entrySet().stream()
            .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
            .limit(5)
            .map(e -> e.getKey() + " " + e.getValue() + " ms")
            .toList();
    return new Result(outcomes, missing, stale, slowest);
  }

  private Outcome run(ApiDocument.Operation op, Row row, String words) {
    boolean sessionChanging =
        op.path().equals("/api/auth/login") || op.path().equals("/api/auth/logout");
    Session s = sessionChanging ? fixture.fresh(row.role()) : fixture.session(row.role());
    // one item of A for all rows, but a new one for each transfer (which moves it to another
    // department)
    String code =
        !op.path().contains("{code}") || !op.path().contains("feedback")
            ? null
            : op.path().endsWith("/transfer") || sharedCode == null
                ? fixture.feedbackOfA()
                : sharedCode;
    if (code != null && sharedCode == null && !op.path().endsWith("/transfer")) {
      sharedCode = code;
    }
    String path = op.path();
    for (ApiDocument.Param p : op.params("path")) {
      String v = fixture.pathValue(op.path(), p.name(), code);
      if (v == null) {
        throw new IllegalStateException(
            "the fixture has no object for " + op.key() + " {" + p.name() + "}");
      }
      path = path.replace("{" + p.name() + "}", v);
    }
    path +=
        switch (op.key()) {
          case "POST /api/admin/feedback/retention/run" -> "?olderThanDays=3650";
          case "POST /api/admin/knowledge/documents" -> "?filename=dayanim-deneme";
          case "GET /api/admin/transparency/report.pdf" -> "?year=2026";
          case "GET /api/admin/transparency/export.csv", "GET /api/transparency/export.csv" ->
              "?table=departments";
          case "GET /api/feedback/suggest",
              "GET /api/proposals/similar",
              "GET /api/proposals/suggest-department" ->
              "?text=yolda+%C3%A7ukur";
          default -> "";
        };
    String body = body(op, row.role(), words);
    Map<String, String> headers = new LinkedHashMap<>();
    if (body != null) {
      headers.put(
          "Content-Type",
          op.key().equals("POST /api/admin/knowledge/documents")
              ? "text/markdown"
              : "application/json");
    }
    Session.Res res =
        s.send(
            op.method(),
            path,
            headers,
            body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    return new Outcome(row, res.status(), res.body());
  }

  /** A valid body for the operation, so that the checks after validation are reached. */
  private String body(ApiDocument.Operation op, String role, String words) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    return switch (op.key()) {
      case "POST /api/auth/login" -> {
        String r = role.equals("anonymous") ? "moderator" : role;
        yield Json.createObjectBuilder()
            .add("username", fixture.username(r))
            .add("password", fixture.password(r))
            .build()
            .toString();
      }
      case "POST /api/accounts" ->
          "{\"email\":\"matris."
              + tag
              + "@example.org\",\"password\":\""
              + Fixture.CITIZEN_PASSWORD
              + "\",\"displayName\":\"Matris\",\"kvkkAcknowledged\":true,"
              + "\"kvkkNoticeVersion\":\"2026-1\"}";
      case "PUT /api/accounts/me" -> "{\"displayName\":\"Dayanıklılık Vatandaş\"}";
      // a wrong password: the deletion is refused after the access checks, the account stays
      case "POST /api/accounts/me/delete" -> "{\"password\":\"Yanlis-Sifre-2026\"}";
      case "POST /api/accounts/password-reset" -> "{\"email\":\"matris." + tag + "@example.org\"}";
      case "POST /api/accounts/password-reset/confirm" ->
          "{\"token\":\"gecersiz" + tag + "\",\"password\":\"Yeni-Sifre-2026-x\"}";
      case "POST /api/accounts/verify" -> "{\"token\":\"gecersiz" + tag + "\"}";
      case "POST /api/admin/accounts" ->
          "{\"username\":\"matris."
              + tag
              + "\",\"displayName\":\"Matris\","
              + "\"password\":\"Matris-Passw0rd-"
              + tag
              + "\",\"roles\":[\"OFFICIAL\"],\"departments\":[\"FEN\"]}";
      case "PUT /api/admin/accounts/{id}" -> "{\"displayName\":\"Dayanıklılık Deneme\"}";
      case "POST /api/admin/feedback" ->
          "{\"kind\":\"REQUEST\",\"serviceCode\":\"FEN-YOL\","
              + "\"comment\":\"Telefonla gelen talep: caddede çukur.\",\"channel\":\"PHONE\"}";
      case "POST /api/admin/feedback/{code}/notes" -> "{\"text\":\"İç not: ekip yönlendirildi.\"}";
      case "POST /api/admin/feedback/{code}/status" ->
          "{\"status\":\"IN_PROGRESS\",\"publicResponse\":\"İnceleniyor.\"}";
      case "POST /api/admin/feedback/{code}/transfer" ->
          "{\"departmentCode\":\"PARK\",\"serviceCode\":\"PARK-BAKIM\","
              + "\"reason\":\"Park alanının içinde.\"}";
      case "POST /api/admin/knowledge/documents" -> "# Deneme\n\nDayanıklılık denemesi.\n";
      case "PUT /api/admin/moderation/words" -> words;
      case "POST /api/admin/moderation/{type}/{id}/hide" ->
          "{\"reason\":\"Deneme amaçlı gizleme.\"}";
      case "POST /api/admin/proposals/{id}/answer" ->
          "{\"state\":\"UNDER_EVALUATION\",\"reason\":\"Değerlendiriliyor.\"}";
      case "POST /api/admin/proposals/{id}/department" -> "{\"departmentCode\":\"FEN\"}";
      case "POST /api/admin/proposals/{id}/milestones" ->
          "{\"date\":\"2026-06-01\",\"text\":\"Proje hazırlandı.\"," + "\"progress\":10}";
      case "PUT /api/admin/transparency/targets" ->
          "{\"year\":2099,\"departmentCode\":\"FEN\",\"kpi\":\"SATISFACTION\"," + "\"target\":4.0}";
      case "POST /api/assistant/answers/{answerId}/rating" -> "{\"helpful\":true}";
      case "POST /api/assistant/ask" -> "{\"question\":\"Emlak vergisi ne zaman ödenir?\"}";
      case "POST /api/feedback" ->
          "{\"kind\":\"REQUEST\",\"serviceCode\":\"FEN-YOL\",\"comment\":\"Caddede çukur var.\"}";
      case "POST /api/feedback/{code}/reopen" -> "{\"reason\":\"Sorun sürüyor.\"}";
      case "POST /api/feedback/{code}/resolution-rating" -> "{\"rating\":4,\"helpful\":true}";
      case "POST /api/proposals" ->
          "{\"title\":\"Matris önerisi "
              + tag
              + "\",\"body\":\"Mahallemizin parkına "
              + "daha fazla bank ve gölgelik konulmasını öneriyorum, yaşlılar oturacak yer bulamıyor.\","
              + "\"departmentCode\":\"FEN\"}";
      case "PUT /api/proposals/comments/{cid}" -> "{\"text\":\"Düzeltilmiş yorum metni.\"}";
      case "POST /api/proposals/comments/{cid}/flags", "POST /api/proposals/{id}/flags" ->
          "{\"reason\":\"Deneme\"}";
      case "POST /api/proposals/{id}/comments" -> "{\"text\":\"Matris yorumu: katılıyorum.\"}";
      default -> op.bodyType() == null ? null : "{}";
    };
  }
}
