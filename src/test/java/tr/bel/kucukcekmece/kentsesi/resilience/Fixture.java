package tr.bel.kucukcekmece.kentsesi.resilience;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles of the resilience suite, logged in, and real objects of department A (FEN) for
 * operations with an id: a feedback item routed to FEN, a proposal of FEN by a separate citizen
 * (the "citizen" role is not its author), two comments on it, a KPI target of FEN, a staff account,
 * an assistant answer. Department B is PARK.
 */
public final class Fixture {

  public static final String DEPARTMENT_A = "FEN";
  public static final String DEPARTMENT_B = "PARK";
  public static final String SERVICE_A = "FEN-YOL";

  /** The demo staff password (demo mode). */
  public static final String DEMO_PASSWORD = "Demo-Kent-2026";

  public static final String CITIZEN_PASSWORD = "Kent-Vatandas-2026";

  /**
   * The roles, in the order the matrix runs them (admin last: it may delete what others only try
   * to).
   */
  public static final List<String> ROLES =
      List.of("anonymous", "citizen", "officialA", "officialB", "moderator", "editor", "admin");

  private static final Pattern TOKEN = Pattern.compile("[?&]verify=([A-Za-z0-9_-]+)");

  private final URI base;
  private final GreenMail smtp;
  private final String adminPassword;
  private final Map<String, Session> sessions = new LinkedHashMap<>();
  private final Map<String, String> credentials = new LinkedHashMap<>();
  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  public final String citizenEmail;
  public final long proposalId;
  public final long commentId;

  /** A second comment, hidden and restored by the moderation rows. */
  public final long moderatedCommentId;

  public final long targetId;
  public final long accountId;
  public final long answerId;

  public Fixture(URI base, GreenMail smtp, String adminPassword) {
    this.base = base;
    this.smtp = smtp;
    this.adminPassword = adminPassword;
    sessions.put("anonymous", new Session(base));
    citizenEmail = verifiedCitizen("citizen");
    credentials.put("citizen", citizenEmail);
    credentials.put("officialA", "yetkili." + DEPARTMENT_A.toLowerCase());
    credentials.put("officialB", "yetkili." + DEPARTMENT_B.toLowerCase());
    credentials.put("moderator", "moderator");
    credentials.put("editor", "editor");
    credentials.put("admin", "admin");
    for (String role : credentials.keySet()) {
      sessions.put(role, fresh(role));
    }
    Session author = new Session(base).login(verifiedCitizen("author"), CITIZEN_PASSWORD);
    Session.Res p =
        author.json(
            "POST",
            "/api/proposals",
            Json.createObjectBuilder()
                .add("title", "Yol kenarına yürüyüş yolu " + tag)
                .add(
                    "body",
                    "Mahallemizdeki ana caddenin kenarına güvenli bir yürüyüş yolu yapılmasını öneriyorum, "
                        + "okul çıkışlarında çocuklar yolda yürümek zorunda kalıyor.")
                .add("departmentCode", DEPARTMENT_A)
                .build()
                .toString());
    proposalId = id(p, "proposal", "id");
    commentId =
        id(
            author.json(
                "POST",
                "/api/proposals/" + proposalId + "/comments",
                "{\"text\":\"Okul saatlerinde trafik çok yoğun oluyor, yaya yolu şart.\"}"),
            "comment",
            "id");
    moderatedCommentId =
        id(
            author.json(
                "POST",
                "/api/proposals/" + proposalId + "/comments",
                "{\"text\":\"Akşamları da sokak lambaları yetersiz kalıyor.\"}"),
            "comment",
            "id");
    Session admin = session("admin");
    targetId =
        id(
            admin.json(
                "PUT",
                "/api/admin/transparency/targets",
                "{\"year\":2099,\"departmentCode\":\""
                    + DEPARTMENT_A
                    + "\",\"kpi\":\"SATISFACTION\",\"target\":4.0}"),
            "target",
            "id");
    accountId =
        id(
            admin.json(
                "POST",
                "/api/admin/accounts",
                Json.createObjectBuilder()
                    .add("username", "dayanim." + tag)
                    .add("displayName", "Dayanıklılık Deneme")
                    .add("password", "Dayanim-Passw0rd-" + tag)
                    .add("roles", Json.createArrayBuilder().add("OFFICIAL"))
                    .add("departments", Json.createArrayBuilder().add(DEPARTMENT_A))
                    .build()
                    .toString()),
            "account",
            "id");
    answerId =
        id(
            sessions
                .get("anonymous")
                .json(
                    "POST",
                    "/api/assistant/ask",
                    "{\"question\":\"Emlak vergisi ne zaman ödenir?\"}"),
            "answer",
            "answerId");
  }

  private static long id(Session.Res r, String what, String field) {
    if (r.status() < 200 || r.status() > 299) {
      throw new IllegalStateException("fixture " + what + ": " + r.status() + " " + r.body());
    }
    return r.json().getJsonNumber(field).longValue();
  }

  /** The logged-in (or anonymous) session of a role. */
  public Session session(String role) {
    Session s = sessions.get(role);
    if (s == null) {
      throw new IllegalArgumentException("unknown role " + role);
    }
    return s;
  }

  /**
   * A new session of the role (logged in unless anonymous), for requests that end or replace
   * sessions.
   */
  public Session fresh(String role) {
    if (role.equals("anonymous")) {
      return new Session(base);
    }
    String user = credentials.get(role);
    String password =
        role.equals("admin")
            ? adminPassword
            : role.equals("citizen") ? CITIZEN_PASSWORD : DEMO_PASSWORD;
    return new Session(base).login(user, password);
  }

  public String username(String role) {
    return credentials.get(role);
  }

  public String password(String role) {
    return role.equals("admin")
        ? adminPassword
        : role.equals("citizen") ? CITIZEN_PASSWORD : DEMO_PASSWORD;
  }

  /** A new feedback item routed to department A (anonymous submission); its tracking code. */
  public String feedbackOfA() {
    Session.Res r =
        new Session(base)
            .json(
                "POST",
                "/api/feedback",
                Json.createObjectBuilder()
                    .add("kind", "REQUEST")
                    .add("serviceCode", SERVICE_A)
                    .add("comment", "Caddede çukur var, araçlar zorlanıyor. " + tag)
                    .build()
                    .toString());
    if (r.status() != 201) {
      throw new IllegalStateException("fixture feedback: " + r.status() + " " + r.body());
    }
    return r.json().getString("trackingCode");
  }

  /** Registers, verifies (link from the mail) and returns the address of a new citizen account. */
  public String verifiedCitizen(String prefix) {
    String email = prefix + "." + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
    Session anon = new Session(base);
    Session.Res r =
        anon.json(
            "POST",
            "/api/accounts",
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", CITIZEN_PASSWORD)
                .add("displayName", "Dayanıklılık " + prefix)
                .add("kvkkAcknowledged", true)
                .add("kvkkNoticeVersion", "2026-1")
                .build()
                .toString());
    if (r.status() != 202) {
      throw new IllegalStateException("registration: " + r.status() + " " + r.body());
    }
    String token = verifyToken(email);
    Session.Res v = anon.json("POST", "/api/accounts/verify", "{\"token\":\"" + token + "\"}");
    if (v.status() != 200) {
      throw new IllegalStateException("verification: " + v.status() + " " + v.body());
    }
    return email;
  }

  private String verifyToken(String to) {
    long deadline = System.currentTimeMillis() + 30_000;
    try {
      while (System.currentTimeMillis() < deadline) {
        MimeMessage[] all = smtp.getReceivedMessages();
        for (int i = all.length - 1; i >= 0; i--) {
          MimeMessage m = all[i];
          if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)) {
            Matcher t = TOKEN.matcher(m.getSubject() + "\n" + m.getContent());
            String last = null;
            while (t.find()) {
              last = t.group(1);
            }
            if (last != null) {
              return last;
            }
          }
        }
        smtp.waitForIncomingEmail(500, all.length + 1);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("no verification mail for a new citizen");
  }

  /**
   * The value of a path parameter for the fixture's objects of department A; {@code feedbackCode}
   * fills tracking codes. Null when the suite knows no object for it.
   */
  public String pathValue(String path, String name, String feedbackCode) {
    if (path.startsWith("/api/feedback/") || path.startsWith("/api/admin/feedback/")) {
      return name.equals("code") ? feedbackCode : null;
    }
    if (path.startsWith("/api/proposals/comments/") || path.startsWith("/api/admin/moderation/")) {
      if (name.equals("type")) {
        return "comments";
      }
      return path.startsWith("/api/admin/moderation/")
          ? Long.toString(moderatedCommentId)
          : Long.toString(commentId);
    }
    if (path.startsWith("/api/proposals/") || path.startsWith("/api/admin/proposals/")) {
      return Long.toString(proposalId);
    }
    if (path.startsWith("/api/admin/accounts/")) {
      return Long.toString(accountId);
    }
    if (path.startsWith("/api/admin/transparency/targets/")) {
      return Long.toString(targetId);
    }
    if (path.startsWith("/api/assistant/answers/")) {
      return Long.toString(answerId);
    }
    if (path.startsWith("/api/assistant/documents/")) {
      return "emlak-vergisi";
    }
    if (path.startsWith("/api/catalog/services/")) {
      return SERVICE_A;
    }
    if (path.startsWith("/api/catalog/departments/")
        || path.startsWith("/api/transparency/departments/")) {
      return DEPARTMENT_A;
    }
    if (path.startsWith("/api/open-data/")) {
      return "feedback";
    }
    return null;
  }
}
