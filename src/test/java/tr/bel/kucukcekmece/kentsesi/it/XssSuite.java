package tr.bel.kucukcekmece.kentsesi.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The XSS resilience journey: every field a citizen, resident or staff member can type into and
 * that some page shows is seeded over the API with script payloads, then every page that shows them
 * is opened in Chromium as the public and as each staff role that sees it. Each payload carries a
 * token ({@code xsNNpMM}: field NN, payload MM) and, if it ran, records it in {@code window.__xss}
 * (also through alert/confirm/prompt). Besides executions the journey collects CSP violations (a
 * defence that worked on markup that got in) and injected markup found in the DOM (elements with
 * {@code data-xss}, event-handler attributes, {@code srcdoc}, {@code javascript:} URLs, scripts
 * with a token), each traced back to the field and payload. Used by {@link XssBrowserIT} (short
 * list) and by {@code src/resilience/xss.sh} through {@link #main} (full list).
 *
 * <p>Longer than the ~400 lines we aim for: most of it is the table of every page and field with
 * the payload that reaches it, read from top to bottom.
 */
final class XssSuite {

  /** Payload templates; {@code §} stands for the token. The first ones form the short list. */
  static final List<String> PAYLOADS =
      List.of(
          "<script>__xss.push('§')</script>",
          "<img src=x onerror=\"__xss.push('§')\" data-xss=\"§\">",
          "\"><svg onload=__xss.push('§') data-xss=§>",
          "<a href=\"javascript:__xss.push('§')\" data-xss=\"§\">§</a>",
          "{{constructor.constructor('__xss.push(\"§\")')()}}",
          "<IMG SRC=x OnErRoR=__xss.push('§') data-xss=§>",
          "[§](javascript:__xss.push('§'))",
          // the rest of the full list
          "'><svg/onload=__xss.push('§') data-xss=§>",
          "javascript:__xss.push('§')",
          "${__xss.push('§')}",
          "<ScRiPt>__xss.push('§')</sCrIpT>",
          "&lt;img src=x onerror=__xss.push('§') data-xss=§&gt;",
          "%3Cimg%20src%3Dx%20onerror%3D__xss.push('§')%20data-xss%3D§%3E",
          "<iframe srcdoc=\"<script>parent.__xss.push('§')</script>\" data-xss=\"§\"></iframe>",
          "<details open ontoggle=__xss.push('§') data-xss=§>",
          "<math><mtext><table><mglyph><style><img src=x onerror=__xss.push('§') data-xss=§>",
          "</textarea><img src=x onerror=__xss.push('§') data-xss=§>",
          "</title><img src=x onerror=__xss.push('§') data-xss=§>",
          "<input autofocus onfocus=__xss.push('§') data-xss=§>",
          "<body onload=__xss.push('§') data-xss=§>",
          "![§](x\" onerror=\"__xss.push('§'))",
          "<object data=\"javascript:__xss.push('§')\" data-xss=§></object>",
          "\\u003cimg src=x onerror=__xss.push('§') data-xss=§\\u003e",
          "<b data-xss=§>§</b>",
          "<a href=\"&#106;avascript:__xss.push('§')\" data-xss=§>§</a>");

  static final int SHORT = 7;

  /**
   * Runs before any page script (CDP): the execution record, dialog traps and the CSP violation
   * list.
   */
  static final String HOOK =
      "(() => { if (window.__xssHooked) return; window.__xssHooked = true;"
          + " const hits = []; const csp = [];"
          + " Object.defineProperty(window, '__xss', {value: hits});"
          + " Object.defineProperty(window, '__xssCsp', {value: csp});"
          + " for (const n of ['alert', 'confirm', 'prompt']) { window[n] = (m) => { hits.push(n + ':' + m); }; }"
          + " document.addEventListener('securitypolicyviolation', (e) => csp.push(e.violatedDirective + ' blocked '"
          + " + (e.blockedURI || '?') + ' at ' + (e.sourceFile || '') + ':' + e.lineNumber"
          + " + (e.sample ? ' sample ' + e.sample : '')), true); })();";

  /** Collects what the page shows: visible text, executions, CSP violations, injected markup. */
  private static final String COLLECT =
      "const bad = [];"
          + " for (const el of document.querySelectorAll('*')) { for (const a of el.attributes) {"
          + "  const n = a.name.toLowerCase();"
          + "  if (n === 'data-xss' || n.startsWith('on') || n === 'srcdoc'"
          + "   || (['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(n)"
          + "       && /^\\s*javascript:/i.test(a.value)))"
          + "   bad.push(el.tagName.toLowerCase() + '[' + n + '=' + a.value.slice(0, 120) + ']'); } }"
          + " for (const s of document.querySelectorAll('script')) {"
          + "  if (/xs\\d\\dp\\d\\d/.test(s.src + s.textContent)) bad.push('script:' + (s.src || s.textContent).slice(0, 120)); }"
          + " for (const a of document.querySelectorAll('a[href]')) {"
          + "  if (a.protocol === 'javascript:') bad.push('a[href=' + a.getAttribute('href').slice(0, 120) + ']'); }"
          + " return JSON.stringify({text: document.body ? document.body.innerText : '',"
          + "  hits: Array.from(window.__xss || []), csp: Array.from(window.__xssCsp || []), markup: bad,"
          + "  images: Array.from(document.images).every((i) => i.complete)});";

  private static final Pattern TOKEN = Pattern.compile("xs(\\d\\d)p(\\d\\d)");

  /**
   * A field users type into, with its upper length bound; {@code spaces} false for single-word
   * values.
   */
  record Field(String name, int max, boolean spaces) {}

  /** A page to open as a role, with the fields (and their values) it must show. */
  record Page(String role, String path, Map<String, Set<String>> expected) {}

  private final URL base;
  private final GreenMail smtp;
  private final List<String> payloads;
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  final List<Field> fields = new ArrayList<>();

  /** Per field: the values made of its tokens' payloads (each ≤ the field's bound). */
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  final Set<String> seededFields = new TreeSet<>();
  final List<String> refused = new ArrayList<>();
  final List<Page> pages = new ArrayList<>();
  final Set<String> shownFields = new TreeSet<>();
  final List<String> notShown = new ArrayList<>();
  final List<String> executions = new ArrayList<>();
  final List<String> cspBlocks = new ArrayList<>();
  final List<String> injected = new ArrayList<>();
  int pagesOpened;
  int tokensSeeded;

  XssSuite(URL base, GreenMail smtp, List<String> payloads) {
    this.base = base;
    this.smtp = smtp;
    this.payloads = payloads;
  }

  // ---------------------------------------------------------------- values

  private Field field(String name, int max, boolean spaces) {
    Field f = new Field(name, max, spaces);
    fields.add(f);
    int index = fields.size() - 1;
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int p = 0; p < payloads.size(); p++) {
      String token = String.format("xs%02dp%02d", index, p);
      String one = payloads.get(p).replace("§", token);
      if (one.length() > max || !spaces && one.contains(" ")) {
        continue;
      }
      if (current.length() > 0 && current.length() + 1 + one.length() > max) {
        chunks.add(current.toString());
        current.setLength(0);
      }
      current.append(current.length() > 0 ? " " : "").append(one);
      tokensSeeded++;
    }
    if (current.length() > 0) {
      chunks.add(current.toString());
    }
    values.put(name, chunks);
    return f;
  }

  private int chunks(String... names) {
    int n = 1;
    for (String name : names) {
      n = Math.max(n, values.get(name).size());
    }
    return n;
  }

  private String value(String name, int k) {
    List<String> list = values.get(name);
    return list.isEmpty() ? "" : list.get(k % list.size());
  }

  /**
   * The first token of the value: the one every page that shows the field (even truncated) must
   * show.
   */
  private static String firstToken(String value) {
    Matcher m = TOKEN.matcher(value);
    return m.find() ? m.group() : value;
  }

  private static Set<String> tokens(String value) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = TOKEN.matcher(value);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private void seeded(String field, Http.Res r, int... ok) {
    for (int s : ok) {
      if (r.status() == s) {
        seededFields.add(field);
        return;
      }
    }
    refused.add(
        field + " → " + r.status() + " " + r.body().substring(0, Math.min(200, r.body().length())));
  }

  /** A rate-limited request again after its Retry-After (at most a few times). */
  private static Http.Res retried(java.util.function.Supplier<Http.Res> request) {
    Http.Res r = request.get();
    for (int i = 0; i < 5 && r.status() == 429; i++) {
      long wait =
          Math.min(
              10,
              Long.parseLong(java.util.Optional.ofNullable(r.header("Retry-After")).orElse("1")));
      try {
        Thread.sleep(wait * 1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return r;
      }
      r = request.get();
    }
    return r;
  }

  /**
   * Fields that are links: a page must drop a value that is no http(s) URL, so they need not be
   * shown.
   */
  static final Set<String> LINK_FIELDS = Set.of("knowledge.url");

  /**
   * What a page of record k must show: the fields whose value k is new (later records repeat short
   * lists).
   */
  private Map<String, Set<String>> expect(int k, Object... fieldAndValue) {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < fieldAndValue.length; i += 2) {
      String field = (String) fieldAndValue[i];
      if (seededFields.contains(field) && k < values.get(field).size()) {
        m.put(field, Set.of(firstToken((String) fieldAndValue[i + 1])));
      }
    }
    return m;
  }

  // ---------------------------------------------------------------- seeding

  private Http staff(String username, String password) {
    Http h = new Http(base);
    h.login(username, password);
    return h;
  }

  private Http demo(String username) {
    return staff(username, SharedPortal.DEMO_PASSWORD);
  }

  /**
   * A verified, logged-in citizen with the display name, or with a plain one if the name is
   * refused.
   */
  private Http citizen(String displayName, String field) {
    Citizens citizens = new Citizens(base, smtp);
    String email = Citizens.newEmail("xss");
    Http.Res r = citizens.register(email, displayName);
    if (field != null) {
      seeded(field, r, 202);
    }
    if (r.status() != 202) {
      email = Citizens.newEmail("xss");
      r = citizens.register(email, "Vatandaş " + run);
      if (r.status() != 202) {
        throw new AssertionError("registration: " + r.status() + " " + r.body());
      }
    }
    Http h = new Http(base);
    Http.Res v =
        h.post("api/accounts/verify", "{\"token\":\"" + citizens.token(email, "verify") + "\"}");
    if (v.status() != 200) {
      throw new AssertionError("verify: " + v.status() + " " + v.body());
    }
    h.login(email, Citizens.PASSWORD);
    h.email = email;
    return h;
  }

  private static String body(Object... kv) {
    var b = Json.createObjectBuilder();
    for (int i = 0; i < kv.length; i += 2) {
      Object v = kv[i + 1];
      if (v instanceof String s) {
        b.add((String) kv[i], s);
      } else if (v instanceof Integer n) {
        b.add((String) kv[i], n);
      } else if (v instanceof Boolean t) {
        b.add((String) kv[i], t);
      } else if (v instanceof JsonValue j) {
        b.add((String) kv[i], j);
      }
    }
    return b.build().toString();
  }

  /** Seeds every field and lists the pages to open. */
  void seed() {
    field("feedback.comment", 4000, true);
    field("feedback.contactName", 100, true);
    field("feedback.internalNote", 4000, true);
    field("feedback.transferReason", 2000, true);
    field("feedback.publicResponse", 4000, true);
    field("feedback.reopenReason", 2000, true);
    field("proposal.title", 150, true);
    field("proposal.body", 6000, true);
    field("citizen.displayName", 80, true);
    field("proposal.comment", 2000, true);
    field("proposal.flagReason", 500, true);
    field("comment.flagReason", 500, true);
    field("proposal.answerReason", 4000, true);
    field("proposal.milestone", 2000, true);
    field("proposal.hideReason", 500, true);
    field("assistant.question", 1000, true);
    field("knowledge.title", 200, true);
    field("knowledge.heading", 200, true);
    field("knowledge.text", 4000, true);
    field("knowledge.url", 300, false);
    field("account.displayName", 200, true);
    field("moderation.word", 60, false);
    seedFeedback();
    seedProposals();
    seedAssistant();
    seedKnowledge();
    seedAccounts();
    seedWords();
  }

  private void seedFeedback() {
    Http zabita = demo("yetkili.zabita");
    Http temizlik = demo("yetkili.temizlik");
    int n =
        chunks(
            "feedback.comment",
            "feedback.contactName",
            "feedback.internalNote",
            "feedback.transferReason",
            "feedback.publicResponse",
            "feedback.reopenReason");
    for (int k = 0; k < n; k++) {
      String comment = value("feedback.comment", k);
      String name = value("feedback.contactName", k);
      Http.Res r =
          new Http(base)
              .post(
                  "api/feedback",
                  body(
                      "kind",
                      "COMPLAINT",
                      "serviceCode",
                      "ZABITA-AFIS",
                      "comment",
                      comment,
                      "contact",
                      Json.createObjectBuilder().add("name", name).build(),
                      "kvkkAcknowledged",
                      true,
                      "kvkkNoticeVersion",
                      "2026-1",
                      "language",
                      "tr"));
      seeded("feedback.comment", r, 201);
      seeded("feedback.contactName", r, 201);
      if (r.status() != 201) {
        continue;
      }
      String code = r.json().getString("trackingCode");
      String note = value("feedback.internalNote", k);
      seeded(
          "feedback.internalNote",
          zabita.post("api/admin/feedback/" + code + "/notes", body("text", note)),
          200);
      String reason = value("feedback.transferReason", k);
      seeded(
          "feedback.transferReason",
          zabita.post(
              "api/admin/feedback/" + code + "/transfer",
              body(
                  "departmentCode",
                  "TEMIZLIK",
                  "serviceCode",
                  "TEMIZLIK-KONTEYNER",
                  "reason",
                  reason)),
          200);
      temizlik.post("api/admin/feedback/" + code + "/status", body("status", "IN_PROGRESS"));
      String response = value("feedback.publicResponse", k);
      seeded(
          "feedback.publicResponse",
          temizlik.post(
              "api/admin/feedback/" + code + "/status",
              body("status", "RESOLVED", "publicResponse", response)),
          200);
      String reopen = value("feedback.reopenReason", k);
      seeded(
          "feedback.reopenReason",
          new Http(base).post("api/feedback/" + code + "/reopen", body("reason", reopen)),
          200);
      String codeQ = URLEncoder.encode(code, StandardCharsets.UTF_8);
      addPage(
          new Page(
              "public",
              "/track.html?code=" + codeQ,
              expect(k, "feedback.publicResponse", response)));
      addPage(
          new Page(
              "yetkili.temizlik",
              "/inbox-item.html?code=" + codeQ,
              expect(
                  k,
                  "feedback.comment",
                  comment,
                  "feedback.contactName",
                  name,
                  "feedback.internalNote",
                  note,
                  "feedback.transferReason",
                  reason,
                  "feedback.publicResponse",
                  response,
                  "feedback.reopenReason",
                  reopen)));
      if (k == 0) {
        addPage(
            new Page(
                "admin",
                "/inbox-item.html?code=" + codeQ,
                expect(
                    k,
                    "feedback.comment",
                    comment,
                    "feedback.contactName",
                    name,
                    "feedback.internalNote",
                    note)));
        addPage(
            new Page(
                "yetkili.temizlik",
                "/inbox.html?department=TEMIZLIK&status=REOPENED&kind=COMPLAINT",
                expect(k, "feedback.comment", comment)));
        addPage(
            new Page(
                "admin",
                "/inbox.html?department=TEMIZLIK&status=REOPENED&kind=COMPLAINT",
                expect(k, "feedback.comment", comment)));
      }
    }
  }

  private void seedProposals() {
    Http park = demo("yetkili.park");
    Http moderator = demo("moderator");
    int n =
        chunks(
            "proposal.title",
            "proposal.body",
            "citizen.displayName",
            "proposal.comment",
            "proposal.flagReason",
            "comment.flagReason",
            "proposal.answerReason",
            "proposal.milestone",
            "proposal.hideReason");
    for (int k = 0; k < n; k++) {
      Http flagger = citizen("Bayrakçı " + run, null);
      String name = value("citizen.displayName", k);
      Http author = citizen(name, "citizen.displayName");
      String title = value("proposal.title", k);
      String text = "Parkta oturma alanı yok, yapılmalı. " + value("proposal.body", k);
      Http.Res p =
          author.post(
              "api/proposals", body("title", title, "body", text, "departmentCode", "PARK"));
      seeded("proposal.title", p, 201);
      seeded("proposal.body", p, 201);
      if (p.status() != 201) {
        continue;
      }
      long id = p.json().getJsonNumber("id").longValue();
      String comment = value("proposal.comment", k);
      Http.Res c = author.post("api/proposals/" + id + "/comments", body("text", comment));
      seeded("proposal.comment", c, 201);
      String flag = value("proposal.flagReason", k);
      seeded(
          "proposal.flagReason",
          retried(() -> flagger.post("api/proposals/" + id + "/flags", body("reason", flag))),
          201);
      String commentFlag = value("comment.flagReason", k);
      if (c.status() == 201) {
        long cid = c.json().getJsonNumber("id").longValue();
        seeded(
            "comment.flagReason",
            retried(
                () ->
                    flagger.post(
                        "api/proposals/comments/" + cid + "/flags", body("reason", commentFlag))),
            201);
      }
      String answer = value("proposal.answerReason", k);
      seeded(
          "proposal.answerReason",
          park.post(
              "api/admin/proposals/" + id + "/answer", body("state", "ACCEPTED", "reason", answer)),
          200);
      String milestone = value("proposal.milestone", k);
      seeded(
          "proposal.milestone",
          park.post(
              "api/admin/proposals/" + id + "/milestones",
              body("date", LocalDate.now().toString(), "text", milestone, "progress", 10)),
          201);
      Http.Res hidden =
          author.post(
              "api/proposals",
              body(
                  "title",
                  "Gizlenecek öneri " + firstToken(title) + " " + run,
                  "body",
                  "Bu öneri moderatör tarafından gizlenecek, gerekçesi gösterilecek.",
                  "departmentCode",
                  "PARK"));
      String hideReason = value("proposal.hideReason", k);
      long hiddenId = hidden.status() == 201 ? hidden.json().getJsonNumber("id").longValue() : -1;
      if (hiddenId > 0) {
        seeded(
            "proposal.hideReason",
            moderator.post(
                "api/admin/moderation/proposals/" + hiddenId + "/hide", body("reason", hideReason)),
            204);
      }
      Map<String, Set<String>> all =
          expect(
              k,
              "proposal.title",
              title,
              "proposal.body",
              text,
              "citizen.displayName",
              name,
              "proposal.comment",
              comment,
              "proposal.answerReason",
              answer,
              "proposal.milestone",
              milestone);
      addPage(new Page("public", "/proposal.html?id=" + id, all));
      addPage(
          new Page(
              "public",
              "/proposals.html?q=" + firstToken(title),
              expect(k, "proposal.title", title)));
      if (hiddenId > 0) {
        addPage(
            new Page(
                "public",
                "/proposal.html?id=" + hiddenId,
                expect(k, "proposal.hideReason", hideReason)));
      }
      if (k == 0) {
        addPage(new Page("citizen:" + author.email, "/proposal.html?id=" + id, all));
        addPage(
            new Page(
                "citizen:" + author.email,
                "/account.html",
                expect(k, "citizen.displayName", name)));
        addPage(
            new Page("yetkili.park", "/proposals-admin.html", expect(k, "proposal.title", title)));
        addPage(
            new Page(
                "moderator",
                "/moderation.html",
                expect(
                    k,
                    "proposal.title",
                    title,
                    "proposal.flagReason",
                    flag,
                    "comment.flagReason",
                    commentFlag,
                    "proposal.comment",
                    comment)));
        addPage(new Page("admin", "/moderation.html", expect(k, "proposal.flagReason", flag)));
      }
    }
  }

  private void seedAssistant() {
    List<String> asked = values.get("assistant.question");
    for (String q : asked) {
      Http.Res r = new Http(base).post("api/assistant/ask", body("question", q, "language", "tr"));
      seeded("assistant.question", r, 200);
    }
    if (!asked.isEmpty()) {
      addPage(new Page("editor", "/knowledge.html", expect(0, "assistant.question", asked.get(0))));
    }
  }

  private void seedKnowledge() {
    Http editor = demo("editor");
    int n = chunks("knowledge.title", "knowledge.heading", "knowledge.text", "knowledge.url");
    for (int k = 0; k < n; k++) {
      String id = "xss-" + run + "-" + k;
      String title = value("knowledge.title", k).replace('\n', ' ');
      String heading = value("knowledge.heading", k);
      String text = value("knowledge.text", k);
      String url = value("knowledge.url", k);
      String md =
          "---\nid: "
              + id
              + "\ntitle: "
              + title
              + "\nlang: tr\nurl: "
              + url
              + "\n---\n"
              + "## "
              + heading
              + "\nGöl kıyısı kayık festivali her yıl yapılır. "
              + text
              + "\n";
      Http.Res r =
          editor.sendBytes(
              "POST",
              "api/admin/knowledge/documents?filename=" + id + ".md",
              md.getBytes(StandardCharsets.UTF_8),
              "text/markdown");
      seeded("knowledge.url", r, 201);
      if (r.status() != 201) {
        // the url refused: the other fields again without it
        r =
            editor.sendBytes(
                "POST",
                "api/admin/knowledge/documents?filename=" + id + ".md",
                md.replace("url: " + url + "\n", "").getBytes(StandardCharsets.UTF_8),
                "text/markdown");
      }
      for (String f : List.of("knowledge.title", "knowledge.heading", "knowledge.text")) {
        seeded(f, r, 201);
      }
      if (r.status() == 201) {
        String docId = r.json().getString("documentId");
        addPage(
            new Page(
                "public",
                "/source.html?id=" + URLEncoder.encode(docId, StandardCharsets.UTF_8),
                expect(
                    k,
                    "knowledge.title",
                    title,
                    "knowledge.heading",
                    heading,
                    "knowledge.text",
                    text)));
      }
    }
  }

  private void seedAccounts() {
    Http admin = staff("admin", SharedPortal.ADMIN_PASSWORD);
    List<String> names = values.get("account.displayName");
    for (int k = 0; k < names.size(); k++) {
      String username = "xss." + run + "." + k;
      Http.Res r =
          admin.post(
              "api/admin/accounts",
              Json.createObjectBuilder()
                  .add("username", username)
                  .add("displayName", names.get(k))
                  .add("password", STAFF_PASSWORD)
                  .add("roles", Json.createArrayBuilder().add("OFFICIAL"))
                  .add("departments", Json.createArrayBuilder().add("TEMIZLIK"))
                  .build()
                  .toString());
      seeded("account.displayName", r, 201);
      if (r.status() == 201) {
        addPage(
            new Page(
                "staff:" + username,
                "/staff.html",
                expect(k, "account.displayName", names.get(k))));
      }
    }
  }

  static final String STAFF_PASSWORD = "Xss-Staff-Passw0rd-7";

  private void seedWords() {
    Http moderator = demo("moderator");
    List<String> words = values.get("moderation.word");
    if (words.isEmpty()) {
      return;
    }
    JsonObject current = moderator.get("api/admin/moderation/words").json();
    JsonArrayBuilder tr = Json.createArrayBuilder();
    current.getJsonArray("tr").forEach(tr::add);
    words.forEach(tr::add);
    JsonArrayBuilder en = Json.createArrayBuilder();
    current.getJsonArray("en").forEach(en::add);
    Http.Res r =
        moderator.put(
            "api/admin/moderation/words",
            Json.createObjectBuilder().add("tr", tr).add("en", en).build().toString());
    seeded("moderation.word", r, 200);
    addPage(new Page("moderator", "/moderation.html", expect(0, "moderation.word", words.get(0))));
  }

  // ---------------------------------------------------------------- browsing

  private String origin() {
    return base.toString().replaceAll("/$", "");
  }

  private void addPage(Page page) {
    if (!page.expected().isEmpty()) {
      pages.add(page);
    }
  }

  private void logIn(Browser browser, String role) {
    browser.open(origin() + "/404.html");
    browser.script("localStorage.clear(); sessionStorage.clear();");
    browser.driver.manage().deleteAllCookies();
    if (role.equals("public")) {
      return;
    }
    if (role.startsWith("citizen:")) {
      browser.open(origin() + "/account.html?lang=tr");
      browser.find("#login-email").sendKeys(role.substring("citizen:".length()));
      browser.find("#login-password").sendKeys(Citizens.PASSWORD, Keys.ENTER);
      browser.waitFor(
          d ->
              d.findElements(By.id("me-name")).stream().anyMatch(e -> e.isDisplayed())
                  ? true
                  : null);
      return;
    }
    String username = role.startsWith("staff:") ? role.substring("staff:".length()) : role;
    String password =
        role.equals("admin")
            ? SharedPortal.ADMIN_PASSWORD
            : role.startsWith("staff:") ? STAFF_PASSWORD : SharedPortal.DEMO_PASSWORD;
    browser.open(origin() + "/login.html?lang=tr");
    browser.find("#username").sendKeys(username);
    browser.find("#password").sendKeys(password, Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("/staff.html") ? true : null);
  }

  /** Opens every page as its role and collects executions, CSP blocks and injected markup. */
  void browse(Browser browser) {
    ((ChromeDriver) browser.driver)
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
    String role = null;
    for (Page page : pages) {
      if (!page.role().equals(role)) {
        logIn(browser, page.role());
        role = page.role();
      }
      browser.open(origin() + page.path() + (page.path().contains("?") ? "&" : "?") + "lang=tr");
      pagesOpened++;
      String where = page.role().replaceAll("^(citizen|staff):.*", "$1") + " " + page.path();
      JsonObject seen;
      try {
        seen =
            browser.waitFor(
                d -> {
                  JsonObject s = collect(browser);
                  return s.getBoolean("images") && missing(page, s).isEmpty() ? s : null;
                });
      } catch (TimeoutException e) {
        seen = collect(browser);
        missing(page, seen).forEach(f -> notShown.add(f + " on " + where));
      }
      for (String f : page.expected().keySet()) {
        if (!missing(page, seen).contains(f)) {
          shownFields.add(f);
        }
      }
      seen.getJsonArray("hits")
          .forEach(v -> executions.add(describe(((jakarta.json.JsonString) v).getString(), where)));
      seen.getJsonArray("csp")
          .forEach(v -> cspBlocks.add(((jakarta.json.JsonString) v).getString() + " on " + where));
      seen.getJsonArray("markup")
          .forEach(v -> injected.add(describe(((jakarta.json.JsonString) v).getString(), where)));
    }
  }

  /**
   * The detector checked on a page made faulty on purpose: the payloads written into a real portal
   * page with innerHTML, as a page that forgot to escape would. Returns the injected markup and CSP
   * blocks it found.
   */
  List<String> selfCheck(Browser browser) {
    browser.open(origin() + "/404.html?lang=tr");
    StringBuilder html = new StringBuilder();
    for (int p = 0; p < payloads.size(); p++) {
      html.append(payloads.get(p).replace("§", String.format("xs99p%02d", p))).append(' ');
    }
    browser.script(
        "const box = document.createElement('div'); box.innerHTML = arguments[0];"
            + " document.body.append(box);",
        html.toString());
    JsonObject seen =
        browser.waitFor(
            d -> {
              JsonObject s = collect(browser);
              return s.getBoolean("images") && !s.getJsonArray("csp").isEmpty() ? s : null;
            });
    List<String> found = new ArrayList<>();
    seen.getJsonArray("markup")
        .forEach(v -> found.add("injected " + ((jakarta.json.JsonString) v).getString()));
    seen.getJsonArray("csp")
        .forEach(v -> found.add("csp " + ((jakarta.json.JsonString) v).getString()));
    return found;
  }

  private static JsonObject collect(Browser browser) {
    return Json.createReader(new StringReader((String) browser.script(COLLECT))).readObject();
  }

  /** The expected fields none of whose tokens the page shows, as text or as (injected) markup. */
  private static List<String> missing(Page page, JsonObject seen) {
    String all =
        seen.getString("text")
            + " "
            + seen.getJsonArray("markup").toString()
            + seen.getJsonArray("hits").toString();
    return page.expected().entrySet().stream()
        .filter(e -> e.getValue().stream().noneMatch(all::contains))
        .map(Map.Entry::getKey)
        .toList();
  }

  private String describe(String finding, String where) {
    Set<String> traced = new LinkedHashSet<>();
    for (String token : tokens(finding)) {
      Matcher m = TOKEN.matcher(token);
      m.matches();
      int f = Integer.parseInt(m.group(1));
      int p = Integer.parseInt(m.group(2));
      traced.add((f < fields.size() ? fields.get(f).name() : "field " + f) + " payload " + p);
    }
    return finding + " on " + where + (traced.isEmpty() ? "" : " ← " + String.join(", ", traced));
  }

  String report() {
    StringBuilder b = new StringBuilder();
    b.append("fields seeded: ")
        .append(seededFields.size())
        .append(" of ")
        .append(fields.size())
        .append('\n');
    b.append("payloads: ")
        .append(payloads.size())
        .append(" (")
        .append(tokensSeeded)
        .append(" field × payload values)\n");
    b.append("pages opened: ").append(pagesOpened).append('\n');
    b.append("fields shown: ").append(shownFields.size()).append('\n');
    b.append("executions: ").append(executions.size()).append('\n');
    b.append("CSP blocks: ").append(cspBlocks.size()).append('\n');
    b.append("injected markup: ").append(injected.size()).append('\n');
    list(b, "refused", refused);
    list(b, "not shown", notShown);
    list(b, "execution", executions);
    list(b, "CSP block", cspBlocks);
    list(b, "injected", injected);
    return b.toString();
  }

  private static void list(StringBuilder b, String label, List<String> items) {
    items.forEach(i -> b.append("  ").append(label).append(": ").append(i).append('\n'));
  }

  /**
   * The command-line run of {@code src/resilience/xss.sh}: {@code XssSuite <base URL> <smtp port>
   * [short]}, against a portal in demo mode whose SMTP goes to that port; prints the figures and
   * exits 1 on any execution, CSP block or injected markup.
   */
  public static void main(String[] args) throws Exception {
    URL base = new URL(args[0].endsWith("/") ? args[0] : args[0] + "/");
    GreenMail smtp =
        new GreenMail(
            new com.icegreen.greenmail.util.ServerSetup(
                Integer.parseInt(args[1]),
                "127.0.0.1",
                com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    int status;
    try (Browser browser = new Browser()) {
      XssSuite suite =
          new XssSuite(
              base,
              smtp,
              args.length > 2 && args[2].equals("short") ? PAYLOADS.subList(0, SHORT) : PAYLOADS);
      suite.seed();
      suite.browse(browser);
      System.out.print(suite.report());
      status =
          suite.executions.isEmpty() && suite.cspBlocks.isEmpty() && suite.injected.isEmpty()
              ? 0
              : 1;
    } finally {
      smtp.stop();
    }
    System.exit(status);
  }
}
