package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.document.Layers;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's headless Chromium driven by Selenium with explicit
 * binary and driver paths (no downloads). The store holds the demo corpus, run through the standard
 * pipeline, and the hand-annotated sample articles (every layer present, so that the event
 * highlighting, the map and the timeline are checked whatever stages the pipeline has today).
 * Skipped without {@code /usr/bin/chromium} locally; failing without it in CI. With
 * {@code -Dmarsad.screenshots=DIR} the main pages are saved as PNG files (docs/screenshots/).
 */
class DashboardBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    @TempDir
    static Path dir;
    static TestServer t;
    static WebDriver web;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String msg = "browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, "
                    + "/usr/bin/chromedriver): apt-get install chromium chromium-driver";
            String req = System.getenv("MARSAD_REQUIRE_SHARED");
            if (req != null && !req.isBlank() && !req.equals("0") && !req.equalsIgnoreCase("false")) {
                throw new AssertionError(msg + " (required because MARSAD_REQUIRE_SHARED is set)");
            }
            Assumptions.abort("skipped: " + msg);
        }
        t = new TestServer(dir, true, List.of());
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=ar", "--user-data-dir=" + Files.createTempDirectory(dir, "chrome"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService svc = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        web = new ChromeDriver(svc, o);
        web.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.quit();
        }
        if (t != null) {
            t.close();
        }
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(web, Duration.ofSeconds(20));
    }

    static Object js(String script) {
        return ((JavascriptExecutor) web).executeScript(script);
    }

    static void shot(String name) throws Exception {
        String d = System.getProperty("marsad.screenshots");
        if (d == null || d.isBlank()) {
            return;
        }
        Path out = Path.of(d);
        Files.createDirectories(out);
        File f = ((TakesScreenshot) web).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), out.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** No script errors, and in particular no Content-Security-Policy violations, on the page. */
    static void noConsoleErrors(String page) {
        for (LogEntry e : web.manage().logs().get(LogType.BROWSER)) {
            String m = e.getMessage();
            boolean bad = e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                    && !m.contains("favicon.ico");
            assertTrue(!bad && !m.contains("Content Security Policy"), page + ": " + m);
        }
    }

    @Test
    void searchOpenArticleSeeEventMapAndTimeline() throws Exception {
        web.get(t.base() + "/");
        assertEquals("rtl", web.findElement(By.tagName("html")).getAttribute("dir"));
        // the map shows markers, the timeline bars
        waiting().until(d -> !d.findElements(By.cssSelector("#map .leaflet-marker-icon")).isEmpty());
        waiting().until(d -> d.findElement(By.id("timeline")).getAttribute("class").contains("loaded"));
        Long bars = (Long) js("var c = Chart.getChart(document.getElementById('timeline'));"
                + "return c.data.datasets.reduce(function (n, ds, i) { return n + c.getDatasetMeta(i).data"
                + ".filter(function (b, k) { return ds.data[k] > 0; }).length; }, 0);");
        assertTrue(bars > 0, "timeline has bars");
        assertTrue(web.findElements(By.cssSelector("#map path.leaflet-interactive, #map svg path")).size() > 10,
                "offline basemap drawn");
        shot("dashboard");
        noConsoleErrors("/");

        // search «الحسكة»
        WebElement q = web.findElement(By.id("q"));
        q.sendKeys("الحسكة");
        web.findElement(By.id("search-button")).click();
        waiting().until(d -> !d.findElements(By.id("search-results")).isEmpty());
        List<WebElement> hits = web.findElements(By.cssSelector("#search-results .hit"));
        assertTrue(hits.size() >= 3, "the annotated article, its event and the demo articles: " + hits.size());
        assertTrue(!web.findElements(By.cssSelector("#search-results mark")).isEmpty(), "matches are marked");
        shot("search");
        noConsoleErrors("/search");

        // open an article with events
        WebElement link = web.findElements(By.cssSelector("#search-results a.hit-link")).stream()
                .filter(a -> a.getAttribute("href").endsWith("/articles/hasakah-riot")).findFirst().orElseThrow();
        link.click();
        waiting().until(d -> !d.findElements(By.id("article-text")).isEmpty());
        WebElement trigger = web.findElement(By.cssSelector("#article-text .a.trg"));
        assertTrue(trigger.isDisplayed());
        assertEquals("تمردا", trigger.getText());
        trigger.click();
        waiting().until(d -> d.findElement(By.id("ev-e1")).getAttribute("class").contains("flash"));
        assertTrue(!web.findElements(By.cssSelector("#article-text .evidence-on")).isEmpty(), "evidence lit");
        shot("article");
        noConsoleErrors("/articles/hasakah-riot");
    }

    @Test
    void demoArticlesOpenAndEventPagesRender() throws Exception {
        web.get(t.base() + "/articles/hasakah-ghwayran-2022");
        String text = web.findElement(By.id("article-text")).getText();
        assertTrue(text.startsWith("هجوم لتنظيم داعش على سجن غويران في الحسكة"), text);
        if (Marsad.standard().pipeline().provides().contains(Layers.EVENTS)) {
            // once the standard pipeline extracts events, the demo corpus must show some
            assertTrue(!web.findElements(By.cssSelector("#article-text .a.trg")).isEmpty(), "demo article has events");
        }
        shot("article-demo");
        web.get(t.base() + "/events");
        waiting().until(d -> !d.findElements(By.cssSelector("#map .leaflet-marker-icon")).isEmpty());
        assertTrue(web.findElements(By.cssSelector("table.events tbody tr")).size() >= 2);
        shot("events");
        web.get(t.base() + "/actors/isis");
        assertEquals("ISIS", web.findElement(By.id("actor-name")).getText());
        shot("actor");
        web.get(t.base() + "/claims");
        assertTrue(web.findElement(By.cssSelector("table.claims")).getText().contains("Twitter"));
        shot("claims");
        web.get(t.base() + "/?lang=en");
        assertEquals("ltr", web.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("Search", web.findElement(By.id("search-button")).getText());
        waiting().until(d -> !d.findElements(By.cssSelector("#map .leaflet-marker-icon")).isEmpty());
        shot("dashboard-en");
        web.get(t.base() + "/?lang=ar");
        noConsoleErrors("pages");
    }
}
