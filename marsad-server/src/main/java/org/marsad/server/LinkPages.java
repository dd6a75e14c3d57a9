package org.marsad.server;

import static org.marsad.server.Layout.s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.store.ClusterQuery;
import org.marsad.store.Page;

/**
 * The dashboard's pages of linking ({@code docs/LINKING.md}): events reported by several sources
 * (list and filters), one event's reports side by side with their disagreements, and story threads
 * with their timelines. Rendered with {@link Html} (everything escaped); the thread chart is drawn
 * by {@code app.js} from the API. Thread-safe.
 */
final class LinkPages {
    /** The fields a report card shows, in order, with the disagreement field each belongs to. */
    private static final List<String> FIELDS = List.of("type", "date", "place", "facility", "actor", "target",
            "fatalities", "injured", "modality");

    private final Services services;
    private final ServerConfig config;

    LinkPages(Services services, ServerConfig config) {
        this.services = services;
        this.config = config;
    }


    /** «reported by N sources», linking to the cluster. */
    static void sourcesLink(Html h, Messages m, String cluster, int sources, String cls) {
        h.a("/clusters/" + Layout.enc(cluster), m.plural("sources", sources), "class", cls, "data-sources",
                Integer.toString(sources));
    }

    // ---- list ------------------------------------------------------------------------------------

    void clusters(Context ctx) {
        Messages m = Layout.messages(ctx);
        // the page compares sources: by default the events that several outlets reported
        ClusterQuery q = Params.clusters(ctx, 50, 200, 2);
        Page<ObjectNode> p = services.store().clusters(q);
        Html h = new Html();
        h.el("h1", m.get("clusters.title") + " (" + p.total() + ")", "id", "clusters-title");
        h.el("p", m.get("clusters.intro"), "class", "muted");
        h.open("form", "method", "get", "action", "/clusters", "class", "filters");
        Layout.commonFilters(h, m, q.types(), q.from(), q.to(), q.country());
        h.open("label").text(m.get("clusters.minSources") + " ").open("select", "name", "min_sources", "id", "min-sources");
        for (int n : new int[] {1, 2, 3, 5}) {
            h.open("option", "value", Integer.toString(n), "selected", q.minSources() == n ? "selected" : null)
                    .text(Integer.toString(n)).close("option");
        }
        h.close("select").close("label");
        h.open("label").open("input", "type", "checkbox", "name", "disagreements", "value", "true", "checked",
                q.disagreements() ? "checked" : null).text(" " + m.get("clusters.disagreeing")).close("label");
        h.open("label").text(m.get("clusters.sort") + " ").open("select", "name", "sort");
        for (String so : ClusterQuery.SORTS) {
            h.open("option", "value", so, "selected", q.sort().equals(so) ? "selected" : null)
                    .text(m.get("clusters.sort." + so)).close("option");
        }
        h.close("select").close("label");
        h.el("button", m.get("filter.apply"), "type", "submit");
        h.a("/clusters", m.get("filter.clear"), "class", "small");
        h.a("/threads", m.get("nav.threads"), "class", "small");
        h.close("form");
        if (p.items().isEmpty()) {
            h.el("p", m.get("clusters.none"), "class", "muted");
        } else {
            clusterTable(h, m, p.items());
        }
        Layout.pager(h, ctx, m, q.page(), p.hasNext());
        Layout.send(ctx, m, m.get("clusters.title"), "clusters", config, h);
    }

    private static void clusterTable(Html h, Messages m, List<? extends JsonNode> rows) {
        h.open("table", "class", "clusters", "id", "cluster-table").open("thead").open("tr");
        for (String k : List.of("event.date", "facet.type", "event.place", "event.summary", "cluster.sourcesCount",
                "event.fatalities", "cluster.disagreements")) {
            h.el("th", m.get(k));
        }
        h.close("tr").close("thead").open("tbody");
        for (JsonNode c : rows) {
            h.open("tr");
            h.el("td", s(c, "day"), "class", "nowrap", "dir", "ltr");
            h.open("td");
            Layout.typeBadge(h, m, s(c, "type"));
            h.close("td");
            h.el("td", s(c, "place_name"));
            h.open("td").a("/clusters/" + Layout.enc(s(c, "id")), s(c, "summary"), "dir", "ltr", "class",
                    "cluster-link").close("td");
            h.el("td", s(c, "num_sources"), "class", "num");
            h.el("td", s(c, "fatalities"), "class", "num");
            List<String> dis = new ArrayList<>();
            c.path("disagree_on").forEach(d -> dis.add(m.get("cluster.field." + d.asText())));
            h.el("td", String.join(m.rtl() ? "، " : ", ", dis), "class", "disagree-on");
            h.close("tr");
        }
        h.close("tbody").close("table");
    }

    // ---- one cluster -----------------------------------------------------------------------------

    void cluster(Context ctx) {
        Messages m = Layout.messages(ctx);
        ObjectNode c = services.store().cluster(Params.clusterNumber(ctx.pathParam("id")))
                .orElseThrow(() -> ApiException.notFound("cluster"));
        Set<String> disagreeing = new HashSet<>();
        c.path("disagreements").forEach(d -> disagreeing.add(d.path("field").asText()));
        Html h = new Html();
        h.open("article", "class", "cluster", "id", "cluster", "data-id", s(c, "id"));
        h.open("p", "class", "small").a("/clusters", m.get("clusters.title")).close("p");
        h.open("h1");
        Layout.typeBadge(h, m, s(c, "type"));
        h.text(" " + m.get("cluster.title") + " ");
        h.el("bdi", s(c, "day"), "dir", "ltr");
        h.close("h1");
        h.el("p", s(c, "summary"), "class", "summary", "dir", "ltr");
        h.open("p", "class", "lead").el("b", m.plural("sources", c.path("num_sources").asInt()), "id", "cluster-sources")
                .text(" · " + c.path("num_articles").asInt() + " " + m.get("cluster.articles").toLowerCase(java.util.Locale.ROOT)
                        + " · " + m.get("cluster.firstReported") + " ").el("bdi", s(c, "first_reported"), "dir", "ltr")
                .text(" · " + m.get("cluster.lastReported") + " ").el("bdi", s(c, "last_reported"), "dir", "ltr");
        h.close("p");
        JsonNode ti = c.path("thread_info");
        if (ti.isObject()) {
            h.open("p").text(m.get("cluster.thread") + ": ").a("/threads/" + Layout.enc(s(ti, "id")), s(ti, "id"), "id",
                    "thread-link").text(" (" + s(ti, "num_clusters") + " " + m.get("threads.events") + (m.rtl() ? "، " : ", "));
            range(h, m, s(ti, "start_day"), s(ti, "end_day"));
            h.text(")").close("p");
        }
        h.open("div", "class", "panels");
        consensus(h, m, c);
        disagreements(h, m, c);
        h.close("div");
        h.el("h2", m.get("cluster.reports") + " (" + c.path("reports").size() + ")");
        h.open("div", "class", "reports", "id", "reports");
        for (JsonNode r : c.path("reports")) {
            report(h, m, r, disagreeing);
        }
        h.close("div");
        if (!c.path("copies").isEmpty()) {
            h.el("h2", m.get("cluster.copies") + " (" + c.path("copies").size() + ")");
            h.open("table", "class", "copies", "id", "copies").open("thead").open("tr");
            for (String k : List.of("article.source", "article.published", "event.article", "cluster.copyOf",
                    "cluster.similarity")) {
                h.el("th", m.get(k));
            }
            h.close("tr").close("thead").open("tbody");
            for (JsonNode k : c.path("copies")) {
                h.open("tr").open("td").el("bdi", s(k, "source")).close("td").el("td", s(k, "published"), "dir", "ltr")
                        .open("td").a("/articles/" + Layout.enc(s(k, "article")), s(k, "article_title").isEmpty()
                                ? s(k, "article") : s(k, "article_title"), "dir", "auto").close("td")
                        .open("td").a("/articles/" + Layout.enc(s(k, "copy_of")), s(k, "copy_of"), "dir", "ltr").close("td")
                        .el("td", String.format(java.util.Locale.ROOT, "%.2f", k.path("similarity").asDouble()), "dir",
                                "ltr").close("tr");
            }
            h.close("tbody").close("table");
        }
        h.close("article");
        Layout.send(ctx, m, m.get("cluster.title"), "clusters", config, h);
    }

    private static void consensus(Html h, Messages m, JsonNode c) {
        h.open("section", "class", "panel consensus", "id", "consensus");
        h.el("h2", m.get("cluster.consensus"));
        h.open("dl", "class", "facts");
        fact(h, m.get("cluster.field.type"), m.type(s(c, "type")));
        String place = s(c, "place_name");
        if (!place.isEmpty()) {
            place += s(c, "admin1").isEmpty() || s(c, "admin1").equals(place) ? "" : ", " + s(c, "admin1");
            place += s(c, "country").isEmpty() ? "" : " (" + s(c, "country") + ")";
        }
        fact(h, m.get("cluster.field.place"), place);
        fact(h, m.get("cluster.facility"), s(c, "facility"));
        fact(h, m.get("cluster.field.date"), s(c, "date_start") + (s(c, "date_end").equals(s(c, "date_start")) ? ""
                : " / " + s(c, "date_end")));
        fact(h, m.get("cluster.field.actor"), s(c, "actor"));
        fact(h, m.get("cluster.field.target"), s(c, "target"));
        fact(h, m.get("cluster.field.fatalities"), s(c, "fatalities"));
        fact(h, m.get("cluster.field.injured"), s(c, "injured"));
        List<String> outlets = new ArrayList<>();
        c.path("sources").forEach(x -> outlets.add(x.asText()));
        fact(h, m.get("cluster.sourcesList"), String.join(", ", outlets));
        h.close("dl");
        h.el("p", m.get("cluster.consensus.note"), "class", "muted small");
        h.close("section");
    }

    private static void fact(Html h, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        h.el("dt", label).open("dd").el("bdi", value).close("dd");
    }

    private static void disagreements(Html h, Messages m, JsonNode c) {
        h.open("section", "class", "panel disagreements", "id", "disagreements");
        h.el("h2", m.get("cluster.disagreements"));
        if (c.path("disagreements").isEmpty()) {
            h.el("p", m.get("cluster.noDisagreements"), "class", "muted");
        }
        for (JsonNode d : c.path("disagreements")) {
            String field = s(d, "field");
            h.open("div", "class", "dis", "data-field", field);
            h.el("h3", m.get("cluster.field." + field));
            h.open("ul", "class", "list");
            for (JsonNode v : d.path("values")) {
                List<String> src = new ArrayList<>();
                v.path("sources").forEach(x -> src.add(x.asText()));
                String value = field.equals("type") ? m.type(s(v, "value")) : s(v, "value");
                h.open("li").el("mark", value, "class", "dis-value", "dir", "auto").text(" \u2014 ")
                        .el("bdi", String.join(", ", src)).close("li");
            }
            h.close("ul").close("div");
        }
        h.close("section");
    }

    private static void report(Html h, Messages m, JsonNode r, Set<String> disagreeing) {
        String article = s(r, "article");
        h.open("div", "class", "card report", "id", "r-" + article + "-" + s(r, "event"), "data-article", article);
        h.el("h3", s(r, "source").isEmpty() ? article : s(r, "source"), "class", "outlet", "dir", "auto");
        h.open("p", "class", "muted small").text(m.get("cluster.published") + " ").el("bdi", s(r, "published"), "dir", "ltr")
                .text(" · ").a("/articles/" + Layout.enc(article), s(r, "article_title").isEmpty() ? article
                        : s(r, "article_title"), "dir", "auto").close("p");
        h.open("dl");
        for (String f : FIELDS) {
            String v = switch (f) {
                case "type" -> m.type(s(r, "type"));
                case "date" -> r.path("date").isObject() ? s(r.get("date"), "start")
                        + (s(r.get("date"), "end").equals(s(r.get("date"), "start")) ? "" : " / " + s(r.get("date"), "end"))
                        : "";
                case "modality" -> m.modality(s(r, "modality"));
                default -> s(r, f);
            };
            if (v.isBlank()) {
                continue;
            }
            boolean dis = disagreeing.contains(f) || (f.equals("modality") && disagreeing.contains("modality"));
            h.el("dt", m.get("cluster.field." + f));
            h.open("dd", "class", dis ? "disagree" : null, "data-field", f).el("bdi", v).close("dd");
        }
        h.close("dl");
        h.open("blockquote", "class", "evidence-text evidence-on", "lang", "ar", "dir", "rtl");
        evidence(h, s(r, "evidence"), r.path("trigger"), disagreeing.contains("fatalities") ? s(r, "fatalities") : "");
        h.close("blockquote");
        if (!s(r, "event").isEmpty() && "article".equals(s(r, "stored_as"))) {
            h.a("/articles/" + Layout.enc(article) + "#ev-" + Layout.enc(s(r, "event")), m.get("cluster.openReport"),
                    "class", "small");
        }
        h.close("div");
    }

    /**
     * The evidence sentence with its trigger marked, and, when the reports disagree on the toll, the
     * report's figure where it appears as digits.
     */
    static void evidence(Html h, String text, JsonNode trigger, String figure) {
        List<int[]> marks = new ArrayList<>();
        int tb = trigger.path("begin").asInt(-1);
        int te = trigger.path("end").asInt(-1);
        if (tb >= 0 && te > tb && te <= text.length()) {
            marks.add(new int[] {tb, te, 0});
        }
        if (!figure.isEmpty()) {
            int at = text.indexOf(figure);
            while (at >= 0) {
                boolean whole = (at == 0 || !Character.isDigit(text.charAt(at - 1)))
                        && (at + figure.length() == text.length() || !Character.isDigit(text.charAt(at + figure.length())));
                int a = at;
                if (whole && marks.stream().noneMatch(x -> a < x[1] && a + figure.length() > x[0])) {
                    marks.add(new int[] {at, at + figure.length(), 1});
                    break;
                }
                at = text.indexOf(figure, at + 1);
            }
        }
        marks.sort((x, y) -> Integer.compare(x[0], y[0]));
        int at = 0;
        for (int[] mk : marks) {
            h.text(text.substring(at, mk[0])).el("mark", text.substring(mk[0], mk[1]), "class",
                    mk[2] == 0 ? "trigger" : "dis-value");
            at = mk[1];
        }
        h.text(text.substring(at));
    }

    /** «from D1 to D2», each date isolated so that it reads the same in both directions. */
    private static void range(Html h, Messages m, String from, String to) {
        String f = m.get("filter.from");
        String t = m.get("filter.to");
        h.text((m.rtl() ? f : f.toLowerCase(java.util.Locale.ROOT)) + " ").el("bdi", from, "dir", "ltr")
                .text(" " + (m.rtl() ? t : t.toLowerCase(java.util.Locale.ROOT)) + " ").el("bdi", to, "dir", "ltr");
    }

    // ---- threads ---------------------------------------------------------------------------------

    void threads(Context ctx) {
        Messages m = Layout.messages(ctx);
        int page = Params.page(ctx);
        Page<ObjectNode> p = services.store().threads(page, 50);
        Html h = new Html();
        h.el("h1", m.get("threads.title") + " (" + p.total() + ")");
        h.el("p", m.get("threads.intro"), "class", "muted");
        if (p.items().isEmpty()) {
            h.el("p", m.get("threads.none"), "class", "muted");
        }
        h.open("table", "class", "threads", "id", "thread-table").open("thead").open("tr");
        for (String k : List.of("filter.from", "filter.to", "threads.events", "thread.links", "event.summary")) {
            h.el("th", m.get(k));
        }
        h.close("tr").close("thead").open("tbody");
        for (JsonNode t : p.items()) {
            List<String> links = new ArrayList<>();
            t.path("links").forEach(x -> links.add(x.asText()));
            h.open("tr").el("td", s(t, "start_day"), "dir", "ltr", "class", "nowrap").el("td", s(t, "end_day"), "dir",
                    "ltr", "class", "nowrap").el("td", s(t, "num_clusters"), "class", "num")
                    .el("td", String.join("; ", links), "dir", "ltr").open("td")
                    .a("/threads/" + Layout.enc(s(t, "id")), s(t, "summary"), "dir", "ltr").close("td").close("tr");
        }
        h.close("tbody").close("table");
        Layout.pager(h, ctx, m, page, p.hasNext());
        Layout.send(ctx, m, m.get("threads.title"), "clusters", config, h);
    }

    void thread(Context ctx) {
        Messages m = Layout.messages(ctx);
        String id = Params.threadNumber(ctx.pathParam("id"), "id");
        ObjectNode t = services.store().thread(id).orElseThrow(() -> ApiException.notFound("thread"));
        Html h = new Html();
        h.open("p", "class", "small").a("/threads", m.get("threads.title")).close("p");
        h.el("h1", m.get("thread.title") + " " + id, "id", "thread-title");
        h.el("p", s(t, "summary"), "class", "summary", "dir", "ltr");
        List<String> links = new ArrayList<>();
        t.path("links").forEach(x -> links.add(x.asText()));
        h.open("p", "class", "muted");
        range(h, m, s(t, "start_day"), s(t, "end_day"));
        h.text(" · " + s(t, "num_clusters") + " " + m.get("threads.events") + " · " + m.get("thread.links") + ": ")
                .el("bdi", String.join("; ", links), "dir", "ltr").close("p");
        h.open("section", "class", "panel");
        h.el("h2", m.get("thread.chart"));
        h.open("div", "class", "chart short").open("canvas", "id", "thread-chart", "class", "thread-chart", "data-src",
                "/api/threads/" + Layout.enc(id) + "?lang=" + m.lang(), "data-label", m.get("cluster.sourcesCount"),
                "aria-label", m.get("thread.chart")).close("canvas").close("div");
        h.close("section");
        h.el("h2", m.get("thread.timeline"));
        h.open("ol", "class", "timeline", "id", "timeline-list");
        for (JsonNode c : t.path("timeline")) {
            h.open("li", "class", c.path("dated").asBoolean() ? "dated" : "undated");
            h.el("time", s(c, "date"), "dir", "ltr", "datetime", s(c, "date"));
            if (!c.path("dated").asBoolean()) {
                h.el("span", " (" + m.get("thread.undated") + ")", "class", "muted small");
            }
            h.text(" ");
            Layout.typeBadge(h, m, s(c, "type"));
            h.a("/clusters/" + Layout.enc(s(c, "id")), s(c, "summary"), "dir", "ltr").text(" · ");
            h.el("span", m.plural("sources", c.path("num_sources").asInt()), "class", "muted small");
            h.close("li");
        }
        h.close("ol");
        Layout.send(ctx, m, m.get("thread.title") + " " + id, "clusters", config, h);
    }
}
