package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The assistant in real Chromium, in both languages: a conversation on the assistant page (an
 * answer quoted from the shipped content with its source, a follow-up in the same conversation, a
 * rating, an honest "I don't know" with the hand-off into the feedback form), the chat panel opened
 * from the home page by keyboard, the source page, and the editors' page (re-indexing with
 * progress, upload, the unanswered questions). Every page is checked with axe-core.
 *
 * <p>Longer than the ~400 lines we aim for: it holds the assistant's journeys in the browser, one
 * test per behaviour of the feature it covers, and the fixtures they share; cut by size alone it
 * would scatter one feature's behaviours over classes with no seam between them.
 */
class AssistantBrowserIT extends BrowserJourney {

  private static boolean tr(String lang) {
    return "tr".equals(lang);
  }

  private static String unanswerable(String lang) {
    return tr(lang) ? "Mars'ta hava nasıl?" : "What is the weather like on Mars?";
  }

  // ---- a conversation on the assistant page
  // ---------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"tr", "en"})
  void conversationWithSourcesFollowUpRatingAndHandOff(String lang) {
    openAssistant(lang);
    assertEquals(1, browser.driver.findElements(By.tagName("h1")).size());
    assertTrue(
        browser.driver.findElements(By.id("assistant-open")).isEmpty(),
        "no panel button on the page itself");
    assertEquals("page", browser.find("#nav-assistant").getAttribute("aria-current"));
    browser.assertAccessible("assistant page (" + lang + ")");

    // An empty question is refused next to the field, in the page language.
    browser.find("#assistant-submit").click();
    WebElement error = waitForText("#assistant-error", text -> !text.isBlank());
    assertEquals(tr(lang) ? "Lütfen bir soru yazın." : "Please type a question.", error.getText());
    assertEquals("true", browser.find("#assistant-question").getAttribute("aria-invalid"));
    assertTrue(
        browser
            .find("#assistant-question")
            .getAttribute("aria-describedby")
            .contains("assistant-error"));
    browser.assertAccessible("assistant page with an error (" + lang + ")");

    // 1. A question the shipped content answers, sent with Enter.
    WebElement input = browser.find("#assistant-question");
    String question = tr(lang) ? "cop ne zaman aliniyor" : "When is rubbish collected?";
    input.sendKeys(question);
    waitForText("#assistant-count", text -> text.startsWith(String.valueOf(question.length())));
    input.sendKeys(Keys.ENTER);
    WebElement first = waitForTurn("assistant", 1);
    assertTrue(text("#assistant-error").isBlank(), "the error is gone");
    assertEquals(
        "", browser.find("#assistant-question").getAttribute("value"), "the field is emptied");
    assertEquals("assistant-question", activeId(), "the focus stays in the field");
    WebElement answer = first.findElement(By.cssSelector(".chat-answer-text"));
    assertFalse(answer.getText().isBlank());
    String live = waitForContent("#assistant-live", text -> !text.isBlank());
    assertTrue(live.contains(answer.getText()), "the live region announces the answer: " + live);
    assertEquals("status", element("#assistant-live").getAttribute("role"));
    assertEquals("polite", element("#assistant-live").getAttribute("aria-live"));
    String confidence = first.findElement(By.cssSelector(".chat-confidence")).getText();
    assertTrue(confidence.startsWith(tr(lang) ? "Güven:" : "Confidence:"), confidence);
    List<WebElement> sources = first.findElements(By.cssSelector("a.chat-source"));
    assertFalse(sources.isEmpty(), "the answer links its source");
    String sourceHref = sources.get(0).getDomAttribute("href");
    String expectedDocument = tr(lang) ? "cop-toplama" : "waste-collection";
    assertTrue(
        sources.stream()
            .anyMatch(
                a ->
                    a.getDomAttribute("href")
                        .startsWith("/source.html?id=" + expectedDocument + "#p")),
        "cites " + expectedDocument + ": " + sourceHref);
    assertTrue(sourceHref.matches("/source\\.html\\?id=[^#]+#p\\d+"), sourceHref);
    String conversationId = storedConversationId();
    assertNotNull(conversationId, "the conversation id is kept");
    browser.assertAccessible("assistant answered (" + lang + ")");

    // 2. A follow-up in the same conversation.
    browser
        .find("#assistant-question")
        .sendKeys(
            tr(lang) ? "Çöpüm alınmadıysa ne yapmalıyım?" : "What if my rubbish was not collected?",
            Keys.ENTER);
    WebElement second = waitForTurn("assistant", 2);
    assertFalse(
        second.findElements(By.cssSelector(".chat-answer-text")).isEmpty(), second.getText());
    assertEquals(
        conversationId, storedConversationId(), "the follow-up continues the conversation");
    assertFalse(second.findElements(By.cssSelector("a.chat-source")).isEmpty());

    // 3. Rating the first answer.
    WebElement yes = first.findElement(By.cssSelector(".chat-rate-yes"));
    assertEquals(
        tr(lang) ? "Yararlı mı?" : "Was this helpful?",
        first.findElement(By.cssSelector(".chat-rating-question")).getText());
    yes.click();
    WebElement thanks =
        browser.waitFor(
            d -> {
              WebElement status = first.findElement(By.cssSelector(".chat-rating-status"));
              return status.getText().isBlank() ? null : status;
            });
    assertTrue(
        thanks.getText().startsWith(tr(lang) ? "Teşekkürler" : "Thank you"), thanks.getText());
    assertFalse(yes.isEnabled(), "a rated answer cannot be rated again");
    assertFalse(first.findElement(By.cssSelector(".chat-rate-no")).isEnabled());
    assertEquals("true", yes.getAttribute("aria-pressed"));
    browser.assertAccessible("assistant rated (" + lang + ")");

    // 4. Something the content cannot answer: "I don't know", the closest documents and the
    // hand-off.
    browser.find("#assistant-question").sendKeys(unanswerable(lang), Keys.ENTER);
    WebElement third = waitForTurn("assistant", 3);
    WebElement unknown = third.findElement(By.cssSelector(".chat-answer"));
    assertTrue(unknown.getAttribute("class").contains("chat-unknown"), unknown.getText());
    String dontKnow = tr(lang) ? "bulamadım" : "could not find";
    assertTrue(unknown.getText().contains(dontKnow), unknown.getText());
    assertTrue(
        third.findElements(By.cssSelector(".chat-answer-text")).isEmpty(), "no quoted answer");
    waitForContent("#assistant-live", text -> text.contains(dontKnow));
    WebElement handoff = third.findElement(By.cssSelector("a.chat-handoff-link"));
    assertEquals(tr(lang) ? "Talep oluştur" : "Create a request", handoff.getText());
    assertTrue(
        handoff.getDomAttribute("href").startsWith("/feedback.html?"),
        handoff.getDomAttribute("href"));
    browser.assertAccessible("assistant does not know (" + lang + ")");

    // The hand-off lands on the feedback form with the question as the comment of a request.
    handoff.click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/feedback.html") ? true : null);
    browser.waitForLang(lang);
    WebElement comment =
        browser.waitFor(
            d -> {
              WebElement c = d.findElement(By.id("comment"));
              return c.getAttribute("value").isBlank() ? null : c;
            });
    assertTrue(comment.getAttribute("value").contains("Mars"), comment.getAttribute("value"));
    assertTrue(browser.find("#kind-REQUEST").isSelected(), "the hand-off is a request");
    browser.assertAccessible("feedback form from the hand-off (" + lang + ")");

    // The cited passage on the source page.
    browser.open(url(sourceHref.replace("#", "&lang=" + lang + "#")));
    String passage = sourceHref.substring(sourceHref.indexOf('#') + 1);
    WebElement quoted =
        browser.waitFor(
            d -> {
              List<WebElement> found = d.findElements(By.cssSelector("#" + passage + ".is-quoted"));
              return found.isEmpty() ? null : found.get(0);
            });
    assertEquals(passage, activeId(), "the quoted passage takes the focus");
    assertTrue(
        quoted
            .getText()
            .contains(
                tr(lang) ? "Asistanın alıntıladığı bölüm" : "The passage the assistant quoted"));
    assertEquals(1, browser.driver.findElements(By.cssSelector(".is-quoted")).size());
    assertFalse(browser.find("#source-title").getText().isBlank());
    assertEquals(
        lang,
        browser.find("#source-title").getAttribute("lang"),
        "the document is in the page language");

    // Back on the assistant page, the conversation is still there.
    browser.open(url("/assistant.html?lang=" + lang));
    waitForTurn("assistant", 3);
    assertFalse(
        browser.find("#assistant-transcript .chat-rate-yes").isEnabled(),
        "the rating is remembered");
    browser.find("#assistant-new").click();
    browser.waitFor(
        d ->
            d.findElements(By.cssSelector("#assistant-transcript li.chat-turn")).isEmpty()
                ? true
                : null);
    assertEquals(null, storedConversationId(), "a new conversation forgets the old id");
    assertEquals("assistant-question", activeId());
  }

  // ---- the chat panel from any page
  // -----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"tr", "en"})
  void chatPanelOpensByKeyboardAndClosesWithEscape(String lang) {
    browser.open(url("/?lang=" + lang));
    browser.waitForLang(lang);
    WebElement button = browser.find("#assistant-open");
    assertEquals(tr(lang) ? "Asistana sor" : "Ask the assistant", button.getText());
    assertEquals("false", button.getAttribute("aria-expanded"));
    assertFalse(browser.driver.findElement(By.id("assistant-panel")).isDisplayed());
    browser.assertAccessible("home with the assistant button (" + lang + ")");

    // Skip link, brand, then the assistant button.
    WebElement body = browser.driver.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    for (int i = 0; i < 5 && !"assistant-open".equals(activeId()); i++) {
      browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertEquals("assistant-open", activeId(), "the button is reached with Tab");
    browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    browser.waitFor(d -> "assistant-panel-question".equals(activeId()) ? true : null);
    assertTrue(browser.find("#assistant-panel").isDisplayed());
    assertEquals("true", button.getAttribute("aria-expanded"));
    assertEquals("dialog", browser.find("#assistant-panel").getAttribute("role"));
    browser.assertAccessible("home with the assistant panel (" + lang + ")");

    browser
        .driver
        .switchTo()
        .activeElement()
        .sendKeys(
            tr(lang)
                ? "Nikah başvurusu için hangi belgeler gerekli?"
                : "Which documents do I need to get married?",
            Keys.ENTER);
    WebElement turn = waitForTurn("assistant-panel", 1);
    waitForContent("#assistant-panel-live", text -> !text.isBlank());
    assertFalse(turn.findElements(By.cssSelector(".chat-answer")).isEmpty());
    browser.assertAccessible("assistant panel with an answer (" + lang + ")");

    browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    browser.waitFor(d -> d.findElement(By.id("assistant-panel")).isDisplayed() ? null : true);
    assertEquals("assistant-open", activeId(), "Escape returns the focus to the button");
    assertEquals("false", button.getAttribute("aria-expanded"));

    browser.driver.switchTo().activeElement().sendKeys(Keys.SPACE);
    browser.waitFor(d -> "assistant-panel-question".equals(activeId()) ? true : null);
    assertEquals(
        1,
        browser
            .driver
            .findElements(By.cssSelector("#assistant-panel-transcript li.chat-turn"))
            .size(),
        "the panel keeps the conversation");
    browser.find("#assistant-close").click();
    assertEquals("assistant-open", activeId());

    // The full page continues the panel's conversation.
    browser.open(url("/assistant.html?lang=" + lang));
    waitForTurn("assistant", 1);
  }

  // ---- the source page
  // ------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"tr", "en"})
  void sourcePageShowsADocumentAndMarksThePassage(String lang) throws IOException {
    String id = tr(lang) ? "cop-toplama" : "waste-collection";
    browser.open(url("/source.html?id=" + id + "&lang=" + lang + "#p2"));
    browser.waitForLang(lang);
    String title = frontMatter(lang, id, "title");
    waitForText("#source-title", title::equals);
    WebElement quoted = browser.find("#p2.is-quoted");
    assertEquals("p2", activeId());
    String heading =
        tr(lang)
            ? "Çöpümü ne zaman ve nasıl dışarı çıkarmalıyım?"
            : "How should I put my rubbish out?";
    assertTrue(quoted.getText().contains(heading), quoted.getText());
    assertTrue(
        browser.find("#p0").getText().length() > 20,
        "the text before the first heading is passage 0");
    assertFalse(browser.find("#source-department").getText().isBlank());
    assertEquals(
        "https://www.kucukcekmece.bel.tr/", browser.find("#source-url a").getDomAttribute("href"));
    browser.assertAccessible("source page (" + lang + ")");

    browser.open(url("/source.html?id=no-such-document&lang=" + lang));
    WebElement error = waitForText("#source-error", text -> !text.isBlank());
    assertTrue(error.getText().contains(tr(lang) ? "bulunamadı" : "not found"), error.getText());
    assertFalse(browser.driver.findElement(By.id("source-document")).isDisplayed());
    browser.assertAccessible("source page for an unknown document (" + lang + ")");
  }

  // ---- the editors' page
  // ----------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"tr", "en"})
  void editorReindexesUploadsAndSeesTheUnansweredQuestions(String lang) throws IOException {
    // A question nobody can answer yet, for the editors' list.
    openAssistant(lang);
    browser.find("#assistant-question").sendKeys(unanswerable(lang), Keys.ENTER);
    waitForTurn("assistant", 1);

    logIn(lang, "editor", SharedPortal.DEMO_PASSWORD);
    WebElement link = browser.find("#staff-knowledge-link");
    browser.assertAccessible("staff panel of an editor (" + lang + ")");
    link.click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/knowledge.html") ? true : null);
    browser.waitForLang(lang);
    browser.find("#knowledge-panel");
    waitForText(
        "#questions-status",
        text -> text.equals(tr(lang) ? "Listeler güncel." : "The lists are up to date."));
    WebElement unanswered = browser.find("#unanswered-rows");
    assertTrue(unanswered.getText().contains("Mars"), unanswered.getText());
    assertFalse(
        browser.find("#unhelpful-rows").getText().isBlank(), "either groups or the empty message");
    browser.assertAccessible("knowledge page (" + lang + ")");

    // Re-indexing with progress.
    browser.find("#reindex-start").click();
    // The started run is shown as running (at least until the first progress poll a second later),
    // then as done
    // with the bar full over the whole knowledge folder.
    waitForText(
        "#reindex-status",
        text -> text.equals(tr(lang) ? "Dizinleme sürüyor…" : "Re-indexing is running…"));
    assertEquals(
        "true", browser.find("#reindex-start").getAttribute("aria-disabled"), "one run at a time");
    String finished = tr(lang) ? "Dizinleme tamamlandı" : "Re-indexing finished";
    WebElement progress =
        browser.waitFor(
            d -> {
              WebElement bar = d.findElement(By.id("reindex-progress"));
              double max = Double.parseDouble(bar.getAttribute("max"));
              return max > 1 && max == Double.parseDouble(bar.getAttribute("value")) ? bar : null;
            });
    waitForText("#reindex-status", text -> text.startsWith(finished));
    assertTrue(
        Double.parseDouble(progress.getAttribute("max")) >= 60,
        "the shipped documents: " + progress.getAttribute("max"));
    assertTrue(
        browser.find("#reindex-count").getText().matches("\\d+ (/|of) \\d+ .*"),
        browser.find("#reindex-count").getText());
    assertEquals(
        null,
        browser.find("#reindex-start").getAttribute("aria-disabled"),
        "a new run can be started");
    browser.assertAccessible("knowledge page after re-indexing (" + lang + ")");

    // Upload: nothing chosen, a file of the wrong kind, then a Markdown document.
    browser.find("#upload-submit").click();
    waitForText(
        "#upload-error",
        text -> text.equals(tr(lang) ? "Yüklenecek dosyayı seçin." : "Choose the file to upload."));
    assertEquals("true", browser.find("#upload-file").getAttribute("aria-invalid"));

    Path bad =
        Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "upload", ".png");
    Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    browser.driver.findElement(By.id("upload-file")).sendKeys(bad.toAbsolutePath().toString());
    browser.find("#upload-submit").click();
    WebElement uploadError = waitForText("#upload-error", text -> !text.isBlank());
    assertTrue(text("#upload-result").isBlank(), "nothing was uploaded: " + uploadError.getText());
    browser.assertAccessible("knowledge page with an upload error (" + lang + ")");

    String documentId = "browser-upload-" + lang;
    String documentTitle = tr(lang) ? "Tarayıcı testi belgesi" : "Browser test document";
    Path good =
        Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "upload", ".md");
    Files.writeString(
        good,
        "---\nid: "
            + documentId
            + "\ntitle: "
            + documentTitle
            + "\nlang: "
            + lang
            + "\n---\n"
            + (tr(lang)
                ? "Giriş metni.\n\n## Birinci bölüm\nBirinci bölümün metni.\n"
                : "Introduction.\n\n## First section\nThe first section's text.\n"),
        StandardCharsets.UTF_8);
    browser.driver.findElement(By.id("upload-file")).sendKeys(good.toAbsolutePath().toString());
    browser.find("#upload-submit").click();
    WebElement result = waitForText("#upload-result", text -> !text.isBlank());
    assertTrue(result.getText().contains(documentTitle), result.getText());
    assertTrue(text("#upload-error").isBlank());
    assertEquals(
        "/source.html?id=" + documentId, browser.find("#upload-open").getDomAttribute("href"));
    browser.assertAccessible("knowledge page after an upload (" + lang + ")");
    browser.find("#upload-open").click();
    waitForText("#source-title", documentTitle::equals);
  }

  @Test
  void theKnowledgePageIsForEditorsOnly() {
    logIn("tr", "yetkili.zabita", SharedPortal.DEMO_PASSWORD);
    browser.find("#staff-welcome");
    browser.waitFor(
        d ->
            d.findElement(By.id("staff-knowledge-item")).getAttribute("hidden") != null
                ? true
                : null);
    browser.open(url("/knowledge.html"));
    WebElement error = waitForText("#knowledge-error", text -> !text.isBlank());
    assertTrue(error.getText().contains("editör"), error.getText());
    assertFalse(browser.driver.findElement(By.id("knowledge-panel")).isDisplayed());
    browser.assertAccessible("knowledge page for an official");

    browser.driver.manage().deleteAllCookies();
    browser.open(url("/knowledge.html"));
    browser.waitFor(d -> d.getCurrentUrl().contains("/login.html") ? true : null);
  }

  // ---- helpers
  // --------------------------------------------------------------------------------------------

  private void openAssistant(String lang) {
    browser.open(url("/assistant.html?lang=" + lang));
    browser.waitForLang(lang);
    browser.find("#assistant-question");
  }

  private void logIn(String lang, String username, String password) {
    browser.open(url("/login.html?lang=" + lang));
    browser.waitForLang(lang);
    browser.find("#username").sendKeys(username);
    browser.find("#password").sendKeys(password, Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("/staff.html") ? true : null);
    browser.waitForLang(lang);
  }

  /**
   * The n-th turn of a transcript once its reply is shown (the id prefix names the page or the
   * panel).
   */
  private WebElement waitForTurn(String prefix, int n) {
    return browser.waitFor(
        d -> {
          List<WebElement> turns =
              d.findElements(By.cssSelector("#" + prefix + "-transcript li.chat-turn"));
          return turns.size() >= n && turns.get(n - 1).isDisplayed() ? turns.get(n - 1) : null;
        });
  }

  private String storedConversationId() {
    return (String)
        browser.script(
            "const s = JSON.parse(sessionStorage.getItem('ks.assistant') || '{}'); return s.conversationId || null;");
  }

  /** A front-matter value of a shipped knowledge document. */
  private static String frontMatter(String lang, String id, String key) throws IOException {
    String text = Files.readString(Path.of("index", lang, id + ".md"), StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      if (line.startsWith(key + ":")) {
        return line.substring(key.length() + 1).trim();
      }
    }
    throw new AssertionError(key + " missing in " + id);
  }

  private WebElement waitForText(String css, Predicate<String> condition) {
    return browser.waitFor(
        (WebDriver d) -> {
          List<WebElement> found = d.findElements(By.cssSelector(css));
          return !found.isEmpty() && condition.test(found.get(0).getText().trim())
              ? found.get(0)
              : null;
        });
  }

  /** Waits on an element's textContent (visually hidden live regions have no rendered text). */
  private String waitForContent(String css, Predicate<String> condition) {
    return browser.waitFor(
        (WebDriver d) -> {
          List<WebElement> found = d.findElements(By.cssSelector(css));
          if (found.isEmpty()) {
            return null;
          }
          String text = String.valueOf(found.get(0).getAttribute("textContent")).trim();
          return condition.test(text) ? text : null;
        });
  }

  /** An element whether or not it is shown (empty messages take no space). */
  private WebElement element(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  private String text(String css) {
    return element(css).getText().trim();
  }

  private String activeId() {
    return browser.driver.switchTo().activeElement().getAttribute("id");
  }
}
