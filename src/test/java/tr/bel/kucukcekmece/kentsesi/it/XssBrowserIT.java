package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The short XSS resilience journey ({@link XssSuite} with the first payloads): every user-supplied
 * field that a page shows is seeded with script payloads, and every such page is opened in Chromium
 * as the public, a citizen, officials, the moderator, the editor, the administrator and an account
 * the administrator created. Nothing may run, no CSP violation may be reported and no payload may
 * land in the DOM as markup; every seeded field must have been shown. The full payload list runs as
 * {@code src/resilience/xss.sh}.
 */
class XssBrowserIT extends BrowserJourney {

  private final GreenMail smtp = SharedMail.server();

  @Test
  void payloadsInEveryFieldRunNowhereAsPublicOrStaff() {
    XssSuite suite = new XssSuite(base, smtp, XssSuite.PAYLOADS.subList(0, XssSuite.SHORT));
    suite.seed();
    suite.browse(browser);
    String report = suite.report();
    System.out.println("XSS journey:\n" + report);
    assertEquals(List.of(), suite.executions, report);
    assertEquals(List.of(), suite.injected, report);
    assertEquals(List.of(), suite.cspBlocks, report);
    Set<String> shown = new TreeSet<>(suite.seededFields);
    shown.removeAll(XssSuite.LINK_FIELDS);
    assertEquals(shown, suite.shownFields, "every seeded field shown on a page:\n" + report);
    assertEquals(List.of(), suite.notShown, report);
    assertTrue(
        suite.seededFields.size() >= 15, "most fields accept the payloads as text:\n" + report);
  }

  @Test
  void theDetectorFindsPayloadsThatAPageWritesAsMarkup() {
    XssSuite suite = new XssSuite(base, smtp, XssSuite.PAYLOADS.subList(0, XssSuite.SHORT));
    ((org.openqa.selenium.chrome.ChromeDriver) browser.driver)
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", XssSuite.HOOK));
    List<String> found = suite.selfCheck(browser);
    assertTrue(
        found.stream().anyMatch(f -> f.startsWith("injected img[data-xss=xs99p01]")),
        found.toString());
    assertTrue(
        found.stream().anyMatch(f -> f.startsWith("injected a[href=javascript:")),
        found.toString());
    assertTrue(found.stream().anyMatch(f -> f.startsWith("csp script-src")), found.toString());
  }
}
