package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Proposal journeys in Chromium, in Turkish and English, each page checked with axe-core: reading without
 * JavaScript's help (server-rendered list and page), making a proposal with the similar-proposal hint and supporting
 * that one instead, supporting and commenting, and flagging → moderating.
 */
class ProposalsBrowserIT extends BrowserJourney {

  private static GreenMail smtp;

  @BeforeAll
  static void startSmtp() {
    int port = Integer.parseInt(System.getProperty("kentsesi.it.smtpPort", "3025"));
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  private Citizens citizens() {
    return new Citizens(base, smtp);
  }

  private static String tag() {
    return ProposalsApiIT.letters();
  }

  private long seed(Http author, String title, String body) {
    Http.Res r = author.post("api/proposals", Json.createObjectBuilder().add("title", title).add("body", body)
        .add("departmentCode", "PARK").build().toString());
    assertEquals(201, r.status(), r.body());
    return r.json().getJsonNumber("id").longValue();
  }

  private void citizenLogIn(String lang, Http citizen, String next) {
    browser.open(url("/account.html?lang=" + lang + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    browser.waitForLang(lang);
    browser.find("#login-email").sendKeys(citizen.email);
    browser.find("#login-password").sendKeys(Citizens.PASSWORD, Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains(next.replaceAll("\\?.*", "")) ? true : null);
  }

  /** Waits until the element shows the text (the page may reload meanwhile). */
  private void waitForText(String id, String part) {
    browser.waitFor(d -> {
      try {
        return d.findElement(By.id(id)).getText().contains(part) ? true : null;
      } catch (org.openqa.selenium.WebDriverException reloading) {
        return null;
      }
    });
  }

  private String text(String css) {
    return browser.find(css).getText();
  }

  @Test
  void pagesReadAndPassAxeInBothLanguages() {
    Http author = citizens().verified("Okunur Yazar");
    String tag = tag();
    long id = seed(author, "Sahile çeşme yapılsın " + tag, "Sahil yürüyüş yolunda hiç içme suyu çeşmesi yok.\n\n"
        + "Yazın çok sıcak oluyor. <b>kalın değil</b>");
    for (String lang : new String[] {"tr", "en"}) {
      browser.open(url("/proposals.html?lang=" + lang + "&q=" + tag));
      browser.waitForLang(lang);
      assertTrue(text("#proposal-list").contains("Sahile çeşme yapılsın " + tag));
      assertEquals(lang.equals("tr") ? "1 öneri bulundu." : "1 proposals found.", text("#result-count"));
      browser.assertAccessible("proposals list (" + lang + ")");
      browser.driver.findElement(By.linkText("Sahile çeşme yapılsın " + tag)).click();
      browser.waitForLang(lang);
      assertTrue(text("#proposal-body").contains("<b>kalın değil</b>"), "escaped, shown as text");
      assertTrue(text("#proposal-state").equals(lang.equals("tr") ? "Yayında" : "Published"));
      browser.find("#login-to-act");
      browser.assertAccessible("proposal page (" + lang + ")");
      browser.open(url("/proposal-new.html?lang=" + lang));
      browser.find("#new-login");
      browser.assertAccessible("new proposal, logged out (" + lang + ")");
      browser.open(url("/account.html?lang=" + lang));
      browser.find("#register-form");
      browser.waitFor(d -> !d.findElement(By.id("kvkk-text")).getText().isBlank() ? true : null);
      browser.assertAccessible("account page (" + lang + ")");
    }
    assertTrue(id > 0);
  }

  @Test
  void aCitizenTypingAProposalSeesASimilarOneAndSupportsItInstead() {
    Http author = citizens().verified("İlk Önerici");
    String tag = tag();
    long existing = seed(author, "Göl kıyısına bisiklet yolu " + tag, "Küçükçekmece gölü kıyısı boyunca güvenli bir "
        + "bisiklet yolu yapılsın. " + tag);
    Http citizen = citizens().verified("İkinci Vatandaş");
    citizenLogIn("tr", citizen, "/proposal-new.html");
    browser.find("#new-title").sendKeys("Gölün kıyısında bisiklet yolu olsun " + tag);
    browser.find("#new-body").sendKeys("Göl kıyısında bisiklet sürmek için ayrı bir yol gerekiyor. " + tag);
    browser.find("#support-instead-" + existing);
    assertTrue(text("#similar-list").contains("Göl kıyısına bisiklet yolu " + tag));
    browser.assertAccessible("new proposal with similar hints (tr)");
    browser.find("#support-instead-" + existing).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/proposal.html?id=" + existing) ? true : null);
    waitForText("action-status", "desteklediniz");
    assertTrue(text("#support-count").startsWith("1 destek"), text("#support-count"));
    browser.find("#unsupport-button");
    browser.assertAccessible("proposal after supporting (tr)");
  }

  @Test
  void aCitizenMakesAProposalSupportsAndCommentsInEnglish() {
    Http citizen = citizens().verified("Jane");
    String tag = tag();
    citizenLogIn("en", citizen, "/proposal-new.html");
    browser.find("#new-title").sendKeys("Benches in the park " + tag);
    browser.find("#new-body").sendKeys("The park by the lake has no benches; older people cannot rest. " + tag);
    browser.find("#new-submit").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/proposal.html?id=") ? true : null);
    browser.waitForLang("en");
    assertEquals("Benches in the park " + tag, text("#proposal-title"));
    waitForText("action-status", "published");
    browser.find("#support-button").click();
    waitForText("action-status", "Your support was recorded");
    assertTrue(text("#support-count").startsWith("1 supports"), text("#support-count"));
    browser.find("#comment-form-text").sendKeys("I would add shade trees as well.");
    browser.find("#comment-form-submit").click();
    waitForText("action-status", "comment was added");
    assertTrue(text("#comments").contains("I would add shade trees as well."));
    browser.assertAccessible("proposal with a comment (en)");
  }

  @Test
  void aFlaggedProposalIsHiddenByAModeratorWithAPublicNote() {
    Http author = citizens().verified("Reklamcı");
    String tag = tag();
    long id = seed(author, "Firmamızı arayın " + tag, "En ucuz boya badana hizmeti için bizi arayın. " + tag);
    Http citizen = citizens().verified("Dikkatli Vatandaş");
    citizenLogIn("tr", citizen, "/proposal.html?id=" + id);
    browser.find("#flag-open").click();
    browser.find("#flag-form-text").sendKeys("Reklam içeriyor");
    browser.find("#flag-form-submit").click();
    waitForText("action-status", "moderatörlere iletildi");

    browser.open(url("/login.html?lang=en"));
    browser.waitForLang("en");
    browser.find("#username").sendKeys("moderator");
    browser.find("#password").sendKeys(Deployments.DEMO_PASSWORD, Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("/staff.html") ? true : null);
    browser.open(url("/moderation.html?lang=en"));
    browser.waitForLang("en");
    browser.find("#queue-proposals-" + id);
    assertTrue(text("#queue-proposals-" + id).contains("Reklam içeriyor"));
    browser.assertAccessible("moderation queue (en)");
    browser.find("#hide-reason-proposals-" + id).sendKeys("Commercial advertising");
    browser.find("#hide-proposals-" + id).click();
    waitForText("moderation-status", "Done");
    assertTrue(browser.driver.findElements(By.id("queue-proposals-" + id)).isEmpty());

    browser.open(url("/proposal.html?id=" + id + "&lang=en"));
    browser.waitForLang("en");
    assertEquals("Hidden by moderation: Commercial advertising", text("#moderation-note"));
    browser.assertAccessible("hidden proposal (en)");
  }

  @Test
  void anOfficialAnswersFromTheDepartmentQueue() {
    Http author = citizens().verified("Parkçı");
    String tag = tag();
    long id = seed(author, "Parka içme suyu çeşmesi " + tag, "Parkta hiç çeşme yok, yazın çocuklar susuz kalıyor. "
        + tag);
    browser.open(url("/login.html?lang=tr"));
    browser.waitForLang("tr");
    browser.find("#username").sendKeys("yetkili.park");
    browser.find("#password").sendKeys(Deployments.DEMO_PASSWORD, Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("/staff.html") ? true : null);
    browser.open(url("/proposals-admin.html?lang=tr"));
    browser.find("#office-" + id);
    browser.assertAccessible("officials' proposal queue (tr)");
    new org.openqa.selenium.support.ui.Select(browser.find("#answer-state-" + id)).selectByValue("ACCEPTED");
    browser.find("#answer-reason-" + id).sendKeys("Çeşme önümüzdeki ay yapılacak.");
    browser.find("#answer-" + id).click();
    waitForText("office-status", "Kaydedildi");
    browser.find("#milestone-" + id);
    browser.open(url("/proposal.html?id=" + id + "&lang=tr"));
    assertEquals("Kabul edildi", text("#proposal-state"));
    assertTrue(text("#proposal-answer").contains("Çeşme önümüzdeki ay yapılacak."));
    browser.assertAccessible("accepted proposal (tr)");
  }
}
