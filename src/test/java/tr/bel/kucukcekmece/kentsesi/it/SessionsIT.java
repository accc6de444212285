package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions follow their account on the next request (moved, deactivated, demoted, password changed
 * by an administrator or reset by the citizen, account deleted), and wrong passwords from one
 * address do not keep the right one out from another. The absolute session lifetime is covered by
 * SessionCheckTest (a clock, no waiting).
 */
@ExtendWith(SharedPortal.class)
class SessionsIT {

  private final GreenMail smtp = SharedMail.server();

  final URL base = SharedPortal.url();

  private Http admin() {
    Http h = new Http(base);
    h.login("admin", SharedPortal.ADMIN_PASSWORD);
    return h;
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  private static void assertProblem(Http.Res r, int status, String code) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    assertEquals(code, r.json().getString("code"), r.body());
  }

  /** Creates a staff account and returns its id. */
  private long create(
      Http admin, String username, String password, String roles, String departments) {
    Http.Res r =
        admin.post(
            "api/admin/accounts",
            "{\"username\":\""
                + username
                + "\",\"displayName\":\"Deneme\","
                + "\"password\":\""
                + password
                + "\",\"roles\":"
                + roles
                + ",\"departments\":"
                + departments
                + "}");
    assertEquals(201, r.status(), r.body());
    return r.json().getJsonNumber("id").longValue();
  }

  private Http loggedIn(String username, String password) {
    Http h = new Http(base);
    h.login(username, password);
    return h;
  }

  // ---- staff

  @Test
  void anOfficialMovedToAnotherDepartmentActsForTheNewOneOnTheNextRequest() {
    Http admin = admin();
    String username = unique("tasinan.");
    long id = create(admin, username, "Tasinan-Parola-2026", "[\"OFFICIAL\"]", "[\"FEN\"]");
    Http official = loggedIn(username, "Tasinan-Parola-2026");
    assertEquals(200, official.get("api/admin/feedback/inbox?department=FEN").status());

    assertEquals(
        200, admin.put("api/admin/accounts/" + id, "{\"departments\":[\"PARK\"]}").status());

    assertProblem(
        official.get("api/admin/feedback/inbox?department=FEN"), 403, "forbidden-department");
    assertEquals(200, official.get("api/admin/feedback/inbox?department=PARK").status());
    assertEquals(
        "[\"PARK\"]", official.get("api/auth/me").json().getJsonArray("departments").toString());
  }

  @Test
  void aDeactivatedAccountsSessionEndsOnTheNextRequest() {
    Http admin = admin();
    String username = unique("kapanan.");
    long id = create(admin, username, "Kapanan-Parola-2026", "[\"OFFICIAL\"]", "[\"FEN\"]");
    Http official = loggedIn(username, "Kapanan-Parola-2026");
    assertEquals(200, official.get("api/admin/feedback/inbox").status());

    assertEquals(200, admin.put("api/admin/accounts/" + id, "{\"active\":false}").status());

    assertProblem(
        official.post("api/admin/feedback/KS-0000-0000/notes", "{\"text\":\"iç not\"}"),
        401,
        "unauthenticated");
    assertProblem(official.get("api/admin/feedback/inbox"), 401, "unauthenticated");
    assertEquals(200, admin.put("api/admin/accounts/" + id, "{\"active\":true}").status());
    assertProblem(official.get("api/auth/me"), 401, "unauthenticated");
  }

  @Test
  void aDemotedAdministratorLosesAdministrationOnTheNextRequest() {
    Http admin = admin();
    String username = unique("yonetici.");
    long id = create(admin, username, "Yonetici-Parola-2026", "[\"ADMIN\"]", "[]");
    Http other = loggedIn(username, "Yonetici-Parola-2026");
    assertEquals(200, other.get("api/admin/accounts").status());

    assertEquals(200, admin.put("api/admin/accounts/" + id, "{\"roles\":[\"EDITOR\"]}").status());

    assertProblem(other.get("api/admin/accounts"), 403, "forbidden");
    assertEquals("[\"EDITOR\"]", other.get("api/auth/me").json().getJsonArray("roles").toString());
  }

  @Test
  void aPasswordChangedByAnAdministratorEndsTheAccountsSessions() {
    Http admin = admin();
    String username = unique("parola.");
    long id = create(admin, username, "Eski-Parola-2026", "[\"ADMIN\"]", "[]");
    Http first = loggedIn(username, "Eski-Parola-2026");
    assertEquals(200, first.get("api/admin/accounts").status());

    Http.Res changed =
        admin.put(
            "api/admin/accounts/" + id,
            "{\"roles\":[\"EDITOR\"],\"password\":\"Yeni-Parola-2027\"}");
    assertEquals(200, changed.status(), changed.body());

    assertProblem(first.get("api/admin/accounts"), 401, "unauthenticated");
    assertProblem(first.get("api/auth/me"), 401, "unauthenticated");
    Http again = loggedIn(username, "Yeni-Parola-2027");
    assertEquals("[\"EDITOR\"]", again.get("api/auth/me").json().getJsonArray("roles").toString());
  }

  @Test
  void whoChangesTheirOwnPasswordStaysLoggedInUnderANewSessionWhileTheirOtherSessionsEnd() {
    Http admin = admin();
    String username = unique("kendisi.");
    long id = create(admin, username, "Kendi-Parola-2026", "[\"ADMIN\"]", "[]");
    Http self = loggedIn(username, "Kendi-Parola-2026");
    Http elsewhere = loggedIn(username, "Kendi-Parola-2026");

    Http.Res changed =
        self.put("api/admin/accounts/" + id, "{\"password\":\"Kendi-Yeni-Parola-2027\"}");
    assertEquals(200, changed.status(), changed.body());
    String cookie = changed.header("Set-Cookie");
    assertTrue(
        cookie != null && cookie.startsWith("KSSESSION="), "a new session id is issued: " + cookie);

    assertEquals(200, self.get("api/admin/accounts").status());
    assertEquals(204, self.post("api/auth/logout", null).status(), "the CSRF token goes on");
    assertProblem(elsewhere.get("api/auth/me"), 401, "unauthenticated");
  }

  // ---- citizens

  @Test
  void aCitizensPasswordResetEndsTheirOlderSession() {
    Citizens citizens = new Citizens(base, smtp);
    Http older = citizens.verified("Sıfırlayan Vatandaş");
    assertEquals(200, older.get("api/accounts/me").status());

    Http anonymous = new Http(base);
    assertEquals(
        202,
        anonymous
            .post("api/accounts/password-reset", "{\"email\":\"" + older.email + "\"}")
            .status());
    String token = citizens.token(older.email, "reset");
    Http.Res reset =
        anonymous.post(
            "api/accounts/password-reset/confirm",
            Json.createObjectBuilder()
                .add("token", token)
                .add("password", "Yeni-Vatandas-Parola-2027")
                .build()
                .toString());
    assertEquals(204, reset.status(), reset.body());

    assertProblem(older.get("api/accounts/me"), 401, "unauthenticated");
    JsonObject session = new Http(base).login(older.email, "Yeni-Vatandas-Parola-2027");
    assertTrue(session.getJsonArray("roles").toString().contains("CITIZEN"));
  }

  @Test
  void aCitizenWhoResetsTheirPasswordWhileLoggedInStaysLoggedInWhileTheirOtherSessionEnds() {
    Citizens citizens = new Citizens(base, smtp);
    Http self = citizens.verified("Kendi Sıfırlayan");
    Http other = loggedIn(self.email, Citizens.PASSWORD);
    assertEquals(
        202,
        self.post("api/accounts/password-reset", "{\"email\":\"" + self.email + "\"}").status());
    String token = citizens.token(self.email, "reset");

    Http.Res reset =
        self.post(
            "api/accounts/password-reset/confirm",
            Json.createObjectBuilder()
                .add("token", token)
                .add("password", "Kendi-Yeni-Parola-2027")
                .build()
                .toString());
    assertEquals(204, reset.status(), reset.body());
    String cookie = reset.header("Set-Cookie");
    assertTrue(
        cookie != null && cookie.startsWith("KSSESSION="), "a new session id is issued: " + cookie);

    assertEquals(200, self.get("api/accounts/me").status());
    assertProblem(other.get("api/accounts/me"), 401, "unauthenticated");
  }

  @Test
  void aDeletedCitizensOtherSessionEndsOnTheNextRequest() {
    Citizens citizens = new Citizens(base, smtp);
    Http deleting = citizens.verified("Silinen Vatandaş");
    Http other = loggedIn(deleting.email, Citizens.PASSWORD);
    assertEquals(200, other.get("api/accounts/me").status());

    Http.Res deleted =
        deleting.post("api/accounts/me/delete", "{\"password\":\"" + Citizens.PASSWORD + "\"}");
    assertEquals(204, deleted.status(), deleted.body());

    assertProblem(other.get("api/accounts/me"), 401, "unauthenticated");
    assertProblem(
        other.post("api/proposals", "{\"title\":\"Silinmiş hesaptan\",\"body\":\"olmamalı\"}"),
        401,
        "login-required");
  }

  // ---- login throttling

  @Test
  void wrongPasswordsFromAnotherAddressDoNotKeepTheRightPasswordOut() {
    String username = unique("hedef.");
    create(admin(), username, "Dogru-Parola-2026", "[\"EDITOR\"]", "[]");
    int refused = 0;
    for (int i = 0; i < 8; i++) {
      int status = loginFrom("127.0.0.2", username, "yanlis-parola-" + i);
      assertTrue(status == 401 || status == 429, "attempt " + i + ": " + status);
      refused += status == 429 ? 1 : 0;
    }
    assertTrue(refused >= 3, "the guessing address is throttled after five failures: " + refused);
    assertEquals(
        429,
        loginFrom("127.0.0.2", username, "Dogru-Parola-2026"),
        "not even the right one from there");

    Http owner = new Http(base);
    JsonObject session = owner.login(username, "Dogru-Parola-2026");
    assertEquals(username, session.getString("username"));
  }

  /**
   * Logs in over a connection from the given loopback address (the portal sees it as the client
   * address).
   */
  private int loginFrom(String localAddress, String username, String password) {
    Http.Res r = new Http(base).loginFrom(localAddress, username, password);
    assertNotEquals(500, r.status(), r.body());
    return r.status();
  }
}
