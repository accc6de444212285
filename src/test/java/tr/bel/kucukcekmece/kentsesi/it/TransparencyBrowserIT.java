package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The public transparency page and the officials' dashboard in Chromium, in both languages: figures
 * and charts appear with their table alternative and one-sentence summary, tables sort by keyboard,
 * axe-core finds nothing.
 */
class TransparencyBrowserIT extends BrowserJourney {

  private static boolean tr(String lang) {
    return "tr".equals(lang);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tr", "en"})
  void thePublicPageShowsFiguresChartsAndTheirTables(String lang) {
    browser.open(url("/transparency.html?lang=" + lang));
    browser.waitForLang(lang);
    browser.find("#tp-content");
    browser.waitFor(
        d ->
            d.findElements(By.cssSelector("#tp-departments-table tbody tr")).size() == 25
                ? true
                : null);
    assertEquals(1, browser.driver.findElements(By.tagName("h1")).size());
    assertEquals(
        tr(lang)
            ? "Şeffaflık: hizmetlerimizin karnesi"
            : "Transparency: how our services are doing",
        browser.find("h1").getText());

    // every chart: a drawing named by its summary, the summary as text, and a table with the same
    // numbers
    List<WebElement> charts = browser.driver.findElements(By.cssSelector("figure.chart-figure"));
    assertEquals(3, charts.size());
    for (WebElement chart : charts) {
      WebElement drawing = chart.findElement(By.cssSelector(".chart"));
      assertEquals("img", drawing.getAttribute("role"));
      String summary = chart.findElement(By.cssSelector("figcaption")).getText();
      assertFalse(summary.isBlank());
      assertEquals(summary, drawing.getAttribute("aria-label"));
      assertFalse(chart.findElements(By.cssSelector("table.chart-table tbody tr")).isEmpty());
      assertFalse(
          drawing.findElements(By.tagName("svg")).isEmpty(), "the chart library drew the chart");
    }
    WebElement trendTable = browser.find("#tp-trend-submissions-table");
    assertEquals(
        12, trendTable.findElements(By.cssSelector("tbody tr")).size(), "the last twelve months");
    assertTrue(
        browser
            .find("#tp-trend-submissions-summary")
            .getText()
            .startsWith(tr(lang) ? "Başvuru sayısı" : "Number of submissions"));

    // a table sorts by keyboard: the submissions column, descending on the second press
    WebElement header = browser.find("#tp-departments-table thead th:nth-child(2) button");
    header.sendKeys(Keys.ENTER);
    header = browser.find("#tp-departments-table thead th:nth-child(2) button");
    header.sendKeys(Keys.ENTER);
    assertEquals(
        "descending",
        browser.find("#tp-departments-table thead th:nth-child(2)").getAttribute("aria-sort"));
    List<Long> counts =
        browser
            .driver
            .findElements(By.cssSelector("#tp-departments-table tbody tr td:nth-of-type(1)"))
            .stream()
            .map(td -> td.getText().replaceAll("[^0-9]", ""))
            .filter(s -> !s.isEmpty())
            .map(Long::parseLong)
            .toList();
    assertTrue(counts.size() > 3, counts.toString());
    for (int i = 1; i < counts.size(); i++) {
      assertTrue(counts.get(i - 1) >= counts.get(i), "sorted descending: " + counts);
    }

    new Select(browser.find("#tp-department")).selectByValue("FEN");
    browser.waitFor(
        d ->
            d.findElements(By.cssSelector("#tp-services-table tbody tr")).size() > 3 ? true : null);
    assertEquals(
        22, browser.driver.findElements(By.cssSelector("#tp-hoods-table tbody tr")).size());
    assertTrue(
        browser
            .find("#tp-departments-csv")
            .getAttribute("href")
            .contains("/api/transparency/export.csv"));
    assertFalse(browser.find(".definitions").getText().isBlank());
    browser.assertAccessible("transparency page (" + lang + ")");

    browser.open(url("/open-data.html?lang=" + lang));
    browser.waitForLang(lang);
    browser.waitFor(d -> d.findElements(By.cssSelector("#od-fields tr")).size() == 9 ? true : null);
    browser.assertAccessible("open data page (" + lang + ")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tr", "en"})
  void anOfficialSeesTheirDashboardWithKpisAndDrillDown(String lang) {
    logIn(lang, "yetkili.fen");
    browser.open(url("/dashboard.html?lang=" + lang + "&department=FEN"));
    browser.waitForLang(lang);
    browser.find("#dash-content");
    browser.waitFor(
        d -> d.findElements(By.cssSelector("#dash-kpi-table tbody tr")).size() == 5 ? true : null);
    assertEquals(
        List.of("FEN"),
        browser.driver.findElements(By.cssSelector("#dash-departments-table tbody tr")).stream()
            .map(r -> r.getAttribute("data-code"))
            .toList(),
        "only the official's department");
    assertTrue(
        browser
            .find("#dash-overdue-link")
            .getAttribute("href")
            .contains("/inbox.html?department=FEN&due=overdue"));
    assertFalse(browser.find("#dash-services-section").getAttribute("hidden") != null);
    assertTrue(
        browser.driver.findElement(By.id("dash-target-form")).getAttribute("hidden") != null,
        "only Strategy Development sets targets");
    assertEquals(
        "FEN", browser.driver.findElement(By.id("report-department")).getAttribute("value"));
    for (WebElement chart : browser.driver.findElements(By.cssSelector("figure.chart-figure"))) {
      assertFalse(chart.findElements(By.cssSelector("table.chart-table tbody tr")).isEmpty());
    }
    browser.assertAccessible("dashboard (" + lang + ")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tr", "en"})
  void strategyDevelopmentSetsATargetAndSeesItsStatus(String lang) {
    logIn(lang, "yetkili.strateji");
    browser.open(url("/dashboard.html?lang=" + lang + "&department=ZABITA"));
    browser.waitForLang(lang);
    browser.waitFor(
        d -> d.findElements(By.cssSelector("#dash-kpi-table tbody tr")).size() == 5 ? true : null);
    WebElement form = browser.find("#dash-target-form");
    new Select(browser.find("#target-department")).selectByValue("ZABITA");
    new Select(browser.find("#target-kpi")).selectByValue("ON_TIME_RATE");
    WebElement value = browser.find("#target-value");
    value.clear();
    value.sendKeys("150");
    browser.find("#target-save").click();
    WebElement errors =
        browser.waitFor(
            d -> {
              WebElement e = d.findElement(By.id("target-errors"));
              return e.getText().isBlank() ? null : e;
            });
    assertTrue(
        errors.getText().contains(tr(lang) ? "0 ile 1" : "between 0 and 1"), errors.getText());
    browser.assertAccessible("target form with an error (" + lang + ")");
    value = browser.find("#target-value");
    value.clear();
    value.sendKeys("90");
    browser.find("#target-save").click();
    browser.waitFor(d -> d.findElement(By.id("target-saved")).getText().isBlank() ? null : true);
    List<String> cells =
        browser.waitFor(
            d -> {
              try {
                var rows =
                    d.findElements(
                        By.cssSelector("#dash-kpi-table tbody tr[data-kpi='ON_TIME_RATE']"));
                if (rows.isEmpty()) {
                  return null;
                }
                List<String> texts =
                    rows.get(0).findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList();
                return texts.get(1).contains("90") ? texts : null;
              } catch (org.openqa.selenium.StaleElementReferenceException re) {
                return null;
              }
            });
    String status = cells.get(2);
    assertTrue(status.matches("[✓!✗–] .+"), "a symbol and a word, not colour alone: " + status);
    form = browser.find("#dash-target-form");
    assertFalse(form.getAttribute("hidden") != null);
    browser.assertAccessible("dashboard with targets (" + lang + ")");
  }

  private void logIn(String lang, String username) {
    browser.open(url("/login.html?lang=" + lang));
    browser.waitForLang(lang);
    browser.find("#username").sendKeys(username);
    browser.find("#password").sendKeys(SharedPortal.DEMO_PASSWORD, Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("/staff.html") ? true : null);
  }
}
