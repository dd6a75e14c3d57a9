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
    @TempDir
    static Path demoDir;
    static TestServer t;
    static TestServer demo;
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
        demo = new TestServer(demoDir, false, true, List.of(), 60);
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
        if (demo != null) {
            demo.close();
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
        noConsoleErrors("/");

        // search «الحسكة»
        WebElement q = web.findElement(By.id("q"));
        q.sendKeys("الحسكة");
        web.findElement(By.id("search-button")).click();
        waiting().until(d -> !d.findElements(By.id("search-results")).isEmpty());
        List<WebElement> hits = web.findElements(By.cssSelector("#search-results .hit"));
        assertTrue(hits.size() >= 3, "the annotated article, its event and the demo articles: " + hits.size());
        assertTrue(!web.findElements(By.cssSelector("#search-results mark")).isEmpty(), "matches are marked");
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
        noConsoleErrors("/articles/hasakah-riot");
    }

    /**
     * The brief's scenario on the demo corpus alone, run through the standard pipeline: the pages a
     * reader sees first (and docs/screenshots/ with -Dmarsad.screenshots).
     */
    @Test
    void demoCorpusSearchArticleMapAndTimeline() throws Exception {
        Assumptions.assumeTrue(Marsad.standard().pipeline().provides().contains(Layers.EVENTS),
                "the standard pipeline has no event stage yet");
        web.get(demo.base() + "/?lang=ar");
        waiting().until(d -> !d.findElements(By.cssSelector("#map .leaflet-marker-icon")).isEmpty());
        waiting().until(d -> d.findElement(By.id("timeline")).getAttribute("class").contains("loaded"));
        assertTrue((Long) js("var c = Chart.getChart(document.getElementById('timeline'));"
                + "return c.data.datasets.reduce(function (n, ds) { return n + ds.data.filter(function (v) "
                + "{ return v > 0; }).length; }, 0);") > 0, "timeline has bars");
        shot("dashboard");
        noConsoleErrors("demo /");
        WebElement q = web.findElement(By.id("q"));
        q.sendKeys("الحسكة");
        web.findElement(By.id("search-button")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#search-results .hit")).isEmpty());
        assertTrue(web.findElements(By.cssSelector("#search-results a.hit-link")).stream()
                .anyMatch(a -> a.getAttribute("href").endsWith("/articles/hasakah-ghwayran-2022")));
        shot("search");
        web.get(demo.base() + "/articles/hasakah-ghwayran-2022");
        List<WebElement> triggers = web.findElements(By.cssSelector("#article-text .a.trg"));
        assertTrue(!triggers.isEmpty(), "the demo article's events are highlighted");
        triggers.get(0).click();
        waiting().until(d -> !d.findElements(By.cssSelector(".card.event.flash")).isEmpty());
        shot("article");
        noConsoleErrors("demo article");
        web.get(demo.base() + "/events");
        waiting().until(d -> !d.findElements(By.cssSelector("#map .leaflet-marker-icon")).isEmpty());
        waiting().until(d -> d.findElement(By.id("timeline")).getAttribute("class").contains("loaded"));
        shot("events");
        web.get(demo.base() + "/claims");
        shot("claims");
        web.get(demo.base() + "/actors");
        web.findElements(By.cssSelector("table a")).get(0).click();
        waiting().until(d -> !d.findElements(By.id("actor-name")).isEmpty());
        waiting().until(d -> d.findElement(By.id("map")).getAttribute("class").contains("loaded"));
        shot("actor");
        web.get(demo.base() + "/?lang=en");
        waiting().until(d -> !d.findElements(By.cssSelector("#map .leaflet-marker-icon")).isEmpty());
        waiting().until(d -> d.findElement(By.id("timeline")).getAttribute("class").contains("loaded"));
        shot("dashboard-en");
        web.get(demo.base() + "/?lang=ar");
        noConsoleErrors("demo pages");
    }

    /**
     * Linking on the demo corpus: from an article, «reported by N sources» opens the event's reports
     * side by side with their disagreements; from there, the story thread's timeline chart.
     */
    @Test
    void demoClusterViewShowsSourcesSideBySideAndTheThreadTimeline() throws Exception {
        Assumptions.assumeTrue(Marsad.standard().pipeline().provides().contains(Layers.EVENTS),
                "the standard pipeline has no event stage yet");
        web.get(demo.base() + "/articles/hasakah-ghwayran-2022-b?lang=ar");
        WebElement several = web.findElements(By.cssSelector(".card.event a.sources-link")).stream()
                .filter(a -> Integer.parseInt(a.getAttribute("data-sources")) >= 2).findFirst()
                .orElseThrow(() -> new AssertionError("no event of the article is linked to another outlet's report"));
        several.click();
        waiting().until(d -> !d.findElements(By.id("reports")).isEmpty());
        List<WebElement> reports = web.findElements(By.cssSelector("#reports .card.report"));
        assertTrue(reports.size() >= 2, "reports side by side: " + reports.size());
        assertTrue(reports.stream().map(r -> r.findElement(By.cssSelector("h3.outlet")).getText()).distinct().count() >= 2,
                "from different outlets");
        assertTrue(!web.findElements(By.cssSelector("#reports blockquote mark.trigger")).isEmpty(),
                "the trigger is marked in the evidence");
        assertTrue(web.findElement(By.id("cluster-sources")).getText().matches(".*[2-9].*"), "the count of sources");
        shot("cluster");
        noConsoleErrors("demo cluster");
        web.findElement(By.id("lang-toggle")).click();
        waiting().until(d -> d.findElement(By.tagName("html")).getAttribute("dir").equals("ltr"));
        assertTrue(web.findElement(By.id("cluster-sources")).getText().startsWith("reported by "));
        web.findElement(By.id("thread-link")).click();
        waiting().until(d -> d.findElement(By.id("thread-chart")).getAttribute("class").contains("loaded"));
        Long bars = (Long) js("var c = Chart.getChart(document.getElementById('thread-chart'));"
                + "return c.getDatasetMeta(0).data.length;");
        assertTrue(bars >= 2, "one bar per event of the thread: " + bars);
        assertEquals(bars.intValue(), web.findElements(By.cssSelector("#timeline-list li")).size());
        shot("thread-en");
        web.get(demo.base() + "/clusters?min_sources=2&lang=ar");
        assertTrue(web.findElements(By.cssSelector("#cluster-table tbody tr")).size() >= 4,
                "the demo has several events reported by two outlets or more");
        shot("clusters");
        noConsoleErrors("demo clusters and thread");
    }

    @Test
    void demoArticlesOpenAndEventPagesRender() throws Exception {
        web.get(t.base() + "/articles/hasakah-ghwayran-2022");
        String text = web.findElement(By.id("article-text")).getText();
        assertTrue(text.startsWith("هجوم لتنظيم داعش على سجن غويران في الحسكة"), text);
        
        web.get(t.base() + "/events");
        waiting().until(d -> !d.findElements(By.cssSelector("#map .leaflet-marker-icon")).isEmpty());
        assertTrue(web.findElements(By.cssSelector("table.events tbody tr")).size() >= 2);
        
        web.get(t.base() + "/actors/isis");
        assertEquals("ISIS", web.findElement(By.id("actor-name")).getText());
        web.get(t.base() + "/claims");
        assertTrue(web.findElement(By.cssSelector("table.claims")).getText().contains("Twitter"));
        web.get(t.base() + "/?lang=en");
        assertEquals("ltr", web.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("Search", web.findElement(By.id("search-button")).getText());
        waiting().until(d -> !d.findElements(By.cssSelector("#map .leaflet-marker-icon")).isEmpty());
        
        web.get(t.base() + "/?lang=ar");
        noConsoleErrors("pages");
    }
}
