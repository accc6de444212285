package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Feedback journeys in real Chromium, in both languages: a citizen sends feedback and follows it,
 * contact details need the KVKK acknowledgement, an official answers a complaint from the inbox and
 * the citizen sees the answer, a mistyped tracking code is recognised, and an official enters
 * feedback received by phone.
 *
 * <p>Longer than the ~400 lines we aim for: it holds the feedback journeys in the browser, one test
 * per behaviour of the feature it covers, and the fixtures they share; cut by size alone it would
 * scatter one feature's behaviours over classes with no seam between them.
 */
class FeedbackBrowserIT extends BrowserJourney {

  private static final Pattern TRACKING_CODE =
      Pattern.compile("KS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]");

  /** The tracking code alphabet (Crockford's base 32). */
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private static boolean tr(String lang) {
    return "tr".equals(lang);
  }

  // ---- a. citizen journey
  // ---------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"tr", "en"})
  void citizenSendsFeedbackAndFollowsIt(String lang) {
    openFeedbackForm(lang);
    assertEquals(1, browser.driver.findElements(By.tagName("h1")).size());
    browser.assertAccessible("feedback form (" + lang + ")");

    browser.find("#feedback-submit").click();
    WebElement summary = waitForText("#feedback-errors", text -> !text.isBlank());
    assertTrue(summary.isDisplayed());
    assertEquals("true", browser.find("#kind-SATISFACTION").getAttribute("aria-invalid"));
    assertTrue(attribute("#kind-group", "aria-describedby").contains("kind-error"));
    assertFalse(browser.find("#kind-error").getText().isBlank());
    assertEquals(
        "true",
        browser.find("#department").getAttribute("aria-invalid"),
        "the service is missing too");
    assertFalse(
        summary.findElements(By.cssSelector("a[href='#kind-SATISFACTION']")).isEmpty(),
        summary.getText());
    assertEquals("feedback-errors", activeId(), "the error summary takes the focus");
    browser.assertAccessible("feedback form with errors (" + lang + ")");

    browser.find("#kind-REQUEST").click();
    browser.find("#service-search").sendKeys(tr(lang) ? "çukur" : "pothole");
    WebElement result = browser.find("#service-search-results button[data-service='FEN-YOL']");
    browser.assertAccessible("service search results (" + lang + ")");
    result.click();
    browser.waitFor(
        d -> "FEN-YOL".equals(d.findElement(By.id("service")).getAttribute("value")) ? true : null);
    assertEquals("FEN", browser.find("#department").getAttribute("value"));
    assertEquals("service", activeId(), "choosing a result moves the focus to the service list");
    String standard = browser.find("#service-standard").getText();
    assertTrue(
        standard.contains("15") && standard.contains(tr(lang) ? "iş günü" : "working days"),
        standard);

    String comment =
        tr(lang)
            ? "Sokağımızın ortasında büyük bir çukur var, araçlar ve yayalar için tehlikeli."
            : "There is a big pothole in the middle of our street, dangerous for cars and people.";
    browser.find("#comment").sendKeys(comment);
    WebElement counter =
        waitForText("#comment-count", text -> text.startsWith(String.valueOf(comment.length())));
    assertTrue(counter.getText().contains("4000"), counter.getText());
    Select neighbourhood = new Select(waitForOptions("#neighbourhood"));
    neighbourhood.selectByIndex(1);
    assertFalse(neighbourhood.getFirstSelectedOption().getAttribute("value").isBlank());

    browser.find("#feedback-submit").click();
    String code = waitForTrackingCode("tracking-code");
    assertEquals("feedback-done-title", activeId(), "the confirmation heading takes the focus");
    assertFalse(
        browser.driver.findElement(By.id("feedback-form")).isDisplayed(), "the form is replaced");
    assertFalse(browser.find("#due-date").getText().isBlank());
    assertEquals("/track.html?code=" + code, browser.find("#track-link").getDomAttribute("href"));
    browser.assertAccessible("feedback sent (" + lang + ")");

    browser.find("#track-link").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/track.html?code=") ? true : null);
    browser.waitForLang(lang);
    waitForText("#result-status", text -> text.equals(tr(lang) ? "Alındı" : "Received"));
    assertEquals(1, browser.driver.findElements(By.cssSelector("#timeline li")).size());
    assertTrue(browser.find("#track-result-title").getText().contains(code));
    // the catalogue's names arrive apart from the record: until then the page shows the service's
    // code
    WebElement service =
        waitForText("#result-service", text -> text.contains(tr(lang) ? "Yol" : "Road"));
    assertTrue(service.getText().contains(tr(lang) ? "Yol" : "Road"));
    browser.assertAccessible("tracking (" + lang + ")");
  }

  // ---- b. contact details need the KVKK acknowledgement
  // ---------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"tr", "en"})
  void contactDetailsNeedTheKvkkAcknowledgement(String lang) {
    openFeedbackForm(lang);
    browser.waitFor(d -> d.findElements(By.cssSelector("#kvkk-notice p")).size() > 1 ? true : null);
    assertEquals(
        "0", attribute("#kvkk-notice", "tabindex"), "the notice can be scrolled with the keyboard");
    assertFalse(browser.find("#kvkk-version").getText().isBlank());

    browser.find("#kind-THANKS").click();
    choose("#department", "PARK");
    choose("#service", "PARK-BAKIM");
    browser
        .find("#comment")
        .sendKeys(
            tr(lang) ? "Parkımız çok temiz ve bakımlı." : "Our park is very clean and well kept.");
    browser.find("#contact-email").sendKeys("vatandas@example.com");
    browser.find("#feedback-submit").click();

    browser.waitFor(
        d ->
            "true".equals(d.findElement(By.id("kvkk-ack")).getAttribute("aria-invalid"))
                ? true
                : null);
    assertFalse(browser.find("#kvkk-ack-error").getText().isBlank());
    assertTrue(attribute("#kvkk-ack", "aria-describedby").contains("kvkk-ack-error"));
    WebElement link = browser.find("#feedback-errors a[href='#kvkk-ack']");
    assertEquals(browser.find("#kvkk-ack-error").getText(), link.getText());
    assertFalse(
        browser.driver.findElement(By.id("feedback-done")).isDisplayed(), "nothing was sent");
    browser.assertAccessible("KVKK acknowledgement missing (" + lang + ")");

    link.click();
    assertEquals("kvkk-ack", activeId());
    browser.find("#kvkk-ack").click();
    browser.find("#feedback-submit").click();
    waitForTrackingCode("tracking-code");
    browser.assertAccessible("feedback with contact sent (" + lang + ")");
  }

  // ---- c. an official answers, the citizen sees the answer
  // ------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"tr", "en"})
  void officialAnswersAComplaintAndTheCitizenSeesTheAnswer(String lang) {
    String code =
        submitFeedback(
            lang,
            "COMPLAINT",
            "ZABITA",
            "ZABITA-GURULTU",
            tr(lang)
                ? "Her gece yan binadaki inşaattan çok yüksek gürültü geliyor."
                : "Loud construction noise every night.");

    logIn(lang, "yetkili.zabita", SharedPortal.DEMO_PASSWORD);
    browser.open(url("/inbox.html"));
    browser.waitForLang(lang);
    waitForInbox();
    assertEquals(
        2, new Select(browser.find("#filter-department")).getOptions().size(), "all mine + Zabıta");
    browser.assertAccessible("inbox (" + lang + ")");

    choose("#filter-status", "RECEIVED");
    browser.find("#filter-apply").click();
    waitForInbox();
    assertTrue(browser.driver.getCurrentUrl().contains("status=RECEIVED"));
    WebElement open = findInboxRow(code);
    WebElement row = open.findElement(By.xpath("./ancestor::tr"));
    assertTrue(row.getText().contains(tr(lang) ? "Alındı" : "Received"), row.getText());
    assertFalse(browser.find("#inbox-counts").getText().isBlank());
    browser.assertAccessible("inbox filtered by status (" + lang + ")");

    open.click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/inbox-item.html?code=") ? true : null);
    browser.find("#item-view");
    waitForText("#item-title", text -> text.contains(code));
    assertTrue(browser.find("#item-comment").getText().contains(tr(lang) ? "gürültü" : "noise"));
    browser.assertAccessible("inbox item (" + lang + ")");
    String saved = tr(lang) ? "Kaydedildi." : "Saved.";

    int before = timelineSize();
    browser.find("#assign-self").click();
    waitForText("#item-status", saved::equals);
    waitForText("#item-assignee", text -> text.contains("yetkili.zabita"));
    browser.assertAccessible("inbox item assigned (" + lang + ")");

    String answer =
        tr(lang)
            ? "Ekiplerimiz inşaat alanını denetledi; gece çalışması durduruldu."
            : "Our officers inspected the site; night work has been stopped.";
    int afterAssign = timelineSize();
    assertTrue(afterAssign >= before);
    choose("#status-select", "ANSWERED");
    browser.find("#public-response").clear();
    browser.find("#public-response").sendKeys(answer);
    browser.find("#status-submit").click();
    waitForText("#item-status", saved::equals);
    waitForText("#item-state", text -> text.equals(tr(lang) ? "Yanıtlandı" : "Answered"));
    browser.waitFor(d -> timelineSize() > afterAssign ? true : null);
    assertTrue(browser.find("#item-public-response").getText().contains(answer));
    browser.assertAccessible("inbox item answered (" + lang + ")");

    browser.open(url("/track.html?code=" + code));
    browser.waitForLang(lang);
    waitForText("#result-status", text -> text.equals(tr(lang) ? "Yanıtlandı" : "Answered"));
    assertTrue(browser.find("#public-response").getText().contains(answer));
    assertTrue(browser.driver.findElements(By.cssSelector("#timeline li")).size() > 1);
    browser.assertAccessible("tracking an answered complaint (" + lang + ")");
  }

  // ---- d. a mistyped tracking code
  // ------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"tr", "en"})
  void aMistypedTrackingCodeIsRecognised(String lang) {
    String code =
        submitFeedback(
            lang,
            "SUGGESTION",
            "TEMIZLIK",
            "TEMIZLIK-COP",
            tr(lang)
                ? "Çöp kutuları akşam da boşaltılsa iyi olur."
                : "Bins could be emptied in the evening too.");
    char last = code.charAt(code.length() - 1);
    char other = ALPHABET.charAt((ALPHABET.indexOf(last) + 1) % ALPHABET.length());
    String mistyped = code.substring(0, code.length() - 1) + other;

    browser.open(url("/track.html?lang=" + lang));
    browser.waitForLang(lang);
    browser.assertAccessible("tracking form (" + lang + ")");
    browser.find("#track-code").sendKeys(mistyped.toLowerCase().replace("-", ""));
    browser.find("#track-submit").click();
    WebElement error = waitForText("#track-error", text -> !text.isBlank());
    assertTrue(
        error.getText().toLowerCase().contains(tr(lang) ? "yanlış" : "mistype"), error.getText());
    assertEquals("true", browser.find("#track-code").getAttribute("aria-invalid"));
    assertEquals(
        mistyped,
        browser.find("#track-code").getAttribute("value"),
        "the code is shown in its usual form");
    assertFalse(browser.driver.findElement(By.id("track-result")).isDisplayed());
    browser.assertAccessible("mistyped tracking code (" + lang + ")");

    WebElement input = browser.find("#track-code");
    input.clear();
    input.sendKeys(code.toLowerCase().replace("-", ""), Keys.ENTER);
    waitForText("#result-status", text -> text.equals(tr(lang) ? "Alındı" : "Received"));
    assertTrue(
        browser.driver.findElement(By.id("track-error")).getText().isBlank(),
        "the error is cleared");
    assertEquals("track-result-title", activeId());
  }

  // ---- e. an official enters feedback received by phone
  // ---------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"tr", "en"})
  void officialEntersFeedbackReceivedByPhone(String lang) {
    logIn(lang, "yetkili.fen", SharedPortal.DEMO_PASSWORD);
    browser.open(url("/inbox.html"));
    browser.waitForLang(lang);
    waitForInbox();
    browser.find("#new-entry").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/inbox-item.html?new=1") ? true : null);
    browser.find("#entry-view");
    waitForOptions("#department");
    assertTrue(
        browser.driver.findElements(By.id("website")).isEmpty(), "no honeypot for officials");
    browser.assertAccessible("new entry (" + lang + ")");

    browser.find("#feedback-submit").click();
    browser.waitFor(
        d ->
            "true".equals(d.findElement(By.id("channel")).getAttribute("aria-invalid"))
                ? true
                : null);
    browser.assertAccessible("new entry with errors (" + lang + ")");

    choose("#channel", "PHONE");
    browser.find("#kind-REQUEST").click();
    choose("#department", "FEN");
    choose("#service", "FEN-KASIS");
    browser
        .find("#comment")
        .sendKeys(
            tr(lang)
                ? "Okul önüne hız kesici istendi (telefonla)."
                : "Speed bump requested outside the school.");
    browser.find("#feedback-submit").click();
    String code = waitForTrackingCode("entry-code");
    assertEquals("entry-done-title", activeId());
    browser.assertAccessible("new entry saved (" + lang + ")");

    browser.find("#entry-open").click();
    waitForText("#item-title", text -> text.contains(code));
    waitForText("#item-channel", text -> text.equals(tr(lang) ? "Telefon" : "Phone"));
    browser.assertAccessible("entered item (" + lang + ")");
  }

  // ---- helpers
  // --------------------------------------------------------------------------------------------

  private void openFeedbackForm(String lang) {
    browser.open(url("/feedback.html?lang=" + lang));
    browser.waitForLang(lang);
    waitForOptions("#department");
    waitForOptions("#neighbourhood");
  }

  /**
   * Sends feedback through the page, choosing the service by department; returns the tracking code.
   */
  private String submitFeedback(
      String lang, String kind, String department, String service, String comment) {
    openFeedbackForm(lang);
    browser.find("#kind-" + kind).click();
    choose("#department", department);
    choose("#service", service);
    browser.find("#comment").sendKeys(comment);
    browser.find("#feedback-submit").click();
    return waitForTrackingCode("tracking-code");
  }

  private void logIn(String lang, String username, String password) {
    browser.open(url("/login.html?lang=" + lang));
    browser.waitForLang(lang);
    browser.find("#username").sendKeys(username);
    browser.find("#password").sendKeys(password, Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("/staff.html") ? true : null);
  }

  private String waitForTrackingCode(String id) {
    String code =
        browser.waitFor(
            d -> {
              List<WebElement> found = d.findElements(By.id(id));
              if (found.isEmpty() || !found.get(0).isDisplayed()) {
                return null;
              }
              String text = found.get(0).getText().trim();
              return text.isEmpty() ? null : text;
            });
    assertTrue(TRACKING_CODE.matcher(code).matches(), code);
    return code;
  }

  /** Waits until the inbox has finished loading (its table region is no longer busy). */
  private void waitForInbox() {
    browser.find("#inbox-panel");
    browser.waitFor(
        d -> {
          WebElement region = d.findElement(By.cssSelector(".table-wrap"));
          return region.getAttribute("aria-busy") == null ? true : null;
        });
  }

  /**
   * The row link for a tracking code, paging through the inbox with "next page" as long as needed.
   */
  private WebElement findInboxRow(String code) {
    By link = By.cssSelector("a.inbox-open[data-code='" + code + "']");
    for (int page = 0; page < 40; page++) {
      List<WebElement> found = browser.driver.findElements(link);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      WebElement next = browser.find("#inbox-next");
      assertTrue(next.isEnabled(), code + " is not in the inbox");
      String pageLabel = browser.find("#inbox-page").getText();
      next.click();
      browser.waitFor(
          d -> d.findElement(By.id("inbox-page")).getText().equals(pageLabel) ? null : true);
      waitForInbox();
    }
    throw new AssertionError(code + " was not found within 40 pages");
  }

  private int timelineSize() {
    return browser.driver.findElements(By.cssSelector("#item-timeline li")).size();
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

  /** A select once its options have been loaded (more than the placeholder). */
  private WebElement waitForOptions(String css) {
    return browser.waitFor(
        d -> {
          List<WebElement> found = d.findElements(By.cssSelector(css));
          return !found.isEmpty() && found.get(0).findElements(By.tagName("option")).size() > 1
              ? found.get(0)
              : null;
        });
  }

  /** Chooses an option by value once it is there. */
  private void choose(String css, String value) {
    WebElement select =
        browser.waitFor(
            d -> {
              List<WebElement> found =
                  d.findElements(By.cssSelector(css + " option[value='" + value + "']"));
              WebElement element = d.findElement(By.cssSelector(css));
              return !found.isEmpty() && element.isEnabled() ? element : null;
            });
    new Select(select).selectByValue(value);
    assertEquals(value, select.getAttribute("value"));
  }

  private String attribute(String css, String name) {
    String value = browser.find(css).getAttribute(name);
    return value == null ? "" : value;
  }

  private String activeId() {
    return browser.driver.switchTo().activeElement().getAttribute("id");
  }
}
