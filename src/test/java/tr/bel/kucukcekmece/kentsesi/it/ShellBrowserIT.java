package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The portal shell in real Chromium: home page in both languages, keyboard use, staff login and
 * logout.
 */
class ShellBrowserIT extends BrowserJourney {

  @Test
  void homePageInTurkishThenEnglish() {
    browser.open(url("/"));
    assertEquals("tr", browser.htmlLang());
    assertEquals("Küçükçekmece'nin sesi, sizin sesiniz.", browser.find("h1").getText());
    browser.waitFor(
        d -> d.findElements(By.cssSelector("#departments details")).size() == 25 ? true : null);
    assertTrue(browser.find("#departments").getText().contains("Fen İşleri Müdürlüğü"));
    browser.assertAccessible("home (tr)");

    browser.find("#lang-switch").click();
    browser.waitForLang("en");
    String h1 = browser.find("h1").getText();
    assertFalse(h1.contains("sizin sesiniz"), h1);
    browser.waitFor(
        d ->
            d.findElement(By.id("departments")).getText().contains("Directorate of Technical Works")
                ? true
                : null);
    browser.assertAccessible("home (en)");

    browser.open(url("/kvkk.html"));
    browser.waitForLang(
        "en"); // the chosen language is remembered (waits until the bundle has been applied)
    assertEquals("en", browser.htmlLang(), "the chosen language is remembered");
  }

  @Test
  void theSkipLinkIsTheFirstKeyboardStopAndLeadsToTheMainContent() {
    browser.open(url("/"));
    browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = browser.driver.switchTo().activeElement();
    assertEquals("skip-link", focused.getAttribute("id"));
    focused.sendKeys(Keys.ENTER);
    browser.waitFor(
        d -> "main".equals(d.switchTo().activeElement().getAttribute("id")) ? true : null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tr", "en"})
  void staffLogInAndOut(String lang) {
    browser.open(url("/login.html?lang=" + lang));
    browser.waitForLang(lang);
    browser.assertAccessible("login (" + lang + ")");

    browser.find("#login-submit").click();
    browser.waitFor(
        d -> d.findElement(By.id("username")).getAttribute("aria-invalid") != null ? true : null);
    assertEquals("true", browser.find("#username").getAttribute("aria-invalid"));
    browser.assertAccessible("login with errors (" + lang + ")");

    browser.find("#username").sendKeys("yetkili.zabita");
    browser.find("#password").sendKeys("wrong-password-1");
    browser.find("#login-submit").click();
    WebElement error =
        browser.waitFor(
            d -> {
              WebElement e = d.findElement(By.id("login-error"));
              return e.getText().isBlank() ? null : e;
            });
    assertTrue(error.getText().contains(lang.equals("tr") ? "hatalı" : "wrong"), error.getText());

    browser.find("#password").clear();
    browser.find("#password").sendKeys(SharedPortal.DEMO_PASSWORD, Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("/staff.html") ? true : null);
    WebElement welcome =
        browser.waitFor(
            d -> {
              WebElement e = d.findElement(By.id("staff-welcome"));
              return e.getText().contains("Zabıta") ? e : null;
            });
    assertTrue(welcome.getText().contains("Zabıta Müdürlüğü Yetkilisi"), welcome.getText());
    browser.assertAccessible("staff panel (" + lang + ")");

    browser.find("#logout").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("loggedOut=1") ? true : null);
    assertFalse(browser.find("#status").getText().isBlank());
    browser.assertAccessible("logged out (" + lang + ")");

    browser.open(url("/staff.html"));
    browser.waitFor(d -> d.getCurrentUrl().contains("/login.html") ? true : null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tr", "en"})
  void informationPagesAreAccessible(String lang) {
    for (String page : List.of("/kvkk.html", "/accessibility.html", "/no-such-page.html")) {
      browser.open(url(page + "?lang=" + lang));
      browser.waitForLang(lang);
      assertEquals(1, browser.driver.findElements(By.tagName("h1")).size(), page);
      browser.assertAccessible(page + " (" + lang + ")");
    }
  }
}
