package tr.bel.kucukcekmece.kentsesi.resilience;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A fuzzer driven by the OpenAPI document: for each request it picks a role (anonymous, citizen,
 * official of department A, admin) and an operation, generates a valid-looking request from the
 * operation's schemas, and most of the time mutates it (wrong types, missing and extra fields,
 * huge/negative/fractional and 5,000-digit numbers, deep nesting, long strings, Unicode, control
 * characters, NUL, RTL marks, SQL- and HTML-looking text, odd dates, random path ids, bad query
 * values, wrong and malformed Content-Types, empty and broken bodies). The same seed gives the same
 * sequence of requests. A violation is a 5xx (or no answer), a stack trace or server banner in a
 * body, or an error from /api/ that is not problem+json.
 *
 * <p>It keeps away from what would spoil its own run or other tests sharing the server: logged-in
 * roles never log in, log out or delete their account; anonymous logins never carry a password (no
 * failure counts towards a lock-out); path ids are the fixture's own objects or ids that cannot
 * exist; knowledge uploads never name a file the portal would store; retention runs keep the data
 * of the last ten years; KPI targets are set for 2099 only; the moderation word list is restored at
 * the end; index rebuilds run at most three times. A session that ended anyway is logged in again
 * and counted.
 *
 * <p>Longer than the ~400 lines we aim for: generating values for every schema of the OpenAPI
 * document and judging every answer are one algorithm whose parts share the schema walk.
 */
public final class Fuzzer {

  public static final List<String> ROLES = List.of("anonymous", "citizen", "officialA", "admin");
  private static final String[] MARKERS = {
    "Exception", " at tr.", "at java.", "Payara", "GlassFish"
  };
  private static final Set<String> SESSION_OPS =
      Set.of("POST /api/auth/login", "POST /api/auth/logout", "POST /api/accounts/me/delete");
  private static final Set<String> HEAVY_OPS =
      Set.of("POST /api/admin/proposals/index/rebuild", "POST /api/admin/knowledge/reindex");

  /** What a mutation did, recorded with each violation. */
  enum Mutation {
    NONE,
    WRONG_TYPE,
    MISSING_FIELD,
    EXTRA_FIELD,
    NULL_FIELD,
    HUGE_NUMBER,
    NEGATIVE_NUMBER,
    FRACTIONAL_NUMBER,
    DIGITS_5000,
    DEEP_NESTING,
    LONG_STRING,
    UNICODE,
    CONTROL_CHARS,
    NUL_CHAR,
    RTL_MARKS,
    SQL_TEXT,
    HTML_TEXT,
    ODD_DATE,
    RANDOM_PATH_ID,
    BAD_PATH_SEGMENT,
    BAD_QUERY,
    WRONG_CONTENT_TYPE,
    MALFORMED_CONTENT_TYPE,
    EMPTY_BODY,
    MALFORMED_JSON,
    NOT_AN_OBJECT,
    BAD_IDEMPOTENCY_KEY
  }

  /** A request that broke a rule. */
  public record Violation(
      String method,
      String path,
      String role,
      int status,
      String contentType,
      String body,
      String rule,
      String mutation) {
    @Override
    public String toString() {
      return String.format(
          "%s %s as %s [%s]: %d %s (%s) %s",
          method, path, role, mutation, status, rule, contentType, head(body));
    }

    /**
     * What kind of violation this is, and whether issue 16 already lists it (being fixed there).
     */
    public String kind() {
      String m = mutation.split(" ")[0];
      String what =
          status <= 0
              ? "no answer"
              : status >= 500
                  ? status + " problem"
                  : body.contains("Payara")
                      ? status + " Payara HTML page"
                      : body.isEmpty() ? status + " without a body" : status + " " + rule;
      String known =
          switch (m) {
            case "DIGITS_5000", "HUGE_NUMBER" -> status >= 500 ? "issue 16.6: number size" : null;
            case "DEEP_NESTING" -> status >= 500 ? "issue 16.6: JSON depth" : null;
            case "ODD_DATE" -> status >= 500 ? "issue 16.6: date range" : null;
            case "MALFORMED_CONTENT_TYPE" -> "issue 16.6: malformed Content-Type";
            case "BAD_PATH_SEGMENT" -> "issue 16.6: odd characters in paths";
            case "BAD_IDEMPOTENCY_KEY" -> "issue 16.8: Idempotency-Key misuse";
            default ->
                status == 400 && body.isEmpty() && contentType == null
                    ? "container error without a body (issue 16.6: every container error as problem+json)"
                    : null;
          };
      return what + " after " + m + (known == null ? " (not listed in issue 16)" : " - " + known);
    }
  }

  /** Counts and violations of a run. */
  public static final class Report {
    final Map<String, Map<String, int[]>> perOperation = new TreeMap<>();
    final Map<String, int[]> perRole = new LinkedHashMap<>();
    public final List<Violation> violations = new ArrayList<>();
    public int requests;
    public int relogins;
    public int retried;
    public int tooMany;

    /**
     * Requests the HTTP layer refused before the application (see {@link #rejectedByHttpLayer}),
     * with examples.
     */
    public int httpLayer;

    final List<String> httpLayerExamples = new ArrayList<>();
    public long seed;

    /** Classes: 2xx, 3xx, 4xx (but 429), 429, 5xx, no answer. */
    static int cls(int status) {
      return status == 429
          ? 3
          : status <= 0 ? 5 : status >= 500 ? 4 : status >= 400 ? 2 : status >= 300 ? 1 : 0;
    }

    void count(String role, String op, int status) {
      requests++;
      int c = cls(status);
      perRole.computeIfAbsent(role, r -> new int[6])[c]++;
      perOperation.computeIfAbsent(op, o -> new TreeMap<>())
          .computeIfAbsent(role, r -> new int[6])[c]++;
      if (status == 429) {
        tooMany++;
      }
    }

    public String text() {
      StringBuilder b = new StringBuilder();
      b.append(
          String.format(
              "fuzzer: seed %d, %d requests, %d violations, %d answered 429, %d re-logins, %d sent "
                  + "again after the connection closed without an answer%n",
              seed, requests, violations.size(), tooMany, relogins, retried));
      b.append(
          String.format(
              "refused by the HTTP layer before the application (400, no body; documented in "
                  + "src/docs/api-errors.md): %d, e.g. %s%n",
              httpLayer, httpLayerExamples));
      b.append(
          String.format(
              "%-10s %7s %5s %7s %5s %5s %6s%n",
              "role", "2xx", "3xx", "4xx", "429", "5xx", "none"));
      perRole.forEach(
          (r, c) ->
              b.append(
                  String.format(
                      "%-10s %7d %5d %7d %5d %5d %6d%n", r, c[0], c[1], c[2], c[3], c[4], c[5])));
      b.append("per operation and role (2xx/3xx/4xx/429/5xx/none):\n");
      perOperation.forEach(
          (op, roles) -> {
            b.append("  ").append(op);
            roles.forEach(
                (r, c) ->
                    b.append(
                        String.format(
                            "  %s %d/%d/%d/%d/%d/%d", r, c[0], c[1], c[2], c[3], c[4], c[5])));
            b.append('\n');
          });
      Map<String, Integer> kinds = new TreeMap<>();
      violations.forEach(v -> kinds.merge(v.kind(), 1, Integer::sum));
      kinds.forEach((k, n) -> b.append(String.format("violations: %5d  %s%n", n, k)));
      for (Violation v : violations) {
        b.append("VIOLATION ").append(v).append('\n');
      }
      return b.toString();
    }
  }

  private final ApiDocument api;
  private final Fixture fixture;
  private final Random random;
  private final long seed;
  private final List<String> feedbackCodes = new ArrayList<>();
  private final Map<String, Integer> heavy = new LinkedHashMap<>();

  public Fuzzer(ApiDocument api, Fixture fixture, long seed) {
    this.api = api;
    this.fixture = fixture;
    this.seed = seed;
    this.random = new Random(seed);
  }

  public Report run(int requests) {
    Report report = new Report();
    report.seed = seed;
    for (int i = 0; i < 3; i++) {
      feedbackCodes.add(fixture.feedbackOfA());
    }
    String words = fixture.session("admin").get("/api/admin/moderation/words").body();
    List<ApiDocument.Operation> ops = api.operations();
    try {
      while (report.requests < requests) {
        String role = ROLES.get(random.nextInt(ROLES.size()));
        ApiDocument.Operation op = ops.get(random.nextInt(ops.size()));
        if (!role.equals("anonymous") && SESSION_OPS.contains(op.key())) {
          continue;
        }
        if (HEAVY_OPS.contains(op.key()) && heavy.merge(op.key(), 1, Integer::sum) > 3) {
          continue;
        }
        Mutation m =
            random.nextInt(4) == 0
                ? Mutation.NONE
                : Mutation.values()[1 + random.nextInt(Mutation.values().length - 1)];
        Request req = build(op, m);
        if (req == null) {
          continue;
        }
        Session s = fixture.session(role);
        Session.Res res = s.send(op.method(), req.path, req.headers, req.body);
        if (res.status() == 0) {
          // the connection closed before an answer (a kept-alive connection the server had just
          // closed): once more
          report.retried++;
          res = s.send(op.method(), req.path, req.headers, req.body);
        }
        if (res.status() < 0) {
          continue; // the client refused to send it (e.g. a header value it does not allow):
          // nothing reached the server
        }
        report.count(role, op.key(), res.status());
        check(report, op, role, req, m, res);
        if (report.requests % 250 == 0) {
          keepSessions(report);
        }
      }
    } finally {
      fixture.session("admin").json("PUT", "/api/admin/moderation/words", words);
    }
    return report;
  }

  private void keepSessions(Report report) {
    for (String role : ROLES) {
      Session s = fixture.session(role);
      if (s.loggedIn() && s.get("/api/auth/me").status() == 401) {
        s.relogin();
        report.relogins++;
      }
    }
  }

  private static void check(
      Report report,
      ApiDocument.Operation op,
      String role,
      Request req,
      Mutation m,
      Session.Res res) {
    String rule = null;
    if (res.status() == 0) {
      rule = "no answer";
    } else if (res.status() >= 500) {
      rule = "5xx";
    } else {
      for (String marker : MARKERS) {
        if (res.body().contains(marker)) {
          rule = "body contains '" + marker.trim() + "'";
          break;
        }
      }
      if (rule == null && rejectedByHttpLayer(req, m, res)) {
        report.httpLayer++;
        if (report.httpLayerExamples.size() < 5) {
          report.httpLayerExamples.add(op.method() + " " + head(req.path));
        }
        return;
      }
      if (rule == null
          && res.status() >= 400
          && req.path.startsWith("/api/")
          && (res.contentType() == null
              || !res.contentType().startsWith("application/problem+json"))) {
        rule = "error not problem+json";
      }
    }
    if (rule != null) {
      report.violations.add(
          new Violation(
              op.method(),
              req.path,
              role,
              res.status(),
              res.contentType(),
              res.body(),
              rule,
              m.name() + (req.note == null ? "" : " " + req.note)));
    }
  }

  /**
   * Whether Payara's HTTP layer (Grizzly) refused the request while reading its request line,
   * before any web application runs: a path that is not valid percent-encoded UTF-8 or holds NUL or
   * a backslash ("Invalid URI"), or a request head over the listener's 8 KB buffer. It answers 400
   * with no body, which no setting of the WAR can change (src/docs/api-errors.md). Only exactly
   * that answer to exactly those requests is taken as such.
   */
  static boolean rejectedByHttpLayer(Request req, Mutation m, Session.Res res) {
    if (res.status() != 400 || !res.body().isEmpty() || res.contentType() != null) {
      return false;
    }
    String p = req.path.toLowerCase(java.util.Locale.ROOT);
    boolean invalidUri =
        m == Mutation.BAD_PATH_SEGMENT
            && (p.contains("%00")
                || p.contains("%ff")
                || p.contains("%c3%28")
                || p.contains("%5c"));
    int head =
        req.path.length()
            + req.headers.entrySet().stream()
                .mapToInt(e -> e.getKey().length() + e.getValue().length() + 4)
                .sum();
    return invalidUri || head > 8192 - 512;
  }

  public static String head(String body) {
    if (body == null) {
      return "";
    }
    String b = body.replaceAll("\\s+", " ");
    return b.length() > 200 ? b.substring(0, 200) : b;
  }

  /** A request ready to send: encoded path with query, headers, body. */
  record Request(String path, Map<String, String> headers, byte[] body, String note) {}

  private Request build(ApiDocument.Operation op, Mutation m) {
    String note = null;
    String path = op.path();
    List<ApiDocument.Param> pathParams = op.params("path");
    int victim = pathParams.isEmpty() ? -1 : random.nextInt(pathParams.size());
    for (int i = 0; i < pathParams.size(); i++) {
      ApiDocument.Param p = pathParams.get(i);
      String value;
      if (i == victim && m == Mutation.RANDOM_PATH_ID) {
        value = encode(randomId());
      } else if (i == victim && m == Mutation.BAD_PATH_SEGMENT) {
        value = badSegment();
        note = value;
      } else {
        String code = feedbackCodes.get(random.nextInt(feedbackCodes.size()));
        String v = fixture.pathValue(op.path(), p.name(), code);
        value = encode(v == null ? randomId() : v);
      }
      path = path.replace("{" + p.name() + "}", value);
    }
    StringBuilder query = new StringBuilder();
    for (ApiDocument.Param p : op.params("query")) {
      boolean mutate = m == Mutation.BAD_QUERY && random.nextBoolean();
      if (!mutate && random.nextInt(3) == 0) {
        continue;
      }
      String v = mutate ? badScalar() : scalarText(p.name(), p.schema());
      v = guardQuery(op, p.name(), v);
      query
          .append(query.isEmpty() ? '?' : '&')
          .append(encode(p.name()))
          .append('=')
          .append(encode(v));
      if (mutate && random.nextInt(4) == 0) {
        query.append('&').append(encode(p.name())).append('=').append(encode(badScalar()));
      }
    }
    if (m == Mutation.BAD_QUERY && op.params("query").isEmpty()) {
      query.append("?").append(encode(randomWord())).append('=').append(encode(badScalar()));
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (ApiDocument.Param p : op.params("header")) {
      if (p.name().equalsIgnoreCase("Content-Type")) {
        continue;
      }
      if (m == Mutation.BAD_IDEMPOTENCY_KEY || random.nextBoolean()) {
        String v =
            m == Mutation.BAD_IDEMPOTENCY_KEY
                ? headerJunk()
                : "fuzz-" + Long.toHexString(random.nextLong());
        headers.put(p.name(), v);
      }
    }
    byte[] body = null;
    if (op.bodyType() != null || m == Mutation.EMPTY_BODY || m == Mutation.WRONG_CONTENT_TYPE) {
      String contentType = op.bodyType() == null ? "application/json" : op.bodyType();
      if (contentType.contains("*")) {
        contentType =
            pick("text/markdown", "text/plain", "application/pdf", "text/html", "application/json");
      }
      String text;
      if (op.bodyType() == null || op.bodyType().equals("application/json")) {
        JsonValue v =
            op.bodySchema() == null
                ? JsonValue.EMPTY_JSON_OBJECT
                : generate(op.bodySchema(), "", 0);
        text = mutateBody(v, m);
        if (op.key().equals("PUT /api/admin/transparency/targets")) {
          text = text.replaceAll("\"year\":20[0-8][0-9]\\b", "\"year\":2099");
        }
        if (op.key().equals("POST /api/auth/login")) {
          text =
              text.replaceAll(
                  "\"password\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]]*)", "\"password\":\"\"");
        }
      } else {
        text = pick("# Başlık\n\nMetin.", "", "%PDF-1.4 bozuk", "<h1>x</h1>", longString(20_000));
        if (m != Mutation.NONE) {
          text = text + stringFor(m);
        }
      }
      if (m == Mutation.WRONG_CONTENT_TYPE) {
        contentType =
            pick(
                "text/plain",
                "application/xml",
                "multipart/form-data",
                "application/x-www-form-urlencoded",
                "image/png",
                "application/octet-stream",
                "application/json-patch+json");
      } else if (m == Mutation.MALFORMED_CONTENT_TYPE) {
        contentType =
            pick(
                "application/json; charset=",
                "application/json;;",
                "/",
                "application",
                "json",
                "application/json; charset=\"",
                "application/json; charset=nope",
                "text/",
                ";");
        note = contentType;
      }
      if (m == Mutation.EMPTY_BODY) {
        text = "";
      }
      headers.put("Content-Type", contentType);
      body = text.getBytes(StandardCharsets.UTF_8);
    }
    if (random.nextInt(10) == 0) {
      headers.put(
          "Accept-Language", pick("en", "en-US,en;q=0.9", "de", "*", "tr-TR", ";;q=x", "zz"));
    }
    return new Request(path + query, headers, body, note);
  }

  /** Values that would touch data beyond the fuzzer's own, replaced (see the class comment). */
  private static String guardQuery(ApiDocument.Operation op, String name, String v) {
    if (op.path().endsWith("/retention/run") && name.equals("olderThanDays")) {
      try {
        int days = Integer.parseInt(v.trim());
        if (days >= 0 && days < 3650) {
          return "3650";
        }
      } catch (NumberFormatException e) {
        return v;
      }
    }
    if (op.path().endsWith("/knowledge/documents") && name.equals("filename")) {
      return v.replace('.', '_');
    }
    return v;
  }

  // --- values

  private static final String[] CODES = {
    "FEN",
    "PARK",
    "FEN-YOL",
    "PARK-BAKIM",
    "ATAKENT",
    "CENNET",
    "STRATEJI",
    "ZABITA-GURULTU",
    "TEMIZLIK-COP"
  };
  private static final String[] ENUMISH = {
    "REQUEST",
    "COMPLAINT",
    "SATISFACTION",
    "SUGGESTION",
    "THANKS",
    "OPEN",
    "ALL",
    "RECEIVED",
    "IN_PROGRESS",
    "ANSWERED",
    "RESOLVED",
    "CLOSED",
    "REOPENED",
    "PUBLISHED",
    "UNDER_EVALUATION",
    "ACCEPTED",
    "REJECTED",
    "WEB",
    "PHONE",
    "SATISFACTION",
    "ON_TIME_RATE",
    "OFFICIAL",
    "EDITOR",
    "MODERATOR",
    "departments",
    "months",
    "services",
    "neighbourhoods",
    "kpis",
    "newest",
    "supports",
    "tr",
    "en",
    "overdue"
  };
  private static final String[] WORDS = {
    "çukur",
    "kaldırım",
    "park",
    "çöp",
    "gürültü",
    "ağaç",
    "lamba",
    "otobüs",
    "su",
    "yol",
    "bank",
    "sokak",
    "köpek",
    "vergi",
    "nikah"
  };

  private JsonValue generate(JsonObject schema, String name, int depth) {
    JsonObject s = api.resolve(schema);
    if (s.containsKey("enum") && !s.getJsonArray("enum").isEmpty()) {
      var e = s.getJsonArray("enum");
      return e.get(random.nextInt(e.size()));
    }
    String type = s.getString("type", s.containsKey("properties") ? "object" : "string");
    switch (type) {
      case "object" -> {
        var b = jakarta.json.Json.createObjectBuilder();
        JsonObject props = s.getJsonObject("properties");
        if (props != null && depth < 4) {
          for (var e : props.entrySet()) {
            if (random.nextInt(5) > 0) {
              b.add(e.getKey(), generate(e.getValue().asJsonObject(), e.getKey(), depth + 1));
            }
          }
        }
        return b.build();
      }
      case "array" -> {
        var b = jakarta.json.Json.createArrayBuilder();
        int n = random.nextInt(3);
        for (int i = 0; i < n && depth < 4; i++) {
          b.add(
              generate(
                  s.containsKey("items") ? s.getJsonObject("items") : JsonValue.EMPTY_JSON_OBJECT,
                  name,
                  depth + 1));
        }
        return b.build();
      }
      case "integer" -> {
        long min = s.containsKey("minimum") ? s.getJsonNumber("minimum").longValue() : 0;
        long max = s.containsKey("maximum") ? s.getJsonNumber("maximum").longValue() : min + 10;
        return jakarta.json.Json.createValue(min + (long) (random.nextDouble() * (max - min + 1)));
      }
      case "number" -> {
        return random.nextBoolean()
            ? jakarta.json.Json.createValue(random.nextInt(10))
            : jakarta.json.Json.createValue(Math.round(random.nextDouble() * 500) / 100.0);
      }
      case "boolean" -> {
        return random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
      }
      default -> {
        return jakarta.json.Json.createValue(scalarText(name, s));
      }
    }
  }

  /** A valid-looking text for a field or parameter of the given name. */
  private String scalarText(String name, JsonObject schema) {
    JsonObject s = api.resolve(schema);
    if (s.containsKey("enum") && !s.getJsonArray("enum").isEmpty()) {
      var e = s.getJsonArray("enum");
      JsonValue v = e.get(random.nextInt(e.size()));
      return v.getValueType() == JsonValue.ValueType.STRING
          ? ((jakarta.json.JsonString) v).getString()
          : v.toString();
    }
    String n = name.toLowerCase(Locale.ROOT);
    String type = s.getString("type", "string");
    if (type.equals("integer") || type.equals("number")) {
      return Integer.toString(random.nextInt(30));
    }
    if (n.contains("email")) {
      return "fuzz" + random.nextInt(1_000_000) + "@example.org";
    }
    if (n.contains("date") || n.equals("from") || n.equals("to") || n.equals("due")) {
      return pick("2026-01-15", "2025-12-31", "2026-03", "2026", "2025-01-01");
    }
    if (n.contains("code")
        || n.startsWith("department")
        || n.startsWith("service")
        || n.startsWith("neighbourhood")) {
      return pick(CODES);
    }
    if (n.contains("password")) {
      return "Fuzz-Passw0rd-" + random.nextInt(1000);
    }
    if (n.equals("lang") || n.equals("language")) {
      return pick("tr", "en");
    }
    if (n.contains("kind")
        || n.contains("status")
        || n.contains("state")
        || n.equals("kpi")
        || n.equals("table")
        || n.equals("channel")
        || n.equals("sort")
        || n.equals("view")
        || n.contains("role")) {
      return pick(ENUMISH);
    }
    if (n.equals("year")) {
      return Integer.toString(2020 + random.nextInt(8));
    }
    int words = 1 + random.nextInt(12);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(i == 0 ? "" : " ").append(randomWord());
    }
    return b.toString();
  }

  private String randomWord() {
    return pick(WORDS);
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  private String randomId() {
    return switch (random.nextInt(6)) {
      case 0 ->
          Long.toString(1_000_000_000_000L + Math.abs(random.nextLong() % 1_000_000_000_000L));
      case 1 -> Long.toString(-1 - random.nextInt(1_000_000));
      case 2 -> "0";
      case 3 -> "9".repeat(30);
      case 4 -> "KS-" + Long.toString(Math.abs(random.nextLong()), 36).toUpperCase(Locale.ROOT);
      default -> "yok-" + randomWord() + "-" + random.nextInt(1000);
    };
  }

  /** Odd path segments sent as they are (already encoded). */
  private String badSegment() {
    return pick(
        "%00",
        "a%00b",
        "%ff",
        "%c3%28",
        "..%2f..%2fetc",
        "%2f",
        "%5c",
        "%e2%80%ae" + "abc",
        "%20",
        "%25",
        encode("ı̇İ" + "\u200f"),
        "1e3",
        "1.5",
        "-0",
        "0x1F",
        ";jsessionid=x",
        "%3Cscript%3E",
        ".",
        "%2e%2e");
  }

  private String badScalar() {
    return switch (random.nextInt(14)) {
      case 0 -> "";
      case 1 -> "-1";
      case 2 -> "99999999999999999999999";
      case 3 -> "1.5";
      case 4 -> "NaN";
      case 5 -> "+999999999-01-01";
      case 6 -> "2026-02-30";
      case 7 -> "0000-00-00";
      case 8 -> "2026-13-45T25:61:61Z";
      case 9 -> longString(5000);
      case 10 -> "' OR 1=1 --";
      case 11 -> "<img src=x onerror=alert(1)>";
      case 12 -> "\u202e\u200fمرحبا\u0001";
      default -> "9".repeat(5000);
    };
  }

  private String headerJunk() {
    return switch (random.nextInt(5)) {
      case 0 -> "";
      case 1 -> "x".repeat(5000);
      case 2 -> "fuzz-fixed-key";
      case 3 -> "' OR 1=1 --";
      default -> "ključ-ä";
    };
  }

  private String longString(int n) {
    StringBuilder b = new StringBuilder(n);
    while (b.length() < n) {
      b.append(randomWord()).append(' ');
    }
    return b.substring(0, n);
  }

  private String stringFor(Mutation m) {
    return switch (m) {
      case LONG_STRING -> longString(100_000 + random.nextInt(100_000));
      case UNICODE ->
          pick(
              "😀👩‍👩‍👧‍👦",
              "İıŞşĞğ",
              "e\u0301\u0301\u0301",
              "\uFEFF",
              "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
              "中文字符",
              "\uD83D");
      case CONTROL_CHARS -> "a\u0001\u0007\u0008\u001b[31m\r\n\tb";
      case NUL_CHAR -> "a\u0000b";
      case RTL_MARKS -> "\u202egpj.exe\u202c\u200f\u200e\u2066x\u2069";
      case SQL_TEXT ->
          pick(
              "' OR '1'='1",
              "1; DROP TABLE feedback; --",
              "\" UNION SELECT password FROM account --",
              "%' AND 1=CAST((SELECT 1) AS int) --");
      case HTML_TEXT ->
          pick(
              "<script>alert(1)</script>",
              "\"><svg onload=alert(1)>",
              "{{7*7}}",
              "${7*7}",
              "javascript:alert(1)",
              "<!--",
              "]]>");
      case ODD_DATE ->
          pick(
              "2026-02-30",
              "+999999999-12-31",
              "-0001-01-01",
              "0000-00-00",
              "2026-13-01",
              "2026-01-01T25:00:00Z",
              "31.12.2026",
              "1e10");
      default -> randomWord();
    };
  }

  /** The JSON text of the (possibly mutated) body. */
  private String mutateBody(JsonValue v, Mutation m) {
    switch (m) {
      case EMPTY_BODY -> {
        return "";
      }
      case MALFORMED_JSON -> {
        return pick(
            "{",
            "{\"a\":}",
            "[1,",
            "nul",
            "{\"a\" 1}",
            "{'a':1}",
            "\u0000",
            "{\"a\":1}}",
            "\"unterminated",
            "{\"a\":1,}",
            "\uFEFF{}");
      }
      case NOT_AN_OBJECT -> {
        return pick("[]", "null", "1", "\"text\"", "true", "[{}]");
      }
      case DEEP_NESTING -> {
        int depth = pick(64, 1000, 10_000);
        return "{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
      }
      default -> {}
    }
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      return v.toString();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    v.asJsonObject().forEach((k, val) -> fields.put(k, val.toString()));
    List<String> keys = new ArrayList<>(fields.keySet());
    String key =
        keys.isEmpty() ? pick("text", "comment", "value") : keys.get(random.nextInt(keys.size()));
    switch (m) {
      case WRONG_TYPE ->
          fields.put(key, pick("123", "true", "[]", "{}", "\"text\"", "[\"a\",1]", "1.5"));
      case MISSING_FIELD -> fields.remove(key);
      case EXTRA_FIELD ->
          fields.put(
              pick("admin", "role", "id", "__proto__", "extra" + random.nextInt(100)),
              pick("true", "1", "\"ADMIN\"", "{}"));
      case NULL_FIELD -> fields.put(key, "null");
      case HUGE_NUMBER ->
          fields.put(
              key,
              pick(
                  "1e308",
                  "1e999",
                  "9223372036854775808",
                  "18446744073709551616",
                  "-9223372036854775809"));
      case NEGATIVE_NUMBER -> fields.put(key, pick("-1", "-2147483649", "-0"));
      case FRACTIONAL_NUMBER ->
          fields.put(key, pick("1.5", "0.0001", "4.999999999999999999", "2e-5"));
      case DIGITS_5000 -> fields.put(key, "9".repeat(5000));
      case NONE,
          RANDOM_PATH_ID,
          BAD_PATH_SEGMENT,
          BAD_QUERY,
          WRONG_CONTENT_TYPE,
          MALFORMED_CONTENT_TYPE,
          BAD_IDEMPOTENCY_KEY -> {}
      default -> fields.put(key, jakarta.json.Json.createValue(stringFor(m)).toString());
    }
    StringBuilder b = new StringBuilder("{");
    fields.forEach(
        (k, val) ->
            b.append(b.length() > 1 ? "," : "")
                .append(jakarta.json.Json.createValue(k))
                .append(':')
                .append(val));
    return b.append('}').toString();
  }

  /** Percent-encodes everything but unreserved characters (UTF-8). */
  static String encode(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.toString();
  }
}
