package tr.bel.kucukcekmece.kentsesi.it;

import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test class shares: the portal deployed at the context root, one Chromium for
 * the class, and a fresh state (no storage, no cookies) before each test.
 */
@ExtendWith(SharedPortal.class)
abstract class BrowserJourney {

  final URL base = SharedPortal.url();

  static Browser browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @BeforeEach
  void freshState() {
    browser.open(base + "404.html");
    browser.script("localStorage.clear(); sessionStorage.clear();");
    browser.driver.manage().deleteAllCookies();
  }

  String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }
}
