package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Annotated;
import org.marsad.store.LinkedArticles;

/**
 * The linking endpoints and pages on a store holding one bombing reported by three outlets and
 * copied by a fourth, an arrest threaded with it, and an attack near Mosul reported twice (once by
 * an outlet whose name and evidence carry markup, which must come out escaped).
 */
class LinkApiTest {
    @TempDir
    static Path dir;
    static TestServer t;
    static String bombing;

    @BeforeAll
    static void start() throws Exception {
        String evilText = "هجوم على نقطة قرب الموصل\n\nقتل ثلاثة جنود <script>alert(1)</script> في هجوم مسلح على نقطة "
                + "عسكرية جنوب الموصل يوم الأحد <img src=x onerror=alert(2)>.";
        var evil = Annotated.article("mosul-evil", evilText, LocalDate.of(2020, 3, 30), "<b>outlet-x</b>")
                .place("الموصل يوم", Annotated.MOSUL)
                .event("e1", "ATTACK", "هجوم مسلح", null, null, "الموصل يوم", Annotated.MOSUL, LocalDate.of(2020, 3, 29), 3,
                        List.of()).processed("test:evil");
        t = new TestServer(dir, false, false, List.of(LinkedArticles.a(), LinkedArticles.mosul(), LinkedArticles.b(),
                LinkedArticles.copyOfA(), LinkedArticles.c(), LinkedArticles.arrest(), evil), 60);
        bombing = ApiTest.json(t.get("/api/clusters?type=BOMBING")).get("items").get(0).get("id").asText();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = t.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return ApiTest.json(r);
    }

    private static List<String> texts(Iterable<JsonNode> n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    @Test
    void clustersListAndFilter() throws Exception {
        JsonNode all = json("/api/clusters");
        assertEquals(3, all.get("total").asInt(), all.toString());
        JsonNode many = json("/api/clusters?min_sources=3");
        assertEquals(1, many.get("total").asInt());
        JsonNode b = many.get("items").get(0);
        assertEquals(bombing, b.get("id").asText());
        assertEquals(4, b.get("num_sources").asInt());
        assertEquals(3, b.get("num_reports").asInt());
        assertEquals(1, b.get("num_copies").asInt());
        assertEquals(27, b.get("fatalities").asInt());
        assertEquals(List.of("fatalities"), texts(b.get("disagree_on")));
        assertEquals(List.of("outlet-a", "outlet-b", "outlet-d", "outlet-c"), texts(b.get("sources")));
        assertEquals(1, json("/api/clusters?disagreements=true").get("total").asInt());
        assertEquals(2, json("/api/clusters?min_sources=2&sort=sources").get("total").asInt());
        assertEquals(bombing, json("/api/clusters?sort=sources").get("items").get(0).get("id").asText());
        assertEquals(1, json("/api/clusters?type=ATTACK&country=IQ").get("total").asInt());
        assertEquals(0, json("/api/clusters?from=2020-04-01&to=2020-04-05").get("total").asInt());
        assertEquals(1, json("/api/clusters?place=al-hasakah&type=ARREST").get("total").asInt());
        assertEquals(2, json("/api/clusters?actor=isis").get("total").asInt());
    }

    @Test
    void oneClusterHasItsReportsSideBySide() throws Exception {
        JsonNode c = json("/api/clusters/" + bombing);
        assertEquals(3, c.get("reports").size());
        assertEquals(1, c.get("copies").size());
        JsonNode fat = c.get("disagreements").get(0);
        assertEquals("fatalities", fat.get("field").asText());
        assertEquals(List.of("27", "31", "30"), texts(fat.get("values").findValues("value")));
        assertEquals(List.of("outlet-b"), texts(fat.get("values").get(1).get("sources")));
        JsonNode r = c.get("reports").get(1);
        assertEquals("bombing-b", r.get("article").asText());
        assertEquals("outlet-b", r.get("source").asText());
        assertEquals(31, r.get("fatalities").asInt());
        assertEquals("2020-03-29", r.get("date").get("start").asText());
        assertEquals("التفجير الذي ضرب", r.get("evidence").asText().substring(r.get("trigger").get("begin").asInt(),
                r.get("trigger").get("end").asInt()));
        JsonNode k = c.get("copies").get(0);
        assertEquals("bombing-a-copy", k.get("article").asText());
        assertEquals("bombing-a", k.get("copy_of").asText());
        assertTrue(k.get("similarity").asDouble() >= 0.5);
        assertEquals(c.get("thread").asText(), c.get("thread_info").get("id").asText());
        // the same through a stored event
        long event = r.get("event_id").asLong();
        assertEquals(bombing, json("/api/events/" + event + "/cluster").get("id").asText());
        JsonNode ev = json("/api/events?article=bombing-b").get("items").get(0);
        assertEquals(4, ev.get("cluster_sources").asInt());
        assertEquals(bombing, json("/api/clusters/" + bombing.substring(1)).get("id").asText(), "the number alone");
    }

    @Test
    void threadsAndArticleLinks() throws Exception {
        JsonNode ts = json("/api/threads");
        assertEquals(1, ts.get("total").asInt());
        String id = ts.get("items").get(0).get("id").asText();
        JsonNode th = json("/api/threads/" + id + "?lang=ar");
        assertEquals(List.of("BOMBING", "ARREST"), texts(th.get("timeline").findValues("type")));
        assertTrue(th.get("timeline").get(0).get("color").asText().startsWith("#"));
        assertEquals("تفجير", th.get("timeline").get(0).get("label").asText());
        JsonNode links = json("/api/articles/bombing-a/links");
        assertEquals("bombing-a-copy", links.get("copies").get(0).get("id").asText());
        assertEquals(bombing, links.get("clusters").get(0).get("cluster").asText());
        assertEquals("bombing-a", json("/api/articles/bombing-a-copy/links").get("copy_of").get("article").asText());
        JsonNode copy = json("/api/articles/bombing-a-copy");
        assertEquals("bombing-a", copy.get("copy_of").asText());
        assertEquals(1, copy.get("output").get("events").size());
        assertEquals(1, json("/api/stats").get("near_duplicates").asInt());
    }

    @Test
    void badIdsAndFiltersAreClear400sAndUnknownOnes404s() throws Exception {
        for (String[] c : new String[][] {{"/api/clusters?min_sources=0", "min_sources"},
            {"/api/clusters?min_sources=many", "min_sources"}, {"/api/clusters?sort=oldest", "sort"},
            {"/api/clusters?disagreements=maybe", "disagreements"}, {"/api/clusters?thread=x7", "thread"},
            {"/api/clusters?from=2020-02-30", "from"}, {"/api/clusters?size=201", "size"},
            {"/api/clusters?country=Iraq", "country"}, {"/api/clusters/x1", "id"}, {"/api/clusters/c1x", "id"},
            {"/api/threads/12", "id"}, {"/api/events/abc/cluster", "id"}, {"/api/threads?page=0", "page"}}) {
            HttpResponse<String> r = t.get(c[0]);
            assertEquals(400, r.statusCode(), c[0] + " " + r.body());
            assertEquals(c[1], ApiTest.json(r).get("parameter").asText(), r.body());
        }
        HttpResponse<String> r = t.get("/api/clusters?from=2020-05-01&to=2020-01-01");
        assertEquals(400, r.statusCode());
        assertTrue(ApiTest.json(r).get("error").asText().contains("before"));
        for (String p : List.of("/api/clusters/c999", "/api/threads/t999", "/api/events/99999/cluster",
                "/api/articles/nope/links", "/clusters/c999", "/threads/t999")) {
            assertEquals(404, t.get(p).statusCode(), p);
        }
    }

    @Test
    void pagesShowSourcesSideBySideEscapedAndInBothLanguages() throws Exception {
        HttpResponse<String> r = t.get("/clusters/" + bombing);
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("id=\"reports\"") && html.contains("class=\"card report\""), "report cards");
        assertEquals(3, html.split("class=\"card report\"", -1).length - 1);
        assertTrue(html.contains("<mark class=\"trigger\">التفجير الذي ضرب</mark>"), "trigger highlighted");
        assertTrue(html.contains("<mark class=\"dis-value\">31</mark>"), "the disputed figure highlighted in the evidence");
        assertTrue(html.contains("data-field=\"fatalities\""), "disagreement listed");
        assertTrue(html.contains("class=\"disagree\" data-field=\"fatalities\""), "disagreeing cell marked");
        assertTrue(html.contains("id=\"copies\""), "copies listed");
        assertTrue(html.contains("id=\"thread-link\""));
        assertTrue(html.contains("أوردته 4 مصادر"), "Arabic count");
        assertTrue(t.get("/clusters/" + bombing + "?lang=en").body().contains("reported by 4 sources"));
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);

        String mosul = ApiTest.json(t.get("/api/clusters?type=ATTACK")).get("items").get(0).get("id").asText();
        String evil = t.get("/clusters/" + mosul).body();
        assertFalse(evil.contains("<script>alert"), "evidence escaped");
        assertFalse(evil.contains("<img src=x"), "evidence escaped");
        assertFalse(evil.contains("<b>outlet-x</b>"), "outlet escaped");
        assertTrue(evil.contains("&lt;b&gt;outlet-x&lt;/b&gt;"));
        assertFalse(evil.matches("(?s).*<script>[^<].*"), "no inline scripts");
        assertFalse(evil.contains(" style=\""), "no inline styles");

        String article = t.get("/articles/bombing-a").body();
        assertTrue(article.contains("href=\"/clusters/" + bombing + "\""), "the event card links to its cluster");
        assertTrue(article.contains("id=\"copies\"") && article.contains("outlet-d"), "copies of the article");
        assertTrue(t.get("/articles/bombing-a-copy").body().contains("id=\"copy-banner\""));
        String list = t.get("/clusters?min_sources=2").body();
        assertTrue(list.contains("href=\"/clusters/" + bombing + "\""));
        assertTrue(list.contains("id=\"cluster-table\""));
        String events = t.get("/events").body();
        assertTrue(events.contains("class=\"sources-link\""), "the events table links to clusters");
        String threadId = ApiTest.json(t.get("/api/threads")).get("items").get(0).get("id").asText();
        String thread = t.get("/threads/" + threadId).body();
        assertTrue(thread.contains("class=\"thread-chart\"") && thread.contains("id=\"timeline-list\""));
        assertEquals(2, thread.split("<li class=\"dated\"", -1).length - 1);
        for (String p : List.of("/threads", "/threads?lang=en", "/clusters?lang=en", "/clusters?disagreements=on")) {
            HttpResponse<String> x = t.get(p);
            assertEquals(200, x.statusCode(), p);
            assertTrue(x.body().startsWith("<!doctype html>"), p);
        }
        assertEquals(400, t.get("/clusters?min_sources=0").statusCode());
    }

    @Test
    void everyApiRouteIsDescribedInOpenApi() throws Exception {
        JsonNode paths = json("/openapi.json").get("paths");
        for (String p : List.of("/api/clusters", "/api/clusters/{id}", "/api/threads", "/api/threads/{id}",
                "/api/articles/{id}/links", "/api/events/{id}/cluster")) {
            assertTrue(paths.has(p), p);
        }
    }
}
