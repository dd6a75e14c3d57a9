package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.output.JsonOutput;
import org.marsad.store.Annotated;

class ApiTest {
    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() {
        Annotated evil = Annotated.article("evil", "<script>alert('x')</script> عنوان\n\nنص فيه <img src=x onerror=alert(1)> "
                + "وعلامات & خاصة.", null, "<b>source</b>");
        t = new TestServer(dir, false, List.of(evil.processed("test:evil")));
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JsonOutput.mapper().readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchFindsArabicWithFacetsAndMarks() throws Exception {
        HttpResponse<String> r = t.get("/api/search?q=" + enc("الحسكة"));
        assertEquals(200, r.statusCode());
        JsonNode j = json(r);
        assertEquals(2, j.get("total").asInt());
        JsonNode hit = j.get("hits").get(0);
        assertEquals("hasakah-riot", hit.get("article").asText());
        assertTrue(hit.get("snippet").get("marks").size() > 0);
        assertTrue(j.get("facets").get("type").get(0).get("value").asText().equals("RIOT"));
        JsonNode events = json(t.get("/api/search?kind=event&type=ATTACK"));
        assertEquals(1, events.get("total").asInt());
    }

    @Test
    void invalidParametersAreClear400s() throws Exception {
        for (String[] c : new String[][] {{"/api/events?from=2020-13-01", "from"}, {"/api/events?bbox=1,2,3", "bbox"},
            {"/api/events?page=0", "page"}, {"/api/events?country=Syria", "country"}, {"/api/events?type=at%3Btack", "type"},
            {"/api/search?kind=person", null}, {"/api/search?size=1000", "size"}, {"/api/events/abc", "id"},
            {"/api/timeline?unit=decade", "unit"}}) {
            HttpResponse<String> r = t.get(c[0]);
            assertEquals(400, r.statusCode(), c[0] + " " + r.body());
            JsonNode j = json(r);
            assertFalse(j.get("error").asText().isBlank());
            if (c[1] != null) {
                assertEquals(c[1], j.get("parameter").asText(), r.body());
            }
        }
        HttpResponse<String> r = t.get("/api/events?from=2020-05-01&to=2020-01-01");
        assertEquals(400, r.statusCode());
        assertTrue(json(r).get("error").asText().contains("before"));
        assertEquals(404, t.get("/api/articles/nope").statusCode());
        assertEquals(404, t.get("/api/nothing-here").statusCode());
    }

    @Test
    void articlesEventsActorsPlacesClaims() throws Exception {
        JsonNode a = json(t.get("/api/articles/hasakah-riot"));
        assertTrue(a.get("text").asText().contains("تمردا"));
        assertEquals(1, a.get("output").get("events").size());
        assertTrue(json(t.get("/api/articles")).get("total").asInt() >= 3);
        JsonNode ev = json(t.get("/api/events?bbox=40,36,41,37"));
        assertEquals(1, ev.get("total").asInt());
        long id = ev.get("items").get(0).get("id").asLong();
        assertEquals("Twitter", json(t.get("/api/events/" + id)).get("claims").get(0).get("channel").asText());
        assertEquals(2, json(t.get("/api/events?actor=isis")).get("total").asInt());
        assertEquals(1, json(t.get("/api/events?type=RIOT,ARREST&from=2020-03-01&to=2020-03-31")).get("total").asInt());
        JsonNode tl = json(t.get("/api/timeline"));
        assertEquals("day", tl.get("unit").asText());
        assertEquals(5, tl.get("buckets").size(), "2020-03-29 .. 2020-04-02, empty days included");
        assertEquals(2, tl.get("series").size());
        assertEquals(1, tl.get("series").get(1).get("counts").get(0).asInt(), "RIOT on the first day");
        assertEquals(2, json(t.get("/api/actors/isis")).get("event_list").size());
        assertEquals(1, json(t.get("/api/places/gn:99072")).get("events").asInt());
        assertEquals(1, json(t.get("/api/claims?channel=Twitter")).get("total").asInt());
        JsonNode st = json(t.get("/api/stats"));
        assertTrue(st.get("articles").asInt() >= 3);
        assertTrue(json(t.get("/api/types")).size() >= 20);
    }

    @Test
    void exportsAndOpenApi() throws Exception {
        HttpResponse<String> csv = t.get("/api/export/events.csv");
        assertEquals(200, csv.statusCode());
        List<String> lines = csv.body().lines().toList();
        assertEquals(3, lines.size(), csv.body());
        assertTrue(lines.get(0).startsWith("event_id_cnty,event_date"));
        assertTrue(csv.body().contains("Riots"));
        assertEquals("0", csv.headers().firstValue("X-Marsad-Left-Out").orElseThrow());
        assertEquals(2, t.get("/api/export/events.csv?type=RIOT").body().lines().count(), "filters apply");
        JsonNode geo = json(t.get("/api/export/events.geojson"));
        assertEquals(2, geo.get("features").size());
        assertEquals("Point", geo.get("features").get(0).get("geometry").get("type").asText());
        JsonNode map = json(t.get("/api/events/geojson?country=SY"));
        assertEquals(1, map.get("features").size());
        assertTrue(map.get("features").get(0).get("properties").has("color"));
        JsonNode plover = json(t.get("/api/export/events.plover.json"));
        assertEquals(2, plover.size());
        assertTrue(t.get("/api/export/articles.jsonl").body().lines().count() >= 3);
        JsonNode api = json(t.get("/openapi.json"));
        assertEquals("3.0.3", api.get("openapi").asText());
        assertTrue(api.get("paths").has("/api/search") && api.get("paths").has("/api/ingest"));
    }

    @Test
    void pagesAreEscapedAndCarryAContentSecurityPolicy() throws Exception {
        HttpResponse<String> r = t.get("/articles/evil");
        assertEquals(200, r.statusCode());
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertFalse(r.body().contains("<script>alert"), "article text must be escaped");
        assertFalse(r.body().contains("<img src=x"), "article text must be escaped");
        assertTrue(r.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertFalse(r.body().contains("<b>source</b>"));
        assertFalse(r.body().contains("onerror=alert(1)>"));
        assertFalse(r.body().matches("(?s).*<script>[^<].*"), "no inline scripts");
        for (String page : List.of("/", "/search?q=" + enc("الحسكة"), "/events", "/actors", "/actors/isis", "/places",
                "/places/gn:173811", "/claims", "/articles/hasakah-riot", "/?lang=en")) {
            HttpResponse<String> p = t.get(page);
            assertEquals(200, p.statusCode(), page);
            assertTrue(p.body().startsWith("<!doctype html>"), page);
        }
        assertTrue(t.get("/").body().contains("dir=\"rtl\""));
        assertTrue(t.get("/?lang=en").body().contains("dir=\"ltr\""));
        assertEquals(404, t.get("/articles/none").statusCode());
    }

    @Test
    void articlePageHighlightsEventsClaimsAndEntities() throws Exception {
        String html = t.get("/articles/hasakah-riot").body();
        assertTrue(html.contains("class=\"a trg\"") || html.matches("(?s).*class=\"a [^\"]*trg[^\"]*\".*"), "trigger");
        assertTrue(html.contains("data-refs=\"ev-e1\""), "trigger points at its card");
        assertTrue(html.contains("id=\"ev-e1\""), "event card");
        assertTrue(html.contains("id=\"cl-c1\""), "claim card");
        assertTrue(html.matches("(?s).*class=\"a [^\"]*ent ent-PERSON.*"), "entity");
        assertTrue(html.contains("data-refs=\"dat-0\""), "date");
        assertTrue(html.contains("id=\"dat-0\""), "date chip");
    }

    @Test
    void actorsAndPlacesCanBeFollowedAsAtomFeeds() throws Exception {
        HttpResponse<String> r = t.get("/actors/isis/feed.atom");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/atom+xml"));
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, doc.getElementsByTagName("entry").getLength());
        assertTrue(r.body().contains("/articles/mosul-attack#ev-e1"));
        assertTrue(t.get("/places/gn:173811/feed.atom").body().contains("تمردا"));
        assertEquals(404, t.get("/actors/nobody/feed.atom").statusCode());
        assertTrue(t.get("/actors/isis").body().contains("/actors/isis/feed.atom"));
    }

    @Test
    void staticAssetsAndWebjarsAreServed() throws Exception {
        for (String p : List.of("/static/app.js", "/static/app.css", "/static/basemap/countries.geojson",
                Layout.LEAFLET + "leaflet.js", Layout.HTMX, Layout.CHART)) {
            assertEquals(200, t.get(p).statusCode(), p);
        }
    }
}
