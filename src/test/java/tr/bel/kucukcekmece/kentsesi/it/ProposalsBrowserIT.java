package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Proposal journeys in Chromium, in Turkish and English, each page checked with axe-core: reading
 * without JavaScript's help (server-rendered list and page), making a proposal with the
 * similar-proposal hint and supporting that one instead, supporting and commenting, editing and
 * deleting one's own comment with the keyboard, flagging → moderating, and the moderators' word
 * list.
 *
 * <p>Longer than the ~400 lines we aim for: it holds the participation journeys in the browser, one
 * test per behaviour of the feature it covers, and the fixtures they share; cut by size alone it
 * would scatter one feature's behaviours over classes with no seam between them.
 */
class ProposalsBrowserIT extends BrowserJourney {

  private final GreenMail smtp = SharedMail.server();

  private Citizens citizens() {
    return new Citizens(base, smtp);
  }

  private static String tag() {
    return ProposalsApiIT.letters();
  }

  private long seed(Http author, String title, String body) {
    Http.Res r =
        author.post(
            "api/proposals",
            Json.createObjectBuilder()
                .add("title", title)
                .add("body", body)
                .add("departmentCode", "PARK")
                .build()
                .toString());
    assertEquals(201, r.status(), r.body());
    return r.json().getJsonNumber("id").longValue();
  }

  private void citizenLogIn(String lang, Http citizen, String next) {
    browser.open(
        url(
            "/account.html?lang="
                + lang
                + "&next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    browser.waitForLang(lang);
    browser.find("#login-email").sendKeys(citizen.email);
    browser.find("#login-password").sendKeys(Citizens.PASSWORD, Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains(next.replaceAll("\\?.*", "")) ? true : null);
  }

  /** Waits until the element shows the text (the page may reload meanwhile). */
  private void waitForText(String id, String part) {
    browser.waitFor(
        d -> {
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

  /** The id of the element that has the keyboard focus. */
  private String focused() {
    return (String)
        browser.script("return document.activeElement ? document.activeElement.id : null;");
  }

  private long comment(Http author, long proposal, String text) {
    Http.Res r =
        author.post(
            "api/proposals/" + proposal + "/comments",
            Json.createObjectBuilder().add("text", text).build().toString());
    assertEquals(201, r.status(), r.body());
    return r.json().getJsonNumber("id").longValue();
  }

  @Test
  void pagesReadAndPassAxeInBothLanguages() {
    Http author = citizens().verified("Okunur Yazar");
    String tag = tag();
    long id =
        seed(
            author,
            "Sahile çeşme yapılsın " + tag,
            "Sahil yürüyüş yolunda hiç içme suyu çeşmesi yok.\n\n"
                + "Yazın çok sıcak oluyor. <b>kalın değil</b>");
    for (String lang : new String[] {"tr", "en"}) {
      browser.open(url("/proposals.html?lang=" + lang + "&q=" + tag));
      browser.waitForLang(lang);
      assertTrue(text("#proposal-list").contains("Sahile çeşme yapılsın " + tag));
      assertEquals(
          lang.equals("tr") ? "1 öneri bulundu." : "1 proposals found.", text("#result-count"));
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
  void aNextParameterPointingElsewhereLandsOnThePortalsOwnAccountPage() {
    Http citizen = citizens().verified("Yönlendirilmeyen");
    String home = url("/account.html");
    List<String> payloads =
        List.of(
            "/\\127.0.0.1:18926/x",
            "//127.0.0.1:18926/x",
            "/%5C127.0.0.1:18926/x",
            "/%2F127.0.0.1:18926/x",
            "/%252F%252F127.0.0.1:18926/x",
            "/\t/127.0.0.1:18926/x",
            "https://127.0.0.1:18926/x",
            "javascript:alert(1)",
            "\\127.0.0.1:18926/x",
            "/ /127.0.0.1:18926/x");
    for (String next : payloads) {
      browser.driver.manage().deleteAllCookies();
      browser.open(
          url("/account.html?lang=tr&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
      browser.find("#login-email").sendKeys(citizen.email);
      browser.find("#login-password").sendKeys(Citizens.PASSWORD, Keys.ENTER);
      String landed =
          browser.waitFor(d -> d.getCurrentUrl().contains("next=") ? null : d.getCurrentUrl());
      assertEquals(home, landed, "after login with next=" + next);
    }
    browser.driver.manage().deleteAllCookies();
    citizenLogIn("tr", citizen, "/proposals.html?q=park#proposal-list");
    assertEquals(url("/proposals.html?q=park#proposal-list"), browser.driver.getCurrentUrl());
  }

  @Test
  void aCitizenTypingAProposalSeesASimilarOneAndSupportsItInstead() {
    Http author = citizens().verified("İlk Önerici");
    String tag = tag();
    long existing =
        seed(
            author,
            "Göl kıyısına bisiklet yolu " + tag,
            "Küçükçekmece gölü kıyısı boyunca güvenli bir " + "bisiklet yolu yapılsın. " + tag);
    Http citizen = citizens().verified("İkinci Vatandaş");
    citizenLogIn("tr", citizen, "/proposal-new.html");
    browser.find("#new-title").sendKeys("Gölün kıyısında bisiklet yolu olsun " + tag);
    browser
        .find("#new-body")
        .sendKeys("Göl kıyısında bisiklet sürmek için ayrı bir yol gerekiyor. " + tag);
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
    browser
        .find("#new-body")
        .sendKeys("The park by the lake has no benches; older people cannot rest. " + tag);
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
  void anAuthorEditsAndDeletesTheirOwnCommentWithTheKeyboardInBothLanguages() {
    Http author = citizens().verified("Düzelten Yorumcu");
    Http neighbour = citizens().verified("Komşu");
    String tag = tag();
    long id =
        seed(
            neighbour,
            "Durağa sundurma yapılsın " + tag,
            "Otobüs durağında yağmurda bekleyecek bir yer yok. " + tag);
    long others = comment(neighbour, id, "Komşunun yorumu, ona dokunulamaz.");
    citizenLogIn("tr", author, "/proposal.html?id=" + id);
    for (String lang : new String[] {"tr", "en"}) {
      boolean tr = lang.equals("tr");
      long cid =
          comment(
              author, id, tr ? "Sundurmaya oturak da eklenmeli." : "The shelter needs a bench.");
      String edit = "comment-edit-" + cid;
      browser.open(url("/proposal.html?id=" + id + "&lang=" + lang));
      browser.waitForLang(lang);
      WebElement toggle = browser.find("#" + edit);
      assertEquals(tr ? "Düzenle" : "Edit", toggle.getText());
      assertEquals("false", toggle.getAttribute("aria-expanded"));
      browser.find("#comment-delete-" + cid);
      assertTrue(
          browser.driver.findElements(By.id("comment-edit-" + others)).isEmpty(),
          "not on someone else's");
      assertTrue(browser.driver.findElements(By.id("comment-delete-" + others)).isEmpty());

      // open with the keyboard: the text is in the field, which has the focus
      toggle.sendKeys(Keys.ENTER);
      WebElement field = browser.find("#" + edit + "-text");
      assertEquals(edit + "-text", focused());
      assertEquals("true", toggle.getAttribute("aria-expanded"));
      assertEquals(
          tr ? "Sundurmaya oturak da eklenmeli." : "The shelter needs a bench.",
          field.getAttribute("value"));
      assertEquals(
          tr ? "Yorumunuzu değiştirin" : "Change your comment",
          text("label[for='" + edit + "-text']"));
      assertTrue(
          text("#" + edit + "-hint")
              .startsWith(tr ? "Değiştirebileceğiniz son saat: " : "You can change it " + "until "),
          text("#" + edit + "-hint"));
      browser.assertAccessible("editing a comment (" + lang + ")");

      // Escape cancels and gives the focus back to the button
      field.sendKeys(Keys.ESCAPE);
      browser.waitFor(d -> d.findElement(By.id(edit + "-form")).isDisplayed() ? null : true);
      assertEquals(edit, focused());
      assertEquals("false", toggle.getAttribute("aria-expanded"));

      // an empty text: the server's message under the field, in the page's language
      toggle.sendKeys(Keys.ENTER);
      field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      browser.find("#" + edit + "-save").click();
      waitForText(edit + "-text-error", tr ? "Bu alan zorunludur." : "This field is required.");
      assertEquals("true", field.getAttribute("aria-invalid"));
      assertTrue(field.getAttribute("aria-describedby").contains(edit + "-text-error"));
      assertEquals(edit + "-text", focused(), "the field at fault has the focus");
      browser.assertAccessible("comment edit with an error (" + lang + ")");

      // the new text, saved from the keyboard (Tab to Save, Enter)
      String changed =
          (tr ? "Sundurmaya oturak ve ışık eklenmeli " : "The shelter needs a bench and a light ")
              + tag
              + " <b>";
      field.sendKeys(changed);
      browser.script("document.getElementById(arguments[0]).focus();", edit + "-text");
      browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
      assertEquals(edit + "-save", focused());
      browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      waitForText("comment-status", tr ? "Yorumunuz değiştirildi." : "Your comment was changed.");
      assertEquals(
          changed, text("#comment-" + cid + " > .comment-text"), "escaped, shown as typed");
      assertEquals(tr ? "düzenlendi" : "edited", text("#comment-" + cid + " .comment-edited"));
      assertEquals(edit, focused(), "the focus is back on the button");
      assertNull(field.getAttribute("aria-invalid"));
      browser.assertAccessible("comment after editing (" + lang + ")");

      // saved for everyone: the page as the server renders it
      browser.open(url("/proposal.html?id=" + id + "&lang=" + lang));
      browser.waitForLang(lang);
      assertEquals(changed, text("#comment-" + cid + " > .comment-text"));
      assertEquals(tr ? "düzenlendi" : "edited", text("#comment-" + cid + " .comment-edited"));

      browser.find("#comment-delete-" + cid).click();
      waitForText("action-status", tr ? "Yorumunuz silindi." : "Your comment was deleted.");
      assertEquals(tr ? "silindi" : "deleted", text("#comment-" + cid + " > .comment-text"));
      assertTrue(browser.driver.findElements(By.id(edit)).isEmpty(), "nothing left to edit");
      assertTrue(text("#comments").contains("Komşunun yorumu, ona dokunulamaz."));
    }
    JsonObject after = neighbour.get("api/proposals/" + id).json();
    assertEquals(3, after.getJsonArray("comments").size());
    assertEquals(
        2,
        after.getJsonArray("comments").stream()
            .filter(c -> c.asJsonObject().getBoolean("deleted"))
            .count());
  }

  @Test
  void aModeratorEditsTheWordListInBothLanguages() {
    Http api = new Http(base);
    api.login("moderator", SharedPortal.DEMO_PASSWORD);
    JsonObject before = api.get("api/admin/moderation/words").json();
    browser.open(url("/login.html?lang=tr"));
    browser.waitForLang("tr");
    browser.find("#username").sendKeys("moderator");
    browser.find("#password").sendKeys(SharedPortal.DEMO_PASSWORD, Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("/staff.html") ? true : null);
    try {
      for (String lang : new String[] {"tr", "en"}) {
        boolean tr = lang.equals("tr");
        String trWord = "kaba" + tag();
        String enWord = "rude" + tag();
        JsonObject current = api.get("api/admin/moderation/words").json();
        String trLines = String.join("\n", strings(current, "tr"));
        String enLines = String.join("\n", strings(current, "en"));
        browser.open(url("/moderation.html?lang=" + lang));
        browser.waitForLang(lang);
        WebElement save = browser.find("#words-save");
        browser.waitFor(d -> save.isEnabled() ? true : null);
        WebElement trList = browser.find("#words-tr");
        WebElement enList = browser.find("#words-en");
        assertEquals(trLines, trList.getAttribute("value"), "the list as loaded, one word a line");
        assertEquals(enLines, enList.getAttribute("value"));
        assertEquals(tr ? "Türkçe sözcükler" : "Turkish words", text("label[for='words-tr']"));
        assertEquals(tr ? "İngilizce sözcükler" : "English words", text("label[for='words-en']"));
        browser.assertAccessible("word list (" + lang + ")");

        // one bad word in each list: each is named under its own list
        trList.clear();
        trList.sendKeys(trLines + "\n" + trWord + "\nx\n\n");
        enList.clear();
        enList.sendKeys(enLines + "\n" + enWord + "\nbad word");
        save.click();
        waitForText("words-en-error", tr ? "Geçersiz sözcük: bad word" : "Invalid word: bad word");
        assertTrue(
            text("#words-tr-error").contains(tr ? "Geçersiz sözcük: x " : "Invalid word: x "),
            text("#words-tr-error"));
        assertEquals("true", trList.getAttribute("aria-invalid"));
        assertEquals("true", enList.getAttribute("aria-invalid"));
        assertEquals(
            "words-problem", focused(), "the summary with links to both lists has the focus");
        assertEquals(2, browser.driver.findElements(By.cssSelector("#words-problem a")).size());
        assertFalse(api.get("api/admin/moderation/words").body().contains(trWord), "nothing saved");
        browser.assertAccessible("word list with errors (" + lang + ")");

        // corrected, and saved from the keyboard
        trList.clear();
        trList.sendKeys(trLines + "\n" + trWord);
        enList.clear();
        enList.sendKeys(enLines + "\n\n" + enWord);
        save.sendKeys(Keys.ENTER);
        waitForText("words-status", tr ? "Sözcük listesi kaydedildi" : "The word list was saved");
        JsonObject saved = api.get("api/admin/moderation/words").json();
        assertTrue(strings(saved, "tr").contains(trWord), saved.toString());
        assertTrue(strings(saved, "en").contains(enWord), saved.toString());
        assertFalse(saved.toString().contains("bad word"), saved.toString());
        assertEquals(
            tr
                ? "Sözcük listesi kaydedildi: "
                    + strings(saved, "tr").size()
                    + " Türkçe ve "
                    + strings(saved, "en").size()
                    + " İngilizce sözcük."
                : "The word list was saved: "
                    + strings(saved, "tr").size()
                    + " Turkish and "
                    + strings(saved, "en").size()
                    + " English words.",
            text("#words-status"));
        assertEquals(
            String.join("\n", strings(saved, "en")),
            enList.getAttribute("value"),
            "as the server keeps it");
        assertNull(trList.getAttribute("aria-invalid"));
        assertNull(enList.getAttribute("aria-invalid"));
        for (String box : List.of("words-problem", "words-tr-error", "words-en-error")) {
          assertEquals(
              "", browser.driver.findElement(By.id(box)).getText(), box + " is empty again");
        }
        browser.assertAccessible("word list saved (" + lang + ")");
      }
    } finally {
      Http.Res restored =
          api.put(
              "api/admin/moderation/words",
              Json.createObjectBuilder()
                  .add("tr", before.getJsonArray("tr"))
                  .add("en", before.getJsonArray("en"))
                  .build()
                  .toString());
      assertEquals(200, restored.status(), restored.body());
    }
  }

  private static List<String> strings(JsonObject words, String lang) {
    return words.getJsonArray(lang).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  @Test
  void aFlaggedProposalIsHiddenByAModeratorWithAPublicNote() {
    Http author = citizens().verified("Reklamcı");
    String tag = tag();
    long id =
        seed(
            author,
            "Firmamızı arayın " + tag,
            "En ucuz boya badana hizmeti için bizi arayın. " + tag);
    Http citizen = citizens().verified("Dikkatli Vatandaş");
    citizenLogIn("tr", citizen, "/proposal.html?id=" + id);
    browser.find("#flag-open").click();
    browser.find("#flag-form-text").sendKeys("Reklam içeriyor");
    browser.find("#flag-form-submit").click();
    waitForText("action-status", "moderatörlere iletildi");

    browser.open(url("/login.html?lang=en"));
    browser.waitForLang("en");
    browser.find("#username").sendKeys("moderator");
    browser.find("#password").sendKeys(SharedPortal.DEMO_PASSWORD, Keys.ENTER);
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
    long id =
        seed(
            author,
            "Parka içme suyu çeşmesi " + tag,
            "Parkta hiç çeşme yok, yazın çocuklar susuz kalıyor. " + tag);
    browser.open(url("/login.html?lang=tr"));
    browser.waitForLang("tr");
    browser.find("#username").sendKeys("yetkili.park");
    browser.find("#password").sendKeys(SharedPortal.DEMO_PASSWORD, Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("/staff.html") ? true : null);
    browser.open(url("/proposals-admin.html?lang=tr"));
    browser.find("#office-" + id);
    browser.assertAccessible("officials' proposal queue (tr)");
    new org.openqa.selenium.support.ui.Select(browser.find("#answer-state-" + id))
        .selectByValue("ACCEPTED");
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
