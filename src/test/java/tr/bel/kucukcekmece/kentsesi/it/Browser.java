package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium, with an axe-core check of the page it shows. */
final class Browser implements AutoCloseable {

  final WebDriver driver;
  private final String axeSource;
  private final Path profile;

  Browser() throws IOException {
    String assets = System.getProperty("kentsesi.it.browserAssets", ".ci/node_modules");
    Path axe = Path.of(assets, "axe-core", "axe.min.js");
    if (!Files.isRegularFile(axe)) {
      throw new IllegalStateException(
          "axe-core is not installed at " + axe + ": run 'npm ci --prefix .ci' (as .ci/run does)");
    }
    axeSource = Files.readString(axe);
    File chromedriver =
        new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    if (!chromedriver.canExecute()) {
      throw new IllegalStateException(
          "chromedriver not found at "
              + chromedriver
              + ": install Debian's chromium and chromium-driver (as .ci/run does)");
    }
    profile =
        Files.createTempDirectory(
            Path.of(System.getProperty("java.io.tmpdir")), "chromium-profile");
    ChromeOptions options = new ChromeOptions();
    String binary =
        new File("/usr/lib/chromium/chromium").canExecute()
            ? "/usr/lib/chromium/chromium"
            : "/usr/bin/chromium";
    options.setBinary(binary);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,900",
        "--lang=tr-TR",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  void open(String url) {
    driver.get(url);
    waitFor(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
  }

  WebElement find(String css) {
    return waitFor(
        d -> {
          var found = d.findElements(By.cssSelector(css));
          return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
  }

  String htmlLang() {
    return (String)
        ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang");
  }

  void waitForLang(String lang) {
    waitFor(d -> lang.equals(htmlLang()) ? Boolean.TRUE : null);
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Runs axe-core on the current page and fails with the list of violations, if any. */
  void assertAccessible(String what) {
    ((JavascriptExecutor) driver).executeScript(axeSource);
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']})"
                    + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact,"
                    + " nodes: v.nodes.map(n => n.target.join(' '))})))))"
                    + ".catch(e => done('axe failed: ' + e));");
    assertEquals("[]", String.valueOf(result), "axe-core violations on " + what);
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // the profile lives under target/ and goes with 'mvn clean'
    }
  }
}
