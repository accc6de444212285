package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The feedback loop over HTTP: citizens submit and track, officials work the inbox; e-mail through
 * real SMTP.
 *
 * <p>Longer than the ~400 lines we aim for: it holds the feedback API, one test per behaviour of
 * the feature it covers, and the fixtures they share; cut by size alone it would scatter one
 * feature's behaviours over classes with no seam between them.
 */
@ExtendWith(SharedPortal.class)
class FeedbackApiIT {

  final URL base = SharedPortal.url();

  private final GreenMail smtp = SharedMail.server();

  private Http citizen() {
    return new Http(base);
  }

  private Http official(String department) {
    Http h = new Http(base);
    h.login("yetkili." + department.toLowerCase(), SharedPortal.DEMO_PASSWORD);
    return h;
  }

  private static JsonObjectBuilder submission(String kind, String service, String comment) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("kind", kind).add("serviceCode", service);
    if (comment != null) {
      b.add("comment", comment);
    }
    return b;
  }

  private String submit(JsonObjectBuilder body) {
    Http.Res r = citizen().post("api/feedback", body.build().toString());
    assertEquals(201, r.status(), r.body());
    return r.json().getString("trackingCode");
  }

  private static void assertProblem(Http.Res r, int status, String code) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    assertEquals(code, r.json().getString("code"), r.body());
  }

  private static List<String> types(JsonArray timeline) {
    return timeline.stream().map(v -> v.asJsonObject().getString("type")).toList();
  }

  // ---- submitting and tracking

  @Test
  void aSubmissionGetsAReadableTrackingCodeAndTheServiceStandardDueDate() {
    Http.Res r =
        citizen()
            .post(
                "api/feedback",
                submission("REQUEST", "FEN-YOL", "Kaldırımda büyük bir çukur var, yayalar düşüyor.")
                    .add("neighbourhoodCode", "KANARYA")
                    .build()
                    .toString());
    assertEquals(201, r.status(), r.body());
    JsonObject created = r.json();
    String code = created.getString("trackingCode");
    assertTrue(
        code.matches("KS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]"), code);
    assertTrue(r.header("Location").endsWith("/api/feedback/" + code), r.header("Location"));
    assertEquals("RECEIVED", created.getString("status"));
    assertEquals("FEN", created.getString("departmentCode"));
    String expected =
        citizen().get("api/catalog/services/FEN-YOL/due-date").json().getString("dueDate");
    assertEquals(expected, created.getString("dueDate"), "15 working days from today");

    JsonObject tracked =
        citizen().get("api/feedback/" + code.toLowerCase().replace("-", "")).json();
    assertEquals(code, tracked.getString("trackingCode"));
    assertEquals("RECEIVED", tracked.getString("status"));
    assertEquals(List.of("RECEIVED"), types(tracked.getJsonArray("timeline")));
    assertFalse(tracked.getBoolean("canRate"));
    assertFalse(tracked.getBoolean("canReopen"));
  }

  @Test
  void informationRequestsAreDueInFifteenWorkingDays() {
    Http.Res r =
        citizen()
            .post(
                "api/feedback",
                submission(
                        "INFORMATION",
                        "IMAR-ARSIV",
                        "2019 yılında verilen yapı ruhsatlarının sayısını öğrenmek istiyorum.")
                    .build()
                    .toString());
    assertEquals(201, r.status(), r.body());
    // BASIN-BILGI-EDINME is itself 15 working days: the same date from today
    String expected =
        citizen()
            .get("api/catalog/services/BASIN-BILGI-EDINME/due-date")
            .json()
            .getString("dueDate");
    assertEquals(expected, r.json().getString("dueDate"));
  }

  @Test
  void mistypedAndUnknownCodesAreTold() {
    String code =
        submit(submission("THANKS", "PARK-BAKIM", "Parkımız çok güzel oldu, teşekkürler."));
    char last = code.charAt(code.length() - 1);
    String mistyped = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertProblem(citizen().get("api/feedback/" + mistyped), 404, "tracking-mistyped");
    assertProblem(citizen().get("api/feedback/KS-0000-0000-0"), 404, "tracking-not-found");
    assertProblem(citizen().get("api/feedback/not-a-code"), 404, "tracking-not-found");
  }

  @Test
  void thePublicViewNeverShowsPersonalDataNotesOrOfficials() {
    String email = "ayse." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    String code =
        submit(
            submission("COMPLAINT", "ZABITA-SEYYAR", "Seyyar satıcılar kaldırımı kapatıyor.")
                .add(
                    "contact",
                    Json.createObjectBuilder()
                        .add("name", "Ayşe Yılmaz")
                        .add("email", email)
                        .add("phone", "0532 123 45 67"))
                .add("kvkkAcknowledged", true));
    Http zabita = official("ZABITA");
    assertEquals(200, zabita.post("api/admin/feedback/" + code + "/assign", null).status());
    assertEquals(
        200,
        zabita
            .post(
                "api/admin/feedback/" + code + "/notes",
                "{\"text\":\"GIZLI-IC-NOT komşu şikayeti\"}")
            .status());
    JsonObject staff = zabita.get("api/admin/feedback/" + code).json();
    assertEquals(
        "Ayşe Yılmaz",
        staff.getJsonObject("contact").getString("name"),
        "officials see the contact");
    assertEquals("2026-1", staff.getString("kvkkNoticeVersion"));

    String body = citizen().get("api/feedback/" + code).body();
    for (String secret :
        List.of(
            "Ayşe",
            "Yılmaz",
            email,
            "0532",
            "123 45 67",
            "GIZLI-IC-NOT",
            "yetkili.zabita",
            "Seyyar satıcılar")) {
      assertFalse(body.contains(secret), "public view leaks " + secret + ": " + body);
    }
  }

  @Test
  void theKvkkNoticeIsServedInBothLanguagesWithItsVersion() {
    JsonObject notice = citizen().get("api/feedback/kvkk-notice").json();
    assertEquals("2026-1", notice.getString("version"));
    assertTrue(notice.getJsonObject("text").getString("tr").contains("6698"));
    assertTrue(notice.getJsonObject("text").getString("en").contains("180 days"));
  }

  // ---- the officials' side

  @Test
  void theWholeLifecycleWithRatingAndReopening() {
    String code =
        submit(submission("REQUEST", "ZABITA-ISGAL", "Dükkan önüne masa koyup yolu kapatıyorlar."));
    Http citizen = citizen();
    assertProblem(
        citizen.post("api/feedback/" + code + "/resolution-rating", "{\"rating\":5}"),
        409,
        "not-answered-yet");
    assertProblem(
        citizen.post("api/feedback/" + code + "/reopen", "{\"reason\":\"x\"}"),
        409,
        "not-answered-yet");

    Http zabita = official("ZABITA");
    JsonObject item = zabita.post("api/admin/feedback/" + code + "/assign", null).json();
    assertEquals("yetkili.zabita", item.getString("assignee"));
    item =
        zabita
            .post("api/admin/feedback/" + code + "/status", "{\"status\":\"IN_PROGRESS\"}")
            .json();
    assertEquals("IN_PROGRESS", item.getString("status"));
    assertProblem(
        zabita.post("api/admin/feedback/" + code + "/status", "{\"status\":\"RESOLVED\"}"),
        400,
        "validation");
    item =
        zabita
            .post(
                "api/admin/feedback/" + code + "/status",
                "{\"status\":\"RESOLVED\",\"publicResponse\":\"İşgal kaldırıldı, işyerine tutanak tutuldu.\"}")
            .json();
    assertEquals("RESOLVED", item.getString("status"));

    JsonObject tracked = citizen.get("api/feedback/" + code).json();
    assertEquals(
        "İşgal kaldırıldı, işyerine tutanak tutuldu.", tracked.getString("publicResponse"));
    assertTrue(tracked.getBoolean("canRate"));
    assertTrue(tracked.getBoolean("canReopen"));
    assertNotNull(tracked.getString("reopenUntil"));

    tracked = citizen.post("api/feedback/" + code + "/resolution-rating", "{\"rating\":2}").json();
    assertEquals(2, tracked.getInt("resolutionRating"));
    assertProblem(
        citizen.post("api/feedback/" + code + "/resolution-rating", "{\"rating\":5}"),
        409,
        "already-rated");
    assertProblem(
        citizen.post("api/feedback/" + code + "/resolution-rating", "{\"rating\":7}"),
        400,
        "validation");

    assertProblem(
        citizen.post("api/feedback/" + code + "/reopen", "{\"reason\":\"  \"}"), 400, "validation");
    tracked =
        citizen
            .post(
                "api/feedback/" + code + "/reopen",
                "{\"reason\":\"Masalar ertesi gün yine kondu.\"}")
            .json();
    assertEquals("REOPENED", tracked.getString("status"));
    assertFalse(tracked.getBoolean("canReopen"));

    zabita.post(
        "api/admin/feedback/" + code + "/status",
        "{\"status\":\"RESOLVED\",\"publicResponse\":\"Masalar kaldırıldı ve para cezası uygulandı.\"}");
    item = zabita.post("api/admin/feedback/" + code + "/status", "{\"status\":\"CLOSED\"}").json();
    assertEquals("CLOSED", item.getString("status"));
    assertEquals(1, item.getInt("reopenCount"));
    assertProblem(
        zabita.post("api/admin/feedback/" + code + "/status", "{\"status\":\"IN_PROGRESS\"}"),
        409,
        "invalid-transition");

    List<String> timeline =
        types(citizen.get("api/feedback/" + code).json().getJsonArray("timeline"));
    assertEquals(
        List.of(
            "RECEIVED",
            "STATUS_CHANGED",
            "RESPONDED",
            "RATED",
            "REOPENED",
            "RESPONDED",
            "STATUS_CHANGED"),
        timeline);
    JsonArray staffTimeline =
        zabita.get("api/admin/feedback/" + code).json().getJsonArray("timeline");
    assertTrue(
        staffTimeline.stream()
            .anyMatch(
                v ->
                    v.asJsonObject().getString("type").equals("ASSIGNED")
                        && v.asJsonObject().getString("actor").equals("yetkili.zabita")));

    Http admin = new Http(base);
    admin.login("admin", SharedPortal.ADMIN_PASSWORD);
    JsonArray audit = admin.get("api/admin/audit?targetType=feedback&targetId=" + code).array();
    Set<String> actions = new HashSet<>();
    audit.forEach(v -> actions.add(v.asJsonObject().getString("action")));
    assertTrue(
        actions.containsAll(Set.of("FEEDBACK_ASSIGNED", "FEEDBACK_STATUS")), actions.toString());
    assertTrue(
        audit.stream().allMatch(v -> v.asJsonObject().getString("actor").equals("yetkili.zabita")));
  }

  @Test
  void officialsSeeOnlyTheirDepartmentsAdminSeesAll() {
    String code =
        submit(submission("COMPLAINT", "ZABITA-GURULTU", "Gece boyunca inşaat gürültüsü var."));
    Http fen = official("FEN");
    assertProblem(fen.get("api/admin/feedback/" + code), 403, "forbidden-department");
    assertProblem(
        fen.post("api/admin/feedback/" + code + "/assign", null), 403, "forbidden-department");
    assertProblem(
        fen.get("api/admin/feedback/inbox?department=ZABITA"), 403, "forbidden-department");
    JsonArray fenItems = fen.get("api/admin/feedback/inbox?limit=100").json().getJsonArray("items");
    assertTrue(
        fenItems.stream()
            .allMatch(v -> v.asJsonObject().getString("departmentCode").equals("FEN")));

    Http admin = new Http(base);
    admin.login("admin", SharedPortal.ADMIN_PASSWORD);
    assertEquals(200, admin.get("api/admin/feedback/" + code).status());
    Http editor = new Http(base);
    editor.login("editor", SharedPortal.DEMO_PASSWORD);
    assertProblem(editor.get("api/admin/feedback/inbox"), 403, "forbidden");
    assertProblem(citizen().get("api/admin/feedback/inbox"), 401, "unauthenticated");
  }

  @Test
  void aTransferMovesTheItemAndTellsTheCitizenWhereItWent() {
    String code =
        submit(
            submission(
                "COMPLAINT",
                "ZABITA-AFIS",
                "Sokaktaki konteyner taşıyor, çöpler yerlere saçıldı."));
    Http zabita = official("ZABITA");
    assertProblem(
        zabita.post(
            "api/admin/feedback/" + code + "/transfer", "{\"departmentCode\":\"TEMIZLIK\"}"),
        400,
        "validation");
    JsonObject item =
        zabita
            .post(
                "api/admin/feedback/" + code + "/transfer",
                "{\"departmentCode\":\"TEMIZLIK\",\"serviceCode\":\"TEMIZLIK-KONTEYNER\",\"reason\":\"GIZLI-GEREKCE konu temizlik\"}")
            .json();
    assertEquals("TEMIZLIK", item.getString("departmentCode"));
    assertEquals("TEMIZLIK-KONTEYNER", item.getString("serviceCode"));
    assertProblem(zabita.get("api/admin/feedback/" + code), 403, "forbidden-department");

    JsonObject tracked = citizen().get("api/feedback/" + code).json();
    JsonObject transfer =
        tracked.getJsonArray("timeline").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("type").equals("TRANSFERRED"))
            .findFirst()
            .orElseThrow();
    assertEquals("TEMIZLIK", transfer.getString("note"));
    assertFalse(tracked.toString().contains("GIZLI-GEREKCE"), "the internal reason stays internal");

    Http temizlik = official("TEMIZLIK");
    JsonArray items =
        temizlik
            .get("api/admin/feedback/inbox?limit=100&service=TEMIZLIK-KONTEYNER")
            .json()
            .getJsonArray("items");
    assertTrue(
        items.stream().anyMatch(v -> v.asJsonObject().getString("trackingCode").equals(code)));
  }

  @Test
  void officialsEnterFeedbackReceivedByPhoneWithTheChannel() {
    Http fen = official("FEN");
    Http.Res r =
        fen.post(
            "api/admin/feedback",
            submission("REQUEST", "FEN-KAR-BUZ", "Yokuşta buzlanma var.")
                .add("channel", "PHONE")
                .build()
                .toString());
    assertEquals(201, r.status(), r.body());
    String code = r.json().getString("trackingCode");
    JsonObject item = fen.get("api/admin/feedback/" + code).json();
    assertEquals("PHONE", item.getString("channel"));
    assertProblem(
        fen.post(
            "api/admin/feedback",
            submission("REQUEST", "FEN-YOL", "x y z").add("channel", "WEB").build().toString()),
        400,
        "validation");
    Http.Res noChannel =
        fen.post(
            "api/admin/feedback", submission("REQUEST", "FEN-YOL", "x y z").build().toString());
    assertProblem(noChannel, 400, "validation");
    assertEquals(List.of("channel"), noChannel.problemFields());
  }

  @Test
  void theInboxPagesByDueDateWithoutDuplicatesAndCountsPerStatus() {
    Set<String> mine = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      mine.add(
          submit(
              submission("REQUEST", "PARK-FIDAN", "Sokağımıza fidan dikilmesini istiyoruz " + i)));
    }
    Http park = official("PARK");
    List<String> seen = new ArrayList<>();
    String cursor = null;
    String lastDue = "";
    int pages = 0;
    do {
      JsonObject page =
          park.get(
                  "api/admin/feedback/inbox?service=PARK-FIDAN&limit=2"
                      + (cursor == null ? "" : "&after=" + cursor))
              .json();
      for (JsonValue v : page.getJsonArray("items")) {
        String due = v.asJsonObject().getString("dueDate");
        assertTrue(due.compareTo(lastDue) >= 0, "sorted by due date");
        lastDue = due;
        seen.add(v.asJsonObject().getString("trackingCode"));
      }
      assertTrue(page.getJsonObject("counts").getInt("RECEIVED") >= 5);
      cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
      pages++;
    } while (cursor != null && pages < 1000);
    assertEquals(seen.size(), new HashSet<>(seen).size(), "no duplicates across pages");
    assertTrue(seen.containsAll(mine));
    assertProblem(park.get("api/admin/feedback/inbox?after=garbage"), 400, "validation");
    assertProblem(park.get("api/admin/feedback/inbox?status=SLEEPING"), 400, "validation");
    assertProblem(park.get("api/admin/feedback/inbox?due=yesterday"), 400, "validation");
  }

  // ---- safety

  @Test
  void aRetriedSubmissionWithTheSameIdempotencyKeyCreatesNothingNew() {
    String key = UUID.randomUUID().toString();
    String body =
        submission("SUGGESTION", "KULTUR-ETKINLIK", "Yazın açık hava sineması olsun.")
            .build()
            .toString();
    Map<String, String> headers =
        Map.of("Content-Type", "application/json", "Idempotency-Key", key);
    Http.Res first = citizen().send("POST", "api/feedback", body, headers);
    Http.Res second = citizen().send("POST", "api/feedback", body, headers);
    assertEquals(201, first.status(), first.body());
    assertEquals(201, second.status(), second.body());
    assertEquals(first.json().getString("trackingCode"), second.json().getString("trackingCode"));
    assertEquals("true", second.header("Idempotent-Replayed"));
    Http.Res other =
        citizen()
            .send(
                "POST",
                "api/feedback",
                body,
                Map.of(
                    "Content-Type",
                    "application/json",
                    "Idempotency-Key",
                    UUID.randomUUID().toString()));
    assertNotEquals(first.json().getString("trackingCode"), other.json().getString("trackingCode"));
    assertProblem(
        citizen()
            .send(
                "POST",
                "api/feedback",
                body,
                Map.of("Content-Type", "application/json", "Idempotency-Key", "k".repeat(200))),
        400,
        "idempotency-key");
  }

  @Test
  void anIdempotencyKeyReusedWithAnotherBodyIsRefusedWith422() {
    // Before the fingerprint, the second request below was answered 201 with the first submission's
    // tracking code.
    String key = UUID.randomUUID().toString();
    Map<String, String> headers =
        Map.of("Content-Type", "application/json", "Idempotency-Key", key);
    String body =
        submission("SUGGESTION", "KULTUR-ETKINLIK", "Kütüphane pazar da açık olsun.")
            .build()
            .toString();
    Http.Res first = citizen().send("POST", "api/feedback", body, headers);
    assertEquals(201, first.status(), first.body());
    Http en = citizen();
    en.language = "en";
    Http.Res other =
        en.send(
            "POST",
            "api/feedback",
            submission("SUGGESTION", "KULTUR-ETKINLIK", "Kütüphane pazar da açık olsun!")
                .build()
                .toString(),
            headers);
    assertProblem(other, 422, "idempotency-key-reused");
    assertTrue(other.json().getString("detail").contains("Idempotency-Key"), other.body());
    assertTrue(
        other.json().getString("title").contains("already used"), "English: " + other.body());
    Http.Res same = citizen().send("POST", "api/feedback", body, headers);
    assertEquals(201, same.status(), same.body());
    assertEquals(first.json().getString("trackingCode"), same.json().getString("trackingCode"));
    assertEquals("true", same.header("Idempotent-Replayed"));

    // The official's entry on a citizen's behalf: same rule
    Http fen = official("FEN");
    String staffKey = UUID.randomUUID().toString();
    Map<String, String> staffHeaders =
        Map.of("Content-Type", "application/json", "Idempotency-Key", staffKey);
    String phone =
        submission("REQUEST", "FEN-YOL", "Kaldırım kırık.")
            .add("channel", "PHONE")
            .build()
            .toString();
    Http.Res entered = fen.send("POST", "api/admin/feedback", phone, staffHeaders);
    assertEquals(201, entered.status(), entered.body());
    Http.Res again = fen.send("POST", "api/admin/feedback", phone, staffHeaders);
    assertEquals(201, again.status(), again.body());
    assertEquals(entered.json().getString("trackingCode"), again.json().getString("trackingCode"));
    assertProblem(
        fen.send(
            "POST",
            "api/admin/feedback",
            submission("REQUEST", "FEN-YOL", "Kaldırım kırık.")
                .add("channel", "EMAIL")
                .build()
                .toString(),
            staffHeaders),
        422,
        "idempotency-key-reused");
  }

  @Test
  void everyBadInputIsAFieldSpecificProblemInTheCallersLanguage() {
    Http en = citizen();
    en.language = "en";
    Map<String, String> cases =
        Map.ofEntries(
            Map.entry(
                "{\"kind\":\"PRAISE\",\"serviceCode\":\"FEN-YOL\",\"comment\":\"abc def\"}",
                "kind"),
            Map.entry(
                "{\"kind\":\"REQUEST\",\"serviceCode\":\"NOPE-1\",\"comment\":\"abc def\"}",
                "serviceCode"),
            Map.entry(
                "{\"kind\":\"SATISFACTION\",\"serviceCode\":\"FEN-YOL\",\"rating\":6}", "rating"),
            Map.entry(
                "{\"kind\":\"SATISFACTION\",\"serviceCode\":\"FEN-YOL\",\"rating\":0}", "rating"),
            Map.entry("{\"kind\":\"SATISFACTION\",\"serviceCode\":\"FEN-YOL\"}", "rating"),
            Map.entry(
                "{\"kind\":\"SATISFACTION\",\"serviceCode\":\"FEN-YOL\",\"rating\":\"five\"}",
                "rating"),
            Map.entry("{\"kind\":\"REQUEST\",\"serviceCode\":\"FEN-YOL\"}", "comment"),
            Map.entry(
                "{\"kind\":\"REQUEST\",\"serviceCode\":\"FEN-YOL\",\"comment\":\""
                    + "ç".repeat(4001)
                    + "\"}",
                "comment"),
            Map.entry(
                "{\"kind\":\"REQUEST\",\"serviceCode\":\"FEN-YOL\",\"comment\":\"abc\",\"neighbourhoodCode\":\"MARS\"}",
                "neighbourhoodCode"),
            Map.entry(
                "{\"kind\":\"REQUEST\",\"serviceCode\":\"FEN-YOL\",\"comment\":\"abc\",\"contact\":{\"name\":\"Ali\"}}",
                "kvkkAcknowledged"),
            Map.entry(
                "{\"kind\":\"REQUEST\",\"serviceCode\":\"FEN-YOL\",\"comment\":\"abc\",\"contact\":{\"email\":\"ali@\"},"
                    + "\"kvkkAcknowledged\":true}",
                "contact.email"),
            Map.entry(
                "{\"kind\":\"REQUEST\",\"serviceCode\":\"FEN-YOL\",\"comment\":\"abc\",\"contact\":{\"phone\":\"12\"},"
                    + "\"kvkkAcknowledged\":true}",
                "contact.phone"),
            Map.entry(
                "{\"kind\":\"REQUEST\",\"serviceCode\":\"FEN-YOL\",\"comment\":\"abc\",\"priority\":\"high\"}",
                "priority"),
            Map.entry(
                "{\"kind\":\"REQUEST\",\"serviceCode\":\"FEN-YOL\",\"comment\":\"abc\",\"contact\":{\"fax\":\"1\"}}",
                "contact.fax"));
    for (var c : cases.entrySet()) {
      Http.Res r = en.post("api/feedback", c.getKey());
      assertProblem(r, 400, "validation");
      assertTrue(
          r.problemFields().contains(c.getValue()), c.getValue() + " expected in " + r.body());
      assertEquals("Some of the information you sent is not valid", r.json().getString("title"));
    }
    assertProblem(
        en.post(
            "api/feedback",
            "{\"kind\":\"REQUEST\",\"serviceCode\":\"FEN-YOL\",\"comment\":\"abc\","
                + "\"website\":\"http://spam.example\"}"),
        400,
        "rejected");
    assertProblem(en.post("api/feedback", "{\"kind\":\"REQUEST\""), 400, "malformed-json");
  }

  @Test
  void theCitizenIsEmailedWhenTheStatusChanges() throws Exception {
    String email = "mail." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String code =
        submit(
            submission("REQUEST", "TEMIZLIK-HACIMLI-ATIK", "Eski koltuğumun alınmasını istiyorum.")
                .add("contact", Json.createObjectBuilder().add("email", email))
                .add("kvkkAcknowledged", true));
    MimeMessage received = waitForMail(email, code, "Alındı");
    assertTrue(received.getSubject().contains(code), received.getSubject());

    Http temizlik = official("TEMIZLIK");
    temizlik.post(
        "api/admin/feedback/" + code + "/status",
        "{\"status\":\"ANSWERED\",\"publicResponse\":\"Koltuğunuz perşembe günü alınacaktır.\"}");
    MimeMessage answered = waitForMail(email, code, "Yanıtlandı");
    String text = String.valueOf(answered.getContent());
    assertTrue(text.contains("Koltuğunuz perşembe günü alınacaktır."), text);
    assertTrue(text.contains("/track.html?code=" + code), text);
  }

  private MimeMessage waitForMail(String to, String code, String subjectPart) throws Exception {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
            && m.getSubject().contains(code)
            && m.getSubject().contains(subjectPart)) {
          return m;
        }
      }
      smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
    }
    throw new AssertionError("no e-mail '" + subjectPart + "' about " + code + " arrived");
  }

  @Test
  void contactsOfClosedSubmissionsAreErasedWhileTheRecordStays() {
    String code =
        submit(
            submission("REQUEST", "SPOR-TESIS", "Spor salonu rezervasyonu hakkında.")
                .add("contact", Json.createObjectBuilder().add("phone", "05321234567"))
                .add("kvkkAcknowledged", true));
    Http spor = official("SPOR");
    spor.post(
        "api/admin/feedback/" + code + "/status",
        "{\"status\":\"ANSWERED\",\"publicResponse\":\"Uygun.\"}");
    spor.post("api/admin/feedback/" + code + "/status", "{\"status\":\"CLOSED\"}");
    assertNotNull(spor.get("api/admin/feedback/" + code).json().get("contact"));
    Http admin = new Http(base);
    admin.login("admin", SharedPortal.ADMIN_PASSWORD);
    assertProblem(
        spor.post("api/admin/feedback/retention/run?olderThanDays=0", null), 403, "forbidden");
    Http.Res run = admin.post("api/admin/feedback/retention/run?olderThanDays=0", null);
    assertEquals(200, run.status(), run.body());
    assertTrue(run.json().getInt("erased") >= 1);
    JsonObject item = spor.get("api/admin/feedback/" + code).json();
    assertNull(item.get("contact"));
    assertTrue(item.getBoolean("contactErased"));
    assertEquals(
        "CLOSED",
        citizen().get("api/feedback/" + code).json().getString("status"),
        "the record stays");
  }

  @Test
  void suggestionsPointToTheLikelyServiceWithOrWithoutTurkishLetters() {
    JsonArray dog =
        citizen()
            .get("api/feedback/suggest?text=" + enc("Sokakta yaralı bir köpek var, yürüyemiyor"))
            .array();
    assertFalse(dog.isEmpty());
    assertEquals("VETERINER", dog.getJsonObject(0).getString("departmentCode"), dog.toString());
    JsonArray waste =
        citizen()
            .get(
                "api/feedback/suggest?text=" + enc("cop konteyneri tasiyor, copler sokaga dokuldu"))
            .array();
    assertEquals("TEMIZLIK", waste.getJsonObject(0).getString("departmentCode"), waste.toString());
    JsonArray english =
        citizen()
            .get("api/feedback/suggest?text=" + enc("my business licence application"))
            .array();
    assertEquals(
        "RUHSAT", english.getJsonObject(0).getString("departmentCode"), english.toString());
    // past submissions (the demo data's templated ones here) must not outrank the catalog's own
    // descriptions
    JsonArray wedding =
        citizen().get("api/feedback/suggest?text=" + enc("nikah salonu randevusu")).array();
    assertEquals(
        "YAZI-NIKAH", wedding.getJsonObject(0).getString("serviceCode"), wedding.toString());
    JsonArray noise =
        citizen().get("api/feedback/suggest?text=" + enc("gece yuksek sesle muzik")).array();
    assertEquals(
        "ZABITA-GURULTU", noise.getJsonObject(0).getString("serviceCode"), noise.toString());
    assertTrue(citizen().get("api/feedback/suggest?text=a").array().isEmpty());
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
