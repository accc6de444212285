package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-address limits over HTTP, on the {@link LimitsPortal}, which allows one address 8
 * proposal actions of a kind a minute, 4 registrations and 3 password-reset requests an hour (the
 * shared portal sets them out of reach, since all the tests come from one address). Every request
 * here comes from 127.0.0.1, whatever the account. This is the only class that spends these
 * allowances of the limits portal (RateLimitIT spends its submissions).
 */
@ExtendWith(LimitsPortal.class)
class AddressLimitsIT {

  static final int CLIENT_ACTIONS_PER_MINUTE = 8;
  static final int REGISTRATIONS_PER_HOUR = 4;
  static final int RESETS_PER_HOUR = 3;

  /** 60 / 8 = 7.5 s for a token to come back, rounded up. */
  static final int SECONDS_PER_CLIENT_ACTION = 8;

  private static List<Http> fixture;

  final URL base = LimitsPortal.url();

  private final GreenMail smtp = SharedMail.server();

  @AfterAll
  static void forgetFixture() {
    fixture = null;
  }

  private Citizens citizens() {
    return new Citizens(base, smtp);
  }

  /**
   * Two verified citizens, registered once for the class before any test uses up the address's
   * registrations (whichever test runs first), so the tests do not depend on their order.
   */
  private synchronized List<Http> twoCitizens() {
    if (fixture == null) {
      fixture = List.of(citizens().verified("Birinci Komşu"), citizens().verified("İkinci Komşu"));
    }
    return fixture;
  }

  private static void assertRefused(
      Http.Res r, String code, int maxSeconds, String wordOfLanguage) {
    assertEquals(429, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    assertEquals(code, r.json().getString("code"));
    int retryAfter = Integer.parseInt(r.header("Retry-After"));
    assertTrue(
        retryAfter >= 1 && retryAfter <= maxSeconds,
        "Retry-After " + retryAfter + " of at most " + maxSeconds);
    String detail = r.json().getString("detail");
    assertTrue(detail.contains(wordOfLanguage) && !detail.contains("{0}"), detail);
    assertTrue(detail.matches(".*\\d.*"), "the detail says how long: " + detail);
  }

  @Test
  void proposalActionsFromOneAddressAreLimitedWhicheverAccountActs() {
    List<Http> two = twoCitizens();
    Http first = two.get(0);
    Http second = two.get(1);
    Http.Res created =
        first.post(
            "api/proposals",
            "{\"title\":\"Adres sınırı denemesi\",\"body\":\"Bu öneri bir "
                + "adresten gelen işlemlerin sınırını denemek için açıldı.\"}");
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();

    int accepted = 0;
    Http.Res r = null;
    for (int i = 0; i < 3 * CLIENT_ACTIONS_PER_MINUTE; i++) {
      r = second.post("api/proposals/" + id + "/supports", null);
      if (r.status() != 200) {
        break;
      }
      accepted++;
      assertEquals(
          200,
          second.delete("api/proposals/" + id + "/supports").status(),
          "taking it back is not limited");
    }
    // one account stays far below its own 30 supports a minute: the address's 8 are what runs out
    assertTrue(
        accepted >= CLIENT_ACTIONS_PER_MINUTE && accepted <= CLIENT_ACTIONS_PER_MINUTE + 1,
        "8 supports a minute from one address (one more if a token came back meanwhile): "
            + accepted);
    assertRefused(r, "proposal-rate-limited", SECONDS_PER_CLIENT_ACTION, "saniye");

    // another account, which has not supported anything, from the same address: refused as well, in
    // English
    first.language = "en";
    Http.Res other = first.post("api/proposals/" + id + "/supports", null);
    assertRefused(other, "proposal-rate-limited", SECONDS_PER_CLIENT_ACTION, "seconds");
    assertEquals(
        0,
        first.get("api/proposals/" + id).json().getInt("supports"),
        "the refused supports were not saved");
    // the other kinds of action have their own allowance
    assertEquals(
        201,
        first
            .post("api/proposals/" + id + "/comments", "{\"text\":\"Yorum yazmak hâlâ mümkün.\"}")
            .status());
  }

  @Test
  void registrationsFromOneAddressAreLimitedAndARefusedOneCreatesNothing() {
    twoCitizens(); // two of the address's four registrations this hour
    Citizens citizens = citizens();
    Http anonymous = new Http(base);
    Http.Res invalid =
        anonymous.post("api/accounts", Citizens.registration("adres-değil", "Bozuk Adres"));
    assertEquals(
        400,
        invalid.status(),
        "a malformed registration is answered, and does not count: " + invalid.body());
    assertEquals(List.of("email"), invalid.problemFields());

    int accepted = 0;
    String lastAccepted = null;
    Http.Res r = null;
    String refusedEmail = null;
    for (int i = 0; i < 3 * REGISTRATIONS_PER_HOUR; i++) {
      String email = Citizens.newEmail("sinir");
      r = citizens.register(email, "Sınır Denemesi");
      if (r.status() != 202) {
        refusedEmail = email;
        break;
      }
      accepted++;
      lastAccepted = email;
    }
    assertEquals(
        REGISTRATIONS_PER_HOUR - 2, accepted, "four an hour, two used by the class's citizens");
    assertRefused(r, "registration-rate-limited", 3600 / REGISTRATIONS_PER_HOUR, "saniye");

    Http english = new Http(base);
    english.language = "en";
    Http.Res refusedEn =
        english.post("api/accounts", Citizens.registration(Citizens.newEmail("sinir"), "Limit"));
    assertRefused(refusedEn, "registration-rate-limited", 3600 / REGISTRATIONS_PER_HOUR, "seconds");
    assertTrue(refusedEn.json().getString("detail").contains("not saved"), refusedEn.body());

    // the accepted ones were mailed; the refused address got nothing and has no account
    citizens.mail(lastAccepted, "verify=");
    assertEquals(0, citizens.count(refusedEmail), "no mail for a refused registration");
    Http login = new Http(base);
    Http.Res noAccount =
        login.post(
            "api/auth/login",
            "{\"username\":\"" + refusedEmail + "\",\"password\":\"" + Citizens.PASSWORD + "\"}");
    assertEquals(401, noAccount.status(), noAccount.body());
  }

  @Test
  void passwordResetRequestsFromOneAddressAreLimitedWhetherOrNotTheAddressIsKnown() {
    List<Http> two = twoCitizens();
    Citizens citizens = citizens();
    Http anonymous = new Http(base);
    anonymous.language = "en";
    Http.Res invalid = anonymous.post("api/accounts/password-reset", "{\"email\":\"bozuk\"}");
    assertEquals(400, invalid.status(), invalid.body());
    assertEquals(List.of("email"), invalid.problemFields());

    String known = two.get(1).email;
    assertEquals(
        202,
        anonymous.post("api/accounts/password-reset", "{\"email\":\"" + known + "\"}").status());
    for (int i = 1; i < RESETS_PER_HOUR; i++) {
      assertEquals(
          202,
          anonymous
              .post(
                  "api/accounts/password-reset",
                  "{\"email\":\"" + Citizens.newEmail("bilinmeyen") + "\"}")
              .status(),
          "unknown addresses count the same: request " + i);
    }
    String alsoKnown = two.get(0).email;
    long mailsBefore = citizens.count(alsoKnown);
    Http.Res refused =
        anonymous.post("api/accounts/password-reset", "{\"email\":\"" + alsoKnown + "\"}");
    assertRefused(refused, "password-reset-rate-limited", 3600 / RESETS_PER_HOUR, "seconds");
    assertTrue(refused.json().getString("detail").contains("no e-mail was sent"), refused.body());

    Http turkish = new Http(base);
    Http.Res refusedTr =
        turkish.post("api/accounts/password-reset", "{\"email\":\"" + alsoKnown + "\"}");
    assertRefused(refusedTr, "password-reset-rate-limited", 3600 / RESETS_PER_HOUR, "saniye");

    citizens.mail(
        known,
        "reset="); // the accepted request was mailed (and the mail pipeline has caught up) ...
    assertEquals(mailsBefore, citizens.count(alsoKnown), "... the refused ones were not");
    assertFalse(refused.json().containsKey("errors"), "no field is at fault");
  }
}
