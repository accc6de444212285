package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The assistant over HTTP: ask, follow-ups, live answers, rating, the question log, re-index and
 * uploads.
 *
 * <p>Longer than the ~400 lines we aim for: it holds the assistant's API, one test per behaviour of
 * the feature it covers, and the fixtures they share; cut by size alone it would scatter one
 * feature's behaviours over classes with no seam between them.
 */
@ExtendWith(SharedPortal.class)
class AssistantApiIT {

  final URL base = SharedPortal.url();

  private Http resident() {
    return new Http(base);
  }

  private Http editor() {
    Http h = new Http(base);
    h.login("editor", SharedPortal.DEMO_PASSWORD);
    return h;
  }

  private JsonObject ask(Http h, String question, String conversationId) {
    var b = Json.createObjectBuilder().add("question", question);
    if (conversationId != null) {
      b.add("conversationId", conversationId);
    }
    Http.Res r = h.post("api/assistant/ask", b.build().toString());
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  private static void assertFieldError(Http.Res r, int status, String field) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    assertTrue(r.problemFields().contains(field), r.body());
  }

  @Test
  void answersFromTheContentWithItsSourceWithoutTurkishLetters() {
    JsonObject a = ask(resident(), "emlak vergisi ne zaman odenir", null);
    assertTrue(a.getBoolean("answered"), a.toString());
    assertEquals("tr", a.getString("language"));
    assertTrue(a.getString("answer").contains("mayıs"), a.getString("answer"));
    assertTrue(a.getString("answer").length() <= 300);
    JsonObject citation = a.getJsonArray("citations").getJsonObject(0);
    assertEquals("emlak-vergisi", citation.getString("documentId"));
    assertTrue(
        citation
            .getString("passage")
            .contains(a.getString("answer").replace("…", "").substring(0, 20)),
        "the answer is quoted from the cited passage");
    assertTrue(a.getJsonNumber("confidence").doubleValue() >= 0.4);
    assertTrue(a.getJsonNumber("answerId").longValue() > 0);
    assertFalse(a.containsKey("handoff") && !a.isNull("handoff"), "no hand-off when answered");

    JsonObject doc = resident().get("api/assistant/documents/emlak-vergisi").json();
    assertEquals("emlak-vergisi", doc.getString("id"));
    assertTrue(doc.getJsonArray("sections").size() >= 2);
    assertEquals(404, resident().get("api/assistant/documents/no-such-document").status());
  }

  @Test
  void englishQuestionsGetEnglishAnswers() {
    JsonObject a = ask(resident(), "How do I pay property tax?", null);
    assertEquals("en", a.getString("language"));
    assertTrue(a.getBoolean("answered"), a.toString());
    assertEquals(
        "property-tax", a.getJsonArray("citations").getJsonObject(0).getString("documentId"));
  }

  @Test
  void unknownQuestionsGetAnHonestNoWithClosestDocumentsAndAHandOff() {
    JsonObject a = ask(resident(), "Mars'ta yarın hava nasıl olacak?", null);
    assertFalse(a.getBoolean("answered"), a.toString());
    assertFalse(a.containsKey("answer") && !a.isNull("answer"), "no answer text when not answered");
    assertTrue(a.getJsonArray("citations").isEmpty());
    assertFalse(a.getJsonArray("suggestions").isEmpty());
    String url = a.getJsonObject("handoff").getString("url");
    assertTrue(url.startsWith("/feedback.html?kind=REQUEST"), url);
    assertTrue(url.contains("comment=Mars"), url);
    assertFalse(
        url.contains("service="), "no service is guessed for a question about none: " + url);
    JsonObject handoff = a.getJsonObject("handoff");
    assertTrue(!handoff.containsKey("serviceCode") || handoff.isNull("serviceCode"), a.toString());
  }

  @Test
  void followUpQuestionsKeepThePreviousTopic() {
    Http h = resident();
    JsonObject first = ask(h, "Çöp konteyneri kırık, ne yapmalıyım?", null);
    assertEquals(
        "cop-toplama", first.getJsonArray("citations").getJsonObject(0).getString("documentId"));
    String conversation = first.getString("conversationId");
    JsonObject next = ask(h, "peki ne kadar sürede?", conversation);
    assertEquals(conversation, next.getString("conversationId"));
    JsonObject cited =
        next.getJsonArray(next.getBoolean("answered") ? "citations" : "suggestions")
            .getJsonObject(0);
    assertEquals("cop-toplama", cited.getString("documentId"), next.toString());
  }

  @Test
  void aTrackingCodeIsAnsweredFromTheLiveRecord() {
    Http h = resident();
    Http.Res created =
        h.post(
            "api/feedback",
            Json.createObjectBuilder()
                .add("kind", "REQUEST")
                .add("serviceCode", "FEN-YOL")
                .add("comment", "Sokağımızdaki çukur onarılsın.")
                .build()
                .toString());
    assertEquals(201, created.status(), created.body());
    String code = created.json().getString("trackingCode");
    JsonObject a = ask(h, code + " nerede, ne durumda?", null);
    assertTrue(a.getBoolean("answered"));
    assertEquals("tracking", a.getJsonObject("live").getString("type"));
    assertTrue(
        a.getString("answer").contains(code) && a.getString("answer").contains("Alındı"),
        a.getString("answer"));

    JsonObject mistyped =
        ask(h, code.substring(0, code.length() - 1) + (code.endsWith("A") ? "B" : "A"), null);
    assertTrue(mistyped.getString("answer").contains("yanlış"), mistyped.getString("answer"));

    JsonObject noCode = ask(h, "başvurum ne durumda?", null);
    assertEquals("tracking", noCode.getJsonObject("live").getString("type"));
  }

  @Test
  void aDepartmentsServicesComeFromTheCatalog() {
    JsonObject a =
        ask(
            resident(),
            "Temizlik İşleri Müdürlüğü hangi hizmetleri veriyor, kaç günde yanıt veriyor?",
            null);
    assertEquals("catalog", a.getJsonObject("live").getString("type"));
    assertTrue(
        a.getString("answer").startsWith("Temizlik İşleri Müdürlüğü"), a.getString("answer"));
    assertTrue(a.getString("answer").contains("gün"), a.getString("answer"));
  }

  @Test
  void badQuestionsAreFieldErrorsInTheCallersLanguage() {
    Http h = resident();
    assertFieldError(h.post("api/assistant/ask", "{\"question\":\"\"}"), 400, "question");
    assertFieldError(
        h.post("api/assistant/ask", "{\"question\":\"" + "a".repeat(1001) + "\"}"),
        400,
        "question");
    assertFieldError(h.post("api/assistant/ask", "{\"question\":\"?!? ...\"}"), 400, "question");
    assertFieldError(h.post("api/assistant/ask", "{\"question\":42}"), 400, "question");
    assertFieldError(
        h.post("api/assistant/ask", "{\"question\":\"cop\",\"language\":\"de\"}"), 400, "language");
    assertFieldError(
        h.post("api/assistant/ask", "{\"question\":\"cop\",\"conversationId\":\"<x>\"}"),
        400,
        "conversationId");
    assertEquals(400, h.post("api/assistant/ask", "{\"question\":\"cop\",\"extra\":1}").status());
    assertEquals(400, h.post("api/assistant/ask", "not json").status());
    h.language = "en";
    Http.Res en = h.post("api/assistant/ask", "{\"question\":\"   \"}");
    assertEquals(400, en.status());
    assertTrue(en.body().contains("Please write a question"), en.body());
  }

  @Test
  void ratingsAreTakenOnceAndUnhelpfulOnesReachTheEditorsMasked() {
    Http h = resident();
    JsonObject a =
        ask(
            h,
            "Benim adım Ayşe Yılmaz, 0532 123 45 67, ayse@example.com: belediye kreşi kayıtları ne zaman?",
            null);
    long id = a.getJsonNumber("answerId").longValue();
    assertFieldError(h.post("api/assistant/answers/" + id + "/rating", "{}"), 400, "helpful");
    // a NUL in the comment was a 500 on PostgreSQL (found by the resilience fuzzer)
    assertFieldError(
        h.post(
            "api/assistant/answers/" + id + "/rating",
            "{\"helpful\":false,\"comment\":\"a\\u0000b\"}"),
        400,
        "comment");
    assertEquals(
        204,
        h.post(
                "api/assistant/answers/" + id + "/rating",
                "{\"helpful\":false,\"comment\":\"Beni 0555 987 65 43'ten arayın\"}")
            .status());
    assertEquals(
        409, h.post("api/assistant/answers/" + id + "/rating", "{\"helpful\":true}").status());
    assertEquals(
        404, h.post("api/assistant/answers/999999999/rating", "{\"helpful\":true}").status());
    assertEquals(404, h.post("api/assistant/answers/abc/rating", "{\"helpful\":true}").status());

    JsonObject unhelpful = editor().get("api/admin/assistant/questions?view=unhelpful").json();
    String examples = unhelpful.getJsonArray("groups").toString();
    assertTrue(examples.contains("kreş"), examples);
    assertFalse(
        examples.contains("Ayşe") || examples.contains("0532") || examples.contains("example.com"),
        examples);
    assertTrue(examples.contains("[telefon]") && examples.contains("[e-posta]"), examples);
  }

  @Test
  void unansweredQuestionsAreGroupedForEditors() {
    Http h = resident();
    // a made-up word keeps this group apart from questions other tests (or earlier runs) asked
    String word =
        "zq" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "x");
    ask(h, "Belediye " + word + " turu düzenliyor mu?", null);
    ask(h, "belediye " + word + " turu duzenliyor mu", null);
    JsonObject view = editor().get("api/admin/assistant/questions?view=unanswered").json();
    JsonObject group =
        view.getJsonArray("groups").stream()
            .map(JsonValue::asJsonObject)
            .filter(g -> g.getString("example").contains(word))
            .findFirst()
            .orElseThrow();
    assertEquals(2, group.getInt("count"), view.toString());
    assertFieldError(editor().get("api/admin/assistant/questions?view=all"), 400, "view");
  }

  /**
   * How long a re-index of the shipped content may take; it takes a few seconds on a quiet machine.
   */
  private static final java.time.Duration REINDEX_DEADLINE = java.time.Duration.ofSeconds(60);

  @Test
  void onlyEditorsReindexAndSeeProgress() throws InterruptedException {
    assertEquals(401, resident().post("api/admin/knowledge/reindex", "").status());
    Http official = new Http(base);
    official.login("yetkili.fen", SharedPortal.DEMO_PASSWORD);
    assertEquals(403, official.post("api/admin/knowledge/reindex", "").status());
    assertEquals(403, official.get("api/admin/assistant/questions").status());

    Http editor = editor();
    Http.Res started = editor.post("api/admin/knowledge/reindex", "");
    assertEquals(202, started.status(), started.body());
    JsonObject p = started.json();
    // the progress is read until DONE or a deadline measured on the clock (a loaded machine indexes
    // slowly)
    long deadline = System.nanoTime() + REINDEX_DEADLINE.toNanos();
    while (!"DONE".equals(p.getString("state")) && System.nanoTime() - deadline < 0) {
      Thread.sleep(200);
      p = editor.get("api/admin/knowledge/reindex").json();
    }
    assertEquals(
        "DONE",
        p.getString("state"),
        "not done within " + REINDEX_DEADLINE.toSeconds() + " s: " + p);
    assertTrue(p.getInt("total") >= 100 && p.getInt("done") == p.getInt("total"), p.toString());
    assertTrue(ask(resident(), "emlak vergisi ne zaman odenir", null).getBoolean("answered"));
  }

  @Test
  void uploadedDocumentsAreAnsweredFromAtOnceAndBadFilesAreRefused() throws IOException {
    Http editor = editor();
    String md =
        "---\nid: kayik-festivali\ntitle: Göl kıyısı kayık festivali\nlang: tr\n---\n"
            + "## Kayık festivali ne zaman?\nKüçükçekmece Gölü kayık festivali her yıl haziranın ikinci hafta sonu yapılır.\n";
    Http.Res up =
        editor.sendBytes(
            "POST",
            "api/admin/knowledge/documents?filename=kayik.md",
            md.getBytes(StandardCharsets.UTF_8),
            "text/markdown");
    assertEquals(201, up.status(), up.body());
    assertEquals("kayik-festivali", up.json().getString("documentId"));
    JsonObject a = ask(resident(), "kayik festivali ne zaman yapiliyor", null);
    assertTrue(a.getBoolean("answered"), a.toString());
    assertEquals(
        "kayik-festivali", a.getJsonArray("citations").getJsonObject(0).getString("documentId"));
    assertTrue(a.getString("answer").contains("haziranın ikinci hafta sonu"));

    Http.Res pdf =
        editor.sendBytes(
            "POST",
            "api/admin/knowledge/documents?filename=hal-saatleri.pdf",
            pdf("The wholesale market hall opens at 5 am on weekdays."),
            "application/pdf");
    assertEquals(201, pdf.status(), pdf.body());
    assertEquals("en", pdf.json().getString("lang"));

    assertFieldError(
        editor.sendBytes(
            "POST",
            "api/admin/knowledge/documents?filename=bad.pdf",
            "%PDF-1.4 broken".getBytes(StandardCharsets.UTF_8),
            "application/pdf"),
        400,
        "file");
    assertFieldError(
        editor.sendBytes(
            "POST",
            "api/admin/knowledge/documents?filename=empty.md",
            new byte[0],
            "text/markdown"),
        400,
        "file");
    assertFieldError(
        editor.sendBytes(
            "POST",
            "api/admin/knowledge/documents",
            "x".getBytes(StandardCharsets.UTF_8),
            "text/plain"),
        400,
        "filename");
    Http.Res exe =
        editor.sendBytes(
            "POST",
            "api/admin/knowledge/documents?filename=tool.exe",
            new byte[] {77, 90},
            "application/octet-stream");
    assertEquals(415, exe.status(), exe.body());
    assertEquals(
        401,
        resident()
            .sendBytes(
                "POST",
                "api/admin/knowledge/documents?filename=a.md",
                md.getBytes(StandardCharsets.UTF_8),
                "text/markdown")
            .status());
  }

  @Test
  void uploadNamesThatAreNotPlainAreRefusedAndNothingIsWrittenOrServed() {
    Http editor = editor();
    String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
    byte[] md =
        ("## Probe " + tag + "\nA probe document that must not be stored.\n")
            .getBytes(StandardCharsets.UTF_8);
    // %00probe.md once gave a 500 after the file was written and served, with no audit row
    for (String name :
        new String[] {
          "%00probe-" + tag + ".md",
          "probe-" + tag + "%00.md",
          "..%2Fprobe-" + tag + ".md",
          "sub%2Fprobe-" + tag + ".md",
          "%2Eprobe-" + tag + ".md",
          "probe%0A-" + tag + ".md",
          "probe%5C-" + tag + ".md",
          "probe%E2%80%AE-" + tag + ".md",
          "a".repeat(200) + tag + ".md"
        }) {
      Http.Res r =
          editor.sendBytes(
              "POST", "api/admin/knowledge/documents?filename=" + name, md, "text/markdown");
      assertFieldError(r, 400, "filename");
      assertEquals("validation", r.json().getString("code"), r.body());
    }
    assertFieldError(
        editor.sendBytes(
            "POST",
            "api/admin/knowledge/documents?filename=probe-" + tag + ".exe",
            md,
            "text/markdown"),
        415,
        "filename");
    assertEquals(
        404, resident().get("api/assistant/documents/probe-" + tag).status(), "nothing served");
    Http admin = new Http(base);
    admin.login("admin", SharedPortal.ADMIN_PASSWORD);
    assertEquals(
        0, admin.get("api/admin/audit?targetType=knowledge&targetId=probe-" + tag).array().size());
    // the editor's page sends the name it was given: a plain Turkish name (decomposed here) is
    // stored under NFC
    Http.Res ok =
        editor.sendBytes(
            "POST",
            "api/admin/knowledge/documents?filename=Probe-" + tag + "-c%CC%A7.md",
            md,
            "text/markdown");
    assertEquals(201, ok.status(), ok.body());
    String id = ok.json().getString("documentId");
    assertEquals(200, resident().get("api/assistant/documents/" + id).status());
    jakarta.json.JsonArray audit =
        admin.get("api/admin/audit?targetType=knowledge&targetId=" + id).array();
    assertEquals(1, audit.size(), audit.toString());
    assertEquals("KNOWLEDGE_UPLOAD", audit.getJsonObject(0).getString("action"));
    assertEquals("editor", audit.getJsonObject(0).getString("actor"));
    assertEquals("Probe-" + tag + "-\u00e7.md", audit.getJsonObject(0).getString("detail"));
  }

  private static byte[] pdf(String line) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText(line);
        cs.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void theTransparencyPageShowsTheAssistantsFigures() throws InterruptedException {
    for (int i = 0; i < 5; i++) {
      ask(resident(), "emlak vergisi ne zaman odenir", null);
    }
    // The question log is written in batches every 200 ms, and the portal keeps a period's figures
    // for a minute (other classes on the shared portal read the default period's). So each read
    // asks for a period no other test reads and no earlier read of this test filled: the last 3,
    // 4, ... months, until the figure counts the five questions or a deadline on the clock passes.
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    int months = 3;
    JsonObject asked = questionsFigure(months);
    while (asked.getBoolean("suppressed") && System.nanoTime() - deadline < 0 && months < 12) {
      Thread.sleep(300);
      asked = questionsFigure(++months);
    }
    assertFalse(asked.getBoolean("suppressed"), asked.toString());
    assertTrue(asked.getJsonNumber("value").doubleValue() >= 5, asked.toString());
  }

  private JsonObject questionsFigure(int months) {
    java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Istanbul"));
    JsonObject summary =
        resident()
            .get("api/transparency/summary?from=" + now.minusMonths(months - 1) + "&to=" + now)
            .json();
    JsonObject section =
        summary.getJsonArray("sections").stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getString("section").equals("assistant"))
            .findFirst()
            .orElseThrow();
    return section.getJsonArray("figures").stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("key").equals("questions"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theMaskedLogHoldsNoPersonalDataForAnsweredQuestionsEither() {
    JsonObject a =
        ask(resident(), "TC kimlik numaram 12345678901, emlak vergisi ne zaman ödenir?", null);
    assertNotNull(a.getJsonNumber("answerId"));
    assertEquals(
        204,
        resident()
            .post(
                "api/assistant/answers/" + a.getJsonNumber("answerId").longValue() + "/rating",
                "{\"helpful\":false}")
            .status());
    String log = editor().get("api/admin/assistant/questions?view=unhelpful").body();
    assertFalse(log.contains("12345678901"), log);
    assertTrue(log.contains("[kimlik-no]"), a + " / " + log);
  }
}
