package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Citizen accounts and participation proposals over HTTP, on H2 and on PostgreSQL: registration and
 * verification by e-mail (GreenMail), proposals, supports (also many at once), threshold and due
 * date, comments, withdrawal, moderation, officials' answers and milestones, rate limits, account
 * export and deletion, and bad input. The test servers run with a threshold of 3 supports and 6
 * posts per account and minute (see the pom).
 *
 * <p>Longer than the ~400 lines we aim for: it holds the participation API (proposals, supports,
 * comments, moderation, answers), one test per behaviour of the feature it covers, and the fixtures
 * they share; cut by size alone it would scatter one feature's behaviours over classes with no seam
 * between them. Moderation is the first seam to cut along when it grows again.
 */
@ExtendWith(SharedPortal.class)
class ProposalsApiIT {

  final URL base = SharedPortal.url();

  private final GreenMail smtp = SharedMail.server();

  private Citizens citizens() {
    return new Citizens(base, smtp);
  }

  private Http staff(String username) {
    Http h = new Http(base);
    h.login(username, SharedPortal.DEMO_PASSWORD);
    return h;
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** A random word of eight letters, to find one test's proposals in the shared index. */
  static String letters() {
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }

  private static String proposal(
      String title, String body, String department, String neighbourhood) {
    var b = Json.createObjectBuilder().add("title", title).add("body", body);
    if (department != null) {
      b.add("departmentCode", department);
    }
    if (neighbourhood != null) {
      b.add("neighbourhoodCode", neighbourhood);
    }
    return b.build().toString();
  }

  private static long create(Http author, String title, String body, String department) {
    Http.Res r = author.post("api/proposals", proposal(title, body, department, null));
    assertEquals(201, r.status(), r.body());
    assertTrue(
        r.header("Location")
            .endsWith("/api/proposals/" + r.json().getJsonNumber("id").longValue()));
    return r.json().getJsonNumber("id").longValue();
  }

  @Test
  void publicProposalsAreOpenDataWithoutTheirAuthors() {
    String word = letters();
    String bodyWord = letters();
    Http author = citizens().verified("Açık Veri Yazarı");
    long id =
        create(
            author,
            "Açık veri önerisi " + word,
            "Parkımıza daha çok bank konulsun " + bodyWord + ".",
            "PARK");
    Http anyone = new Http(base);
    Http.Res csv = anyone.get("api/open-data/proposals.csv");
    assertEquals(200, csv.status(), csv.body());
    String[] lines = csv.body().split("\r?\n");
    assertTrue(
        lines[0].startsWith("id,title,state,supports,department,neighbourhood,created"), lines[0]);
    String row =
        java.util.Arrays.stream(lines).filter(l -> l.contains(word)).findFirst().orElseThrow();
    assertTrue(row.startsWith(id + ","), row);
    assertTrue(row.contains("PUBLISHED") && row.contains("PARK"), row);
    assertFalse(csv.body().contains("Açık Veri Yazarı"), "no author names");
    assertFalse(csv.body().contains(bodyWord), "no proposal texts");
    JsonObject pkg = anyone.get("api/open-data/datapackage.json").json();
    assertTrue(
        pkg.getJsonArray("resources").stream()
            .map(v -> v.asJsonObject().getString("name"))
            .anyMatch(n -> n.startsWith("proposals")),
        pkg.toString());
    Http.Res json = anyone.get("api/open-data/proposals.json");
    assertEquals(200, json.status(), json.body());
    assertTrue(json.body().contains(word));
  }

  private static void assertProblem(Http.Res r, int status, String code) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    assertEquals(code, r.json().getString("code"), r.body());
  }

  private static void assertFields(Http.Res r, String... fields) {
    assertEquals(400, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    assertEquals(Set.of(fields), Set.copyOf(r.problemFields()), r.body());
  }

  private JsonObject detail(Http h, long id) {
    Http.Res r = h.get("api/proposals/" + id);
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  /**
   * How long a change may take to show in the search index. The index refreshes every 250 ms; the
   * generous margin is for a loaded machine (a busy CI, a full GC), so that only an index that
   * never catches up fails the test.
   */
  private static final java.time.Duration INDEX_CATCH_UP = java.time.Duration.ofSeconds(10);

  /**
   * Asks {@code read} every 100 ms until {@code ok} accepts its answer, for at most {@link
   * #INDEX_CATCH_UP}; fails naming what was awaited, how long, and the last answer.
   */
  private static <T> T awaitIndex(String what, Callable<T> read, java.util.function.Predicate<T> ok)
      throws Exception {
    long deadline = System.nanoTime() + INDEX_CATCH_UP.toNanos();
    T last;
    while (true) {
      last = read.call();
      if (ok.test(last)) {
        return last;
      }
      if (System.nanoTime() - deadline >= 0) {
        break;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "the search index did not show "
            + what
            + " within "
            + INDEX_CATCH_UP.toSeconds()
            + " s; last answer: "
            + last);
  }

  /** Polls the list until the index shows what the predicate wants (see {@link #awaitIndex}). */
  private JsonObject listUntil(String query, java.util.function.Predicate<JsonObject> ok)
      throws Exception {
    return awaitIndex(
        "the expected list for ?" + query,
        () -> {
          Http.Res r = new Http(base).get("api/proposals?" + query);
          assertEquals(200, r.status(), r.body());
          return r.json();
        },
        ok);
  }

  /** One figure of the proposals' public figures for the period. */
  private JsonObject figure(String query, String key) {
    Http.Res r = new Http(base).get("api/proposals/figures?" + query);
    assertEquals(200, r.status(), r.body());
    return r.array().stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("key").equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(key + " missing in " + r.body()));
  }

  /**
   * Whether the JSON object has a non-null value for the key (null values are left out of
   * responses).
   */
  private static boolean has(JsonObject o, String key) {
    return o.containsKey(key) && !o.isNull(key);
  }

  private static List<Long> ids(JsonObject list) {
    return list.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  // ---- accounts

  @Test
  void registrationNeedsValidFieldsAndTheNoticeThenVerificationByMail() {
    Http anon = new Http(base);
    assertFields(
        anon.post("api/accounts", "{\"email\":\"not-an-address\",\"password\":\"kisa1\"}"),
        "email",
        "password",
        "displayName",
        "kvkkAcknowledged");
    anon.language = "en";
    Http.Res en =
        anon.post(
            "api/accounts",
            "{\"email\":\"x@example.org\",\"password\":\"Kent-Vatandas-2026\","
                + "\"displayName\":\"Ayşe\",\"kvkkAcknowledged\":true,\"kvkkNoticeVersion\":\"1999\"}");
    assertFields(en, "kvkkNoticeVersion");
    assertTrue(
        en.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("notice"),
        en.body());
    assertFields(
        anon.post("api/accounts", "{\"email\":\"a@b.org\",\"nickname\":\"x\"}"), "nickname");

    String email = Citizens.newEmail("kayit");
    assertEquals(202, citizens().register(email, "Ayşe K.").status());
    String mail = citizens().mail(email, "account.html?verify=");
    String token = Citizens.tokenFrom(mail);

    // an unverified citizen can log in but not take part yet
    Http unverified = new Http(base);
    JsonObject session = unverified.login(email, Citizens.PASSWORD);
    assertEquals(
        List.of("CITIZEN"),
        session.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertFalse(unverified.get("api/accounts/me").json().getBoolean("verified"));
    assertProblem(
        unverified.post(
            "api/proposals",
            proposal(
                "Doğrulanmamış öneri",
                "Bu öneri kaydedilmemeli, hesap " + "doğrulanmadı.",
                null,
                null)),
        403,
        "account-not-verified");
    // nor flag a proposal or a comment (found by the authorisation matrix's review: both answered
    // 201)
    Http author = citizens().verified("Bayrak Yazarı");
    long flagged =
        create(
            author,
            "Bayrak denemesi " + unique(),
            "Bu öneriyi doğrulanmamış bir hesap işaretleyememeli, "
                + "işaretleme doğrulanmış hesaplara ve personele açık.",
            null);
    long comment =
        author
            .post(
                "api/proposals/" + flagged + "/comments", "{\"text\":\"Bayrak denemesi yorumu.\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    assertProblem(
        unverified.post("api/proposals/" + flagged + "/flags", "{\"reason\":\"Uygunsuz\"}"),
        403,
        "account-not-verified");
    assertProblem(
        unverified.post(
            "api/proposals/comments/" + comment + "/flags", "{\"reason\":\"Uygunsuz\"}"),
        403,
        "account-not-verified");
    // citizens never open the staff area
    assertProblem(unverified.get("api/admin/feedback/inbox"), 403, "forbidden");

    assertFields(anon.post("api/accounts/verify", "{\"token\":\"wrong-token\"}"), "token");
    assertEquals(200, anon.post("api/accounts/verify", "{\"token\":\"" + token + "\"}").status());
    assertFields(anon.post("api/accounts/verify", "{\"token\":\"" + token + "\"}"), "token");
    assertTrue(unverified.get("api/accounts/me").json().getBoolean("verified"));

    // registering the same address again creates nothing and tells the mailbox owner instead
    assertEquals(202, citizens().register(email.toUpperCase(), "Başka").status());
    citizens().mail(email, "account.html#reset");
    // the audit log never holds the address
    Http admin = new Http(base);
    admin.login("admin", SharedPortal.ADMIN_PASSWORD);
    String audit = admin.get("api/admin/audit?limit=200").body();
    assertTrue(audit.contains("CITIZEN_VERIFIED"), audit);
    assertFalse(audit.contains(email), audit);
  }

  @Test
  void aForgottenPasswordIsResetByMail() {
    Http citizen = citizens().verified("Parola Unutan");
    String email = citizen.email;
    Http anon = new Http(base);
    assertEquals(
        202,
        anon.post(
                "api/accounts/password-reset",
                "{\"email\":\"nobody." + unique() + "@example.org\"}")
            .status(),
        "unknown addresses get the same answer");
    assertFields(anon.post("api/accounts/password-reset", "{\"email\":\"bozuk\"}"), "email");
    assertEquals(
        202, anon.post("api/accounts/password-reset", "{\"email\":\"" + email + "\"}").status());
    String token = Citizens.tokenFrom(citizens().mail(email, "account.html?reset="));
    assertFields(
        anon.post(
            "api/accounts/password-reset/confirm",
            "{\"token\":\"" + token + "\",\"password\":\"abc\"}"),
        "password");
    assertEquals(
        204,
        anon.post(
                "api/accounts/password-reset/confirm",
                "{\"token\":\"" + token + "\",\"password\":\"Yeni-Parola-2027\"}")
            .status());
    assertEquals(
        401,
        new Http(base)
            .post(
                "api/auth/login",
                "{\"username\":\"" + email + "\",\"password\":\"" + Citizens.PASSWORD + "\"}")
            .status());
    new Http(base).login(email, "Yeni-Parola-2027");
  }

  // ---- proposals: create, read, list, search, similar

  @Test
  void proposalsAreCreatedWithFieldSpecificErrorsAndRead() {
    Http author = citizens().verified("Öneren Vatandaş");
    Http.Res bad = author.post("api/proposals", proposal("x".repeat(151), "", "NOPE", "NOWHERE"));
    assertFields(bad, "title", "body", "departmentCode", "neighbourhoodCode");
    author.language = "en";
    Http.Res badEn =
        author.post(
            "api/proposals", proposal("Kısa", "Açıklama da yeterince uzun değil.", null, null));
    assertFields(badEn, "title");
    assertTrue(
        badEn.json().getString("title").contains("wrong") || badEn.body().contains("characters"),
        badEn.body());
    assertProblem(
        new Http(base)
            .post(
                "api/proposals",
                proposal(
                    "Girişsiz öneri denemesi",
                    "Giriş yapmadan öneri " + "verilemez, bu istek reddedilmeli.",
                    null,
                    null)),
        401,
        "login-required");

    String body =
        "Mahallemizdeki parkta çocuklar için gölgelik yok.\n\nYazın öğle saatlerinde oyun alanı "
            + "kullanılamıyor. Ayrıntılar: https://example.org/park?x=1 <script>alert(1)</script>";
    long id = create(author, "Çocuk parkına gölgelik yapılsın", body, "PARK");
    JsonObject d = detail(new Http(base), id);
    assertEquals("Çocuk parkına gölgelik yapılsın", d.getString("title"));
    assertEquals("PUBLISHED", d.getString("state"));
    assertEquals("Öneren Vatandaş", d.getString("author"));
    assertEquals(0, d.getInt("supports"));
    assertEquals(3, d.getInt("threshold"));
    String html = d.getString("bodyHtml");
    assertTrue(html.contains("&lt;script&gt;") && !html.contains("<script>"), html);
    assertTrue(
        html.contains(
            "<a href=\"https://example.org/park?x=1\" rel=\"nofollow ugc noopener noreferrer\">"),
        html);
    assertTrue(html.startsWith("<p>") && html.contains("</p><p>"), html);
    assertFalse(d.toString().contains("@example.org"), "no e-mail address in public data");
    assertProblem(new Http(base).get("api/proposals/999999999"), 404, "proposal-not-found");
  }

  @Test
  void listAndSearchAreTurkishAwareFilteredSortedAndPaged() throws Exception {
    Http author = citizens().verified("Arayan");
    String tag = letters();
    long a =
        create(
            author,
            "Çöp konteynerleri sık boşaltılsın " + tag,
            "Sokağımızdaki çöp konteynerleri " + "taşıyor, haftada üç kez boşaltılmalı. " + tag,
            "TEMIZLIK");
    long b =
        create(
            author,
            "Otobüs durağına bank konulsun " + tag,
            "Durakta yaşlılar ayakta bekliyor, bir bank " + "ve sundurma gerekli. " + tag,
            "FEN");
    Http supporter = citizens().verified("Destekçi");
    assertEquals(200, supporter.post("api/proposals/" + b + "/supports", null).status());

    // diacritics and case do not matter: "COP KONTEYNER" finds "Çöp konteynerleri"
    JsonObject found = listUntil("q=COP+KONTEYNER+" + tag, l -> ids(l).contains(a));
    assertFalse(ids(found).contains(b), found.toString());
    JsonObject byDept = listUntil("q=" + tag + "&department=fen", l -> ids(l).equals(List.of(b)));
    assertEquals(1, byDept.getJsonNumber("total").longValue());
    JsonObject bySupports =
        listUntil(
            "q=" + tag + "&sort=supports",
            l ->
                ids(l).equals(List.of(b, a))
                    && l.getJsonArray("items").getJsonObject(0).getInt("supports") == 1);
    assertEquals("supports", bySupports.getString("sort"));
    listUntil("q=" + tag + "&sort=newest", l -> ids(l).equals(List.of(b, a)));
    listUntil(
        "q=" + tag + "&sort=trending",
        l ->
            ids(l).equals(List.of(b, a))
                && l.getJsonArray("items").getJsonObject(0).getInt("supportsLastWeek") == 1);
    JsonObject paged =
        listUntil("q=" + tag + "&sort=newest&size=1&page=2", l -> ids(l).equals(List.of(a)));
    assertEquals(2, paged.getJsonNumber("pages").longValue());
    listUntil("q=" + tag + "&state=ACCEPTED", l -> l.getJsonNumber("total").longValue() == 0);

    Http.Res bad =
        new Http(base)
            .get(
                "api/proposals?sort=best&page=0&size=500&state=DONE&department=X"
                    + "&neighbourhood=Y");
    assertFields(bad, "sort", "page", "size", "state", "department", "neighbourhood");
  }

  @Test
  void similarProposalsAreSuggestedWhileTyping() throws Exception {
    Http author = citizens().verified("Benzer");
    String tag = letters();
    long bike =
        create(
            author,
            "Sahil boyunca bisiklet yolu " + tag,
            "Küçükçekmece gölü sahili boyunca güvenli bir "
                + "bisiklet yolu yapılmasını öneriyorum; bisikletliler araç yolunda tehlikede. "
                + tag,
            "FEN");
    long trees =
        create(
            author,
            "Okul önüne ağaç dikilsin " + tag,
            "İlkokulun önündeki kaldırıma gölge için ağaç " + "dikilmesini istiyoruz. " + tag,
            "PARK");
    List<Long> similar =
        awaitIndex(
            "proposal " + bike + " among the similar ones",
            () -> {
              Http.Res r =
                  new Http(base)
                      .get(
                          "api/proposals/similar?text="
                              + java.net.URLEncoder.encode(
                                  "göl sahilinde bisiklet yolu olsun " + tag, "UTF-8"));
              assertEquals(200, r.status(), r.body());
              return r.array().stream()
                  .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                  .toList();
            },
            l -> l.contains(bike));
    assertTrue(similar.contains(bike), String.valueOf(similar));
    assertTrue(
        similar.indexOf(bike)
            < (similar.contains(trees) ? similar.indexOf(trees) : Integer.MAX_VALUE));
    assertTrue(similar.size() <= 5);
    assertEquals(0, new Http(base).get("api/proposals/similar?text=").array().size());
    assertFields(new Http(base).get("api/proposals/similar?text=x&exclude=abc"), "exclude");
    JsonArray dept =
        new Http(base)
            .get(
                "api/proposals/suggest-department?text="
                    + java.net.URLEncoder.encode(
                        "parktaki salıncak kırık, oyun grubu onarılsın", "UTF-8"))
            .array();
    assertEquals("PARK", dept.getJsonObject(0).getString("departmentCode"), dept.toString());
    JsonArray none =
        new Http(base)
            .get(
                "api/proposals/suggest-department?text="
                    + java.net.URLEncoder.encode("Mars'ta yarın hava nasıl olacak?", "UTF-8"))
            .array();
    assertEquals(0, none.size(), "no department for a text that points to none: " + none);
  }

  @Test
  void theListAndTheProposalPageAreRenderedOnTheServerForReadersWithoutJavaScript()
      throws Exception {
    Http author = citizens().verified("Sunucu <Yazar>");
    String tag = letters();
    long id =
        create(
            author,
            "Kaldırım rampası <yapılsın> " + tag,
            "Tekerlekli sandalye için rampa yok & " + "\"engel\" var.\nİkinci satır. " + tag,
            "FEN");
    listUntil("q=" + tag, l -> ids(l).contains(id));
    Http.Res list = new Http(base).get("proposals.html?q=" + tag);
    assertEquals(200, list.status());
    assertTrue(list.contentType().startsWith("text/html"), list.contentType());
    assertTrue(list.body().contains("Kaldırım rampası &lt;yapılsın&gt; " + tag), list.body());
    assertTrue(list.body().contains("href=\"/proposal.html?id=" + id + "\""), list.body());
    assertFalse(list.body().contains("<yapılsın>"));
    assertTrue(list.header("Content-Security-Policy").contains("script-src 'self'"));
    Http.Res page = new Http(base).get("proposal.html?id=" + id + "&lang=en");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("<html lang=\"en\">"), page.body());
    assertTrue(
        page.body().contains("rampa yok &amp; &quot;engel&quot; var.<br>İkinci satır."),
        page.body());
    assertTrue(page.body().contains("Sunucu &lt;Yazar&gt;"), page.body());
    assertTrue(page.body().contains("Published"), page.body());
    assertFalse(page.body().contains("@example.org"));
    assertEquals(404, new Http(base).get("proposal.html?id=abc").status());
    Http.Res bad = new Http(base).get("proposals.html?sort=best");
    assertEquals(200, bad.status());
    assertTrue(bad.body().contains("Bilinmeyen sıralama: best"), bad.body());
  }

  // ---- supports

  @Test
  void oneSupportPerAccountAndTheThresholdSetsTheDueDateForTheDepartment() {
    Http author = citizens().verified("Eşik");
    long id =
        create(
            author,
            "Semt pazarına otopark " + unique(),
            "Pazar günleri semt pazarının çevresinde araç "
                + "park yeri bulunmuyor, geçici otopark düzenlensin.",
            "ZABITA");
    Http s1 = citizens().verified("Bir");
    Http.Res first = s1.post("api/proposals/" + id + "/supports", null);
    assertEquals(200, first.status(), first.body());
    assertEquals(1, first.json().getInt("supports"));
    assertProblem(
        s1.post("api/proposals/" + id + "/supports", null), 409, "proposal-already-supported");
    assertTrue(detail(s1, id).getBoolean("supportedByMe"));
    assertEquals(0, s1.delete("api/proposals/" + id + "/supports").json().getInt("supports"));
    assertProblem(
        s1.delete("api/proposals/" + id + "/supports"), 404, "proposal-support-not-found");
    assertEquals(1, s1.post("api/proposals/" + id + "/supports", null).json().getInt("supports"));
    assertProblem(
        new Http(base).post("api/proposals/" + id + "/supports", null), 401, "login-required");
    assertProblem(
        staff("yetkili.zabita").post("api/proposals/" + id + "/supports", null),
        403,
        "citizen-only");
    Http noCsrf = citizens().verified("Jetonsuz");
    noCsrf.csrf = null;
    assertProblem(noCsrf.post("api/proposals/" + id + "/supports", null), 403, "csrf");

    assertFalse(has(detail(s1, id), "answerDueDate"));
    citizens().verified("İki").post("api/proposals/" + id + "/supports", null);
    Http.Res third = author.post("api/proposals/" + id + "/supports", null);
    assertEquals(3, third.json().getInt("supports"), third.body());
    JsonObject d = detail(s1, id);
    LocalDate due = LocalDate.now(ZoneId.of("Europe/Istanbul")).plusDays(30);
    assertEquals(due.toString(), d.getString("answerDueDate"));
    assertTrue(has(d, "thresholdReachedAt"));
    assertTrue(
        d.getJsonArray("timeline").stream()
            .anyMatch(e -> e.asJsonObject().getString("type").equals("THRESHOLD_REACHED")));

    // the department's queue shows it first among those awaiting an answer, with the due date
    JsonArray queue = staff("yetkili.zabita").get("api/admin/proposals/queue").array();
    JsonObject item =
        queue.stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertEquals(due.toString(), item.getString("answerDueDate"));
    int position = queue.indexOf(item);
    for (int i = 0; i < position; i++) {
      assertTrue(has(queue.getJsonObject(i), "answerDueDate"), "threshold-reached ones come first");
    }
    // another department's official does not see it
    assertTrue(
        staff("yetkili.park").get("api/admin/proposals/queue").array().stream()
            .noneMatch(o -> o.asJsonObject().getJsonNumber("id").longValue() == id));
    assertProblem(
        staff("yetkili.park").get("api/admin/proposals/queue?department=ZABITA"), 403, "forbidden");

    // answered within the 30 days: counted as answered on time in the public figures
    String period = "from=" + due.minusDays(40) + "&to=" + due;
    long basis = figure(period, "proposals.answeredOnTime").getJsonNumber("basis").longValue();
    assertEquals(
        200,
        staff("yetkili.zabita")
            .post(
                "api/admin/proposals/" + id + "/answer",
                "{\"state\":\"REJECTED\",\"reason\":\"Alan trafiğe kapatılamıyor.\"}")
            .status());
    JsonObject onTime = figure(period, "proposals.answeredOnTime");
    assertEquals(basis + 1, onTime.getJsonNumber("basis").longValue(), onTime.toString());
    assertEquals(1.0, onTime.getJsonNumber("value").doubleValue(), onTime.toString());
    assertEquals("share", onTime.getString("unit"));
    assertFields(new Http(base).get("api/proposals/figures?from=2026-13-01&to=x"), "from", "to");
    assertFields(new Http(base).get("api/proposals/figures?from=2026-02-01&to=2026-01-01"), "from");
  }

  @Test
  void manySimultaneousSupportsAreAllCounted() throws Exception {
    Http author = citizens().verified("Kalabalık");
    long id =
        create(
            author,
            "Kütüphane hafta sonu açık olsun " + unique(),
            "Öğrenciler için ilçe kütüphanesi " + "cumartesi ve pazar günleri de açık olmalı.",
            "KULTUR");
    int n = 40;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Http>> accounts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = i;
      accounts.add(pool.submit(() -> citizens().verified("Destekçi " + k)));
    }
    List<Http> supporters = new ArrayList<>();
    for (Future<Http> f : accounts) {
      supporters.add(f.get());
    }
    pool.shutdown();
    ExecutorService burst = Executors.newFixedThreadPool(n);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (Http s : supporters) {
      results.add(
          burst.submit(
              (Callable<Integer>)
                  () -> {
                    start.await();
                    return s.post("api/proposals/" + id + "/supports", null).status();
                  }));
    }
    start.countDown();
    for (Future<Integer> f : results) {
      assertEquals(200, f.get());
    }
    burst.shutdown();
    assertEquals(n, detail(author, id).getInt("supports"));
    // and the same accounts again: every one refused, the count unchanged
    for (Http s : supporters.subList(0, 5)) {
      assertEquals(409, s.post("api/proposals/" + id + "/supports", null).status());
    }
    assertEquals(n, detail(author, id).getInt("supports"));
  }

  // ---- withdrawal

  @Test
  void theAuthorWithdrawsOnlyWhileNobodySupports() throws Exception {
    Http author = citizens().verified("Vazgeçen");
    Http other = citizens().verified("Başkası");
    long lonely =
        create(
            author,
            "Geri çekilecek öneri " + unique(),
            "Bu öneriyi kimse desteklemeden geri " + "çekeceğim, listede görünmemeli.",
            null);
    assertProblem(
        other.post("api/proposals/" + lonely + "/withdraw", null), 403, "proposal-not-author");
    Http.Res w = author.post("api/proposals/" + lonely + "/withdraw", null);
    assertEquals(200, w.status(), w.body());
    assertEquals("WITHDRAWN", w.json().getString("state"));
    assertProblem(
        other.post("api/proposals/" + lonely + "/supports", null), 409, "proposal-not-supportable");
    listUntil("state=WITHDRAWN&sort=newest&size=50", l -> ids(l).contains(lonely));

    long supported =
        create(
            author,
            "Desteklenen öneri " + unique(),
            "Bu öneriyi biri destekledikten sonra geri " + "çekmek mümkün olmamalı.",
            null);
    other.post("api/proposals/" + supported + "/supports", null);
    assertProblem(
        author.post("api/proposals/" + supported + "/withdraw", null),
        409,
        "proposal-has-supports");
  }

  // ---- comments

  @Test
  void commentsHaveOneLevelOfRepliesAreEditableForTenMinutesAndDeletedAsDeleted() {
    Http author = citizens().verified("Yorumcu");
    Http other = citizens().verified("Yanıtlayan");
    long id =
        create(
            author,
            "Sokak lambaları yenilensin " + unique(),
            "Caddemizdeki sokak lambalarının yarısı " + "yanmıyor, akşamları yürümek tehlikeli.",
            "FEN");
    Http.Res c =
        author.post(
            "api/proposals/" + id + "/comments",
            "{\"text\":\"Geçen hafta iki lamba daha söndü.\"}");
    assertEquals(201, c.status(), c.body());
    long cid = c.json().getJsonNumber("id").longValue();
    Http.Res reply =
        other.post(
            "api/proposals/" + id + "/comments",
            "{\"text\":\"Bizim sokakta da aynı sorun " + "var.\",\"parentId\":" + cid + "}");
    assertEquals(201, reply.status(), reply.body());
    long rid = reply.json().getJsonNumber("id").longValue();
    assertFields(
        author.post(
            "api/proposals/" + id + "/comments",
            "{\"text\":\"Yanıta yanıt.\",\"parentId\":" + rid + "}"),
        "parentId");
    assertFields(author.post("api/proposals/" + id + "/comments", "{\"text\":\"\"}"), "text");
    assertFields(
        author.post("api/proposals/" + id + "/comments", "{\"text\":\"" + "a".repeat(2001) + "\"}"),
        "text");

    assertProblem(
        other.put("api/proposals/comments/" + cid, "{\"text\":\"Başkasının yorumu\"}"),
        403,
        "comment-not-author");
    Http.Res edited =
        author.put(
            "api/proposals/comments/" + cid, "{\"text\":\"Geçen hafta üç lamba daha söndü.\"}");
    assertEquals(200, edited.status(), edited.body());
    assertTrue(has(edited.json(), "editedAt"));
    // what the page needs to offer editing: the deadline, only to the author
    JsonObject mine = detail(author, id).getJsonArray("comments").getJsonObject(0);
    assertTrue(mine.getBoolean("mine"));
    assertEquals(
        java.time.OffsetDateTime.parse(mine.getString("createdAt")).plusMinutes(10).toInstant(),
        java.time.OffsetDateTime.parse(mine.getString("editableUntil")).toInstant());
    JsonObject theirs = detail(other, id).getJsonArray("comments").getJsonObject(0);
    assertFalse(theirs.getBoolean("mine"));
    assertFalse(has(theirs, "editableUntil"), theirs.toString());
    author.language = "en";
    Http.Res empty = author.put("api/proposals/comments/" + cid, "{\"text\":\"  \"}");
    assertFields(empty, "text");
    assertEquals(
        "This field is required.",
        empty.json().getJsonArray("errors").getJsonObject(0).getString("message"));
    author.language = "tr";
    assertEquals(200, author.delete("api/proposals/comments/" + cid).status());

    JsonArray comments = detail(new Http(base), id).getJsonArray("comments");
    JsonObject first = comments.getJsonObject(0);
    assertTrue(first.getBoolean("deleted"));
    assertEquals("", first.getString("text"));
    assertEquals(
        cid, comments.getJsonObject(1).getJsonNumber("parentId").longValue(), "the reply stays");
    assertProblem(
        author.put("api/proposals/comments/" + cid, "{\"text\":\"Geri\"}"), 409, "comment-deleted");
  }

  // ---- moderation

  @Test
  void abusiveTextIsHeldUntilAModeratorPublishesIt() throws Exception {
    Http author = citizens().verified("Kızgın");
    String tag = letters();
    Http.Res r =
        author.post(
            "api/proposals",
            proposal(
                "Bu ne salaklık " + tag,
                "Yolları bu kadar kötü yapan " + "ahmaklar kim, hemen düzeltilsin.",
                "FEN",
                null));
    assertEquals(201, r.status(), r.body());
    assertEquals("PENDING", r.json().getString("visibility"));
    assertEquals("abusive-word", r.json().getString("heldReason"));
    long id = r.json().getJsonNumber("id").longValue();
    assertProblem(new Http(base).get("api/proposals/" + id), 404, "proposal-not-found");
    assertEquals("PENDING", detail(author, id).getString("visibility"), "the author still sees it");

    Http moderator = staff("moderator");
    JsonArray queue = moderator.get("api/admin/moderation/queue").array();
    assertTrue(
        queue.stream()
            .anyMatch(
                o ->
                    o.asJsonObject().getJsonNumber("id").longValue() == id
                        && o.asJsonObject().getString("heldReason").equals("abusive-word")),
        queue.toString());
    assertProblem(author.get("api/admin/moderation/queue"), 403, "forbidden");
    assertProblem(staff("yetkili.fen").get("api/admin/moderation/queue"), 403, "forbidden");
    assertEquals(
        204, moderator.post("api/admin/moderation/proposals/" + id + "/restore", null).status());
    assertEquals("PUBLIC", detail(new Http(base), id).getString("visibility"));
    listUntil("q=" + tag, l -> ids(l).contains(id));

    // the list is editable: a new word holds the next post
    JsonObject words = moderator.get("api/admin/moderation/words").json();
    String word = "kepaze" + letters();
    var tr = Json.createArrayBuilder(words.getJsonArray("tr")).add(word);
    Http.Res put =
        moderator.put(
            "api/admin/moderation/words",
            Json.createObjectBuilder()
                .add("tr", tr)
                .add("en", words.getJsonArray("en"))
                .build()
                .toString());
    assertEquals(200, put.status(), put.body());
    Http.Res held =
        citizens()
            .verified("Yeni")
            .post(
                "api/proposals/" + id + "/comments",
                "{\"text\":\"Tam bir " + word.toUpperCase(java.util.Locale.ROOT) + "lik!\"}");
    assertEquals(201, held.status(), held.body());
    assertTrue(held.json().getBoolean("pending"), held.body());
    assertFields(moderator.put("api/admin/moderation/words", "{\"tr\":[\"a\"],\"en\":[]}"), "tr");
  }

  @Test
  void nearDuplicatesOfOnesOwnPostsAreHeld() {
    Http author = citizens().verified("Tekrarcı");
    String text =
        "Pazar yerinin yanındaki boş arsaya çocuklar için bir oyun parkı yapılmasını öneriyoruz "
            + unique();
    create(author, "Boş arsaya oyun parkı", text, "PARK");
    Http.Res again =
        author.post(
            "api/proposals",
            proposal("Boş arsaya oyun parkı yapılsın", text + " lütfen", "PARK", null));
    assertEquals(201, again.status(), again.body());
    assertEquals("near-duplicate", again.json().getString("heldReason"));
  }

  @Test
  void flagsQueueForModeratorsWhoHideWithAPublicNoteInTheAuditLog() throws Exception {
    Http author = citizens().verified("İşaretlenen");
    String tag = letters();
    long id =
        create(
            author,
            "Reklam panosu önerisi " + tag,
            "Bu öneri aslında bir firmanın reklamı, lütfen " + "bizi arayın.",
            null);
    Http f1 = citizens().verified("İşaretçi 1");
    Http f2 = citizens().verified("İşaretçi 2");
    assertFields(f1.post("api/proposals/" + id + "/flags", "{\"reason\":\"\"}"), "reason");
    assertEquals(
        201, f1.post("api/proposals/" + id + "/flags", "{\"reason\":\"Reklam\"}").status());
    assertProblem(
        f1.post("api/proposals/" + id + "/flags", "{\"reason\":\"Reklam\"}"),
        409,
        "already-flagged");
    assertEquals(
        201, f2.post("api/proposals/" + id + "/flags", "{\"reason\":\"Ticari içerik\"}").status());
    Http.Res c =
        author.post("api/proposals/" + id + "/comments", "{\"text\":\"Bir yorum " + tag + "\"}");
    long cid = c.json().getJsonNumber("id").longValue();
    assertEquals(
        201,
        f1.post("api/proposals/comments/" + cid + "/flags", "{\"reason\":\"Konu dışı\"}").status());

    Http moderator = staff("moderator");
    JsonArray queue = moderator.get("api/admin/moderation/queue").array();
    int pIndex = -1;
    int cIndex = -1;
    for (int i = 0; i < queue.size(); i++) {
      JsonObject o = queue.getJsonObject(i);
      if (o.getString("targetType").equals("PROPOSAL") && o.getJsonNumber("id").longValue() == id) {
        pIndex = i;
        assertEquals(2, o.getInt("openFlags"));
        assertTrue(o.getJsonArray("flagReasons").toString().contains("Ticari içerik"));
      }
      if (o.getString("targetType").equals("COMMENT") && o.getJsonNumber("id").longValue() == cid) {
        cIndex = i;
      }
    }
    assertTrue(pIndex >= 0 && cIndex > pIndex, "ordered by flags: " + queue);
    assertFields(
        moderator.post("api/admin/moderation/proposals/" + id + "/hide", "{\"reason\":\"\"}"),
        "reason");
    assertEquals(
        204,
        moderator
            .post(
                "api/admin/moderation/proposals/" + id + "/hide",
                "{\"reason\":\"Ticari reklam içeriyor\"}")
            .status());
    assertEquals(
        204,
        moderator
            .post("api/admin/moderation/comments/" + cid + "/hide", "{\"reason\":\"Konu dışı\"}")
            .status());
    JsonObject d = detail(new Http(base), id);
    assertEquals("HIDDEN", d.getString("visibility"));
    assertEquals("Ticari reklam içeriyor", d.getString("moderationNote"));
    assertEquals("", d.getString("body"));
    JsonObject hiddenComment = d.getJsonArray("comments").getJsonObject(0);
    assertTrue(hiddenComment.getBoolean("hidden"));
    assertEquals("", hiddenComment.getString("text"));
    listUntil("q=" + tag, l -> !ids(l).contains(id));
    assertTrue(
        moderator.get("api/admin/moderation/queue").array().stream()
            .noneMatch(
                o ->
                    o.asJsonObject().getJsonNumber("id").longValue() == id
                        && o.asJsonObject().getString("targetType").equals("PROPOSAL")));

    Http admin = new Http(base);
    admin.login("admin", SharedPortal.ADMIN_PASSWORD);
    String audit = admin.get("api/admin/audit?targetType=proposal&targetId=" + id).body();
    assertTrue(audit.contains("MODERATION_HIDDEN") && audit.contains("\"moderator\""), audit);
    assertEquals(
        204, moderator.post("api/admin/moderation/proposals/" + id + "/restore", null).status());
    assertEquals("PUBLIC", detail(new Http(base), id).getString("visibility"));
    assertProblem(
        moderator.post("api/admin/moderation/things/" + id + "/hide", "{\"reason\":\"x\"}"),
        404,
        "moderation-target-unknown");
  }

  // ---- officials

  @Test
  void officialsAnswerWithAPublicReasonFollowersAreMailedAndMilestonesFollow() {
    Http author = citizens().verified("Takipçi Yazar");
    Http follower = citizens().verified("Takipçi");
    String title = "Semt konağında ücretsiz kurs " + unique();
    long id =
        create(
            author, title, "Gençler için semt konağında ücretsiz kodlama kursu açılsın.", "KULTUR");
    assertEquals(204, follower.post("api/proposals/" + id + "/follow", null).status());
    assertTrue(detail(follower, id).getBoolean("followedByMe"));

    Http kultur = staff("yetkili.kultur");
    long accepted = figure("", "proposals.accepted").getJsonNumber("basis").longValue();
    long completed = figure("", "proposals.completed").getJsonNumber("basis").longValue();
    assertFields(
        kultur.post("api/admin/proposals/" + id + "/answer", "{\"state\":\"MAYBE\"}"),
        "state",
        "reason");
    assertProblem(
        staff("yetkili.fen")
            .post(
                "api/admin/proposals/" + id + "/answer",
                "{\"state\":\"ACCEPTED\",\"reason\":\"Olur\"}"),
        403,
        "forbidden");
    assertProblem(
        kultur.post(
            "api/admin/proposals/" + id + "/milestones",
            "{\"date\":\"2026-12-01\",\"text\":\"Başladı\",\"progress\":10}"),
        409,
        "proposal-not-accepted");
    Http.Res answered =
        kultur.post(
            "api/admin/proposals/" + id + "/answer",
            "{\"state\":\"ACCEPTED\",\"reason\":\"Bahar döneminde kurs açılacaktır.\"}");
    assertEquals(200, answered.status(), answered.body());
    assertProblem(
        kultur.post(
            "api/admin/proposals/" + id + "/answer",
            "{\"state\":\"REJECTED\",\"reason\":\"Vazgeçtik\"}"),
        409,
        "proposal-transition");

    String mail = citizens().mail(follower.email, "Bahar döneminde kurs açılacaktır.");
    assertTrue(mail.contains("Kabul edildi") && mail.contains("/proposal.html?id=" + id), mail);
    citizens().mail(author.email, "Bahar döneminde kurs açılacaktır.");

    assertFields(
        kultur.post(
            "api/admin/proposals/" + id + "/milestones",
            "{\"date\":\"01.12.2026\",\"text\":\"\",\"progress\":150}"),
        "date",
        "text",
        "progress");
    assertEquals(
        201,
        kultur
            .post(
                "api/admin/proposals/" + id + "/milestones",
                "{\"date\":\"2026-12-01\",\"text\":\"Eğitmenler belirlendi\",\"progress\":30}")
            .status());
    assertFields(
        kultur.post(
            "api/admin/proposals/" + id + "/milestones",
            "{\"date\":\"2026-12-05\",\"text\":\"Geri adım\",\"progress\":20}"),
        "progress");
    assertEquals(
        200,
        kultur
            .post(
                "api/admin/proposals/" + id + "/answer",
                "{\"state\":\"IN_PROGRESS\",\"reason\":\"Kayıtlar başladı.\"}")
            .status());
    assertEquals(
        201,
        kultur
            .post(
                "api/admin/proposals/" + id + "/milestones",
                "{\"date\":\"2027-02-01\",\"text\":\"İlk kurs açıldı\",\"progress\":100}")
            .status());
    assertEquals(
        200,
        kultur
            .post(
                "api/admin/proposals/" + id + "/answer",
                "{\"state\":\"COMPLETED\",\"reason\":\"Kurs açıldı.\"}")
            .status());

    assertEquals(accepted + 1, figure("", "proposals.accepted").getJsonNumber("value").longValue());
    assertEquals(
        completed + 1, figure("", "proposals.completed").getJsonNumber("value").longValue());
    JsonObject d = detail(new Http(base), id);
    assertEquals("COMPLETED", d.getString("state"));
    assertEquals(100, d.getInt("progress"));
    assertEquals(2, d.getJsonArray("milestones").size());
    assertEquals(
        "Eğitmenler belirlendi", d.getJsonArray("milestones").getJsonObject(0).getString("text"));
    assertTrue(has(d, "answeredAt"));
    assertTrue(
        d.getJsonArray("timeline").stream()
            .map(e -> e.asJsonObject().getString("type"))
            .toList()
            .containsAll(List.of("PUBLISHED", "STATE_CHANGED")));
    Http admin = new Http(base);
    admin.login("admin", SharedPortal.ADMIN_PASSWORD);
    assertTrue(
        admin
            .get("api/admin/audit?targetType=proposal&targetId=" + id)
            .body()
            .contains("PROPOSAL_ANSWERED"));
  }

  // ---- limits

  @Test
  void postingIsRateLimitedPerAccount() {
    Http author = citizens().verified("Hızlı");
    long id =
        create(
            author,
            "Hız sınırı denemesi " + unique(),
            "Bu öneri hız sınırını denemek için açıldı.",
            null);
    int created = 1;
    Http.Res r = null;
    for (int i = 0; i < 10; i++) {
      r =
          author.post(
              "api/proposals/" + id + "/comments",
              "{\"text\":\"Yorum numarası "
                  + i
                  + " "
                  + unique()
                  + " farklı içerik "
                  + i * 7919
                  + "\"}");
      if (r.status() != 201) {
        break;
      }
      created++;
    }
    assertEquals(6, created, "six posts a minute in the test configuration");
    assertProblem(r, 429, "proposal-rate-limited");
    assertNotNull(r.header("Retry-After"));
    // another account is not affected
    assertEquals(
        201,
        citizens()
            .verified("Yavaş")
            .post("api/proposals/" + id + "/comments", "{\"text\":\"Benim yorumum.\"}")
            .status());
  }

  // ---- the citizen's own data

  @Test
  void aCitizenDownloadsTheirDataAndDeletesTheAccountWhileProposalsStay() throws Exception {
    Http author = citizens().verified("Silinecek Hesap");
    long id =
        create(
            author,
            "Silinen hesabın önerisi " + unique(),
            "Hesabım silinse de bu öneri kalmalı ve " + "desteği sayılmalı.",
            "PARK");
    Http supporter = citizens().verified("Destekçi Kalan");
    supporter.post("api/proposals/" + id + "/supports", null);
    author.post("api/proposals/" + id + "/comments", "{\"text\":\"Yazarın yorumu.\"}");

    Http.Res export = author.get("api/accounts/me/export");
    assertEquals(200, export.status(), export.body());
    assertTrue(export.header("Content-Disposition").startsWith("attachment"));
    JsonObject data = export.json();
    assertEquals(author.email, data.getJsonObject("account").getString("email"));
    JsonObject participation = data.getJsonObject("participation");
    assertEquals(
        id,
        participation.getJsonArray("proposals").getJsonObject(0).getJsonNumber("id").longValue());
    assertEquals(1, participation.getJsonArray("comments").size());

    assertFields(
        author.post("api/accounts/me/delete", "{\"password\":\"yanlis-parola-1\"}"), "password");
    // the supporter deletes too: the support keeps counting
    assertEquals(
        204,
        supporter
            .post("api/accounts/me/delete", "{\"password\":\"" + Citizens.PASSWORD + "\"}")
            .status());
    assertEquals(
        204,
        author
            .post("api/accounts/me/delete", "{\"password\":\"" + Citizens.PASSWORD + "\"}")
            .status());
    assertEquals(401, author.get("api/accounts/me").status(), "the session ended");
    assertEquals(
        401,
        new Http(base)
            .post(
                "api/auth/login",
                "{\"username\":\""
                    + author.email
                    + "\",\"password\":\""
                    + Citizens.PASSWORD
                    + "\"}")
            .status());

    JsonObject d = detail(new Http(base), id);
    assertTrue(d.getBoolean("authorDeleted"));
    assertFalse(has(d, "author"));
    assertEquals(1, d.getInt("supports"));
    assertTrue(d.getJsonArray("comments").getJsonObject(0).getBoolean("authorDeleted"));
    // the address can be registered again
    assertEquals(202, citizens().register(author.email, "Yeniden").status());
    citizens().mail(author.email, "account.html?verify=");
  }
}
