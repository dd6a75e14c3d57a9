package org.marsad.server;

import static org.marsad.server.Layout.s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.store.EventQuery;
import org.marsad.store.Page;
import org.marsad.store.search.SearchRequest;
import org.marsad.store.search.SearchResult;

/**
 * The dashboard's pages, rendered on the server with {@link Html} (everything escaped). Each
 * handler reads its parameters, asks the store or the index, and lays out the page. Thread-safe.
 */
final class Pages {
    private final Services services;
    private final ServerConfig config;

    Pages(Services services, ServerConfig config) {
        this.services = services;
        this.config = config;
    }


    // ---- home ------------------------------------------------------------------------------------

    void home(Context ctx) {
        Messages m = Layout.messages(ctx);
        Html h = new Html();
        ObjectNode st = services.store().stats();
        h.open("section", "class", "hero");
        h.el("h1", m.get("app.tagline"));
        h.open("div", "class", "stats");
        for (String k : List.of("articles", "events", "claims", "actors", "places")) {
            h.open("div", "class", "stat", "id", "stat-" + k).el("b", s(st, k)).el("span", m.get("stats." + k)).close("div");
        }
        h.close("div").close("section");
        h.open("div", "id", "results").close("div");
        Layout.mapAndTimeline(h, m, "");
        h.open("div", "class", "panels three");
        h.open("section", "class", "panel").el("h2", m.get("panel.recent")).open("ul", "class", "list");
        for (JsonNode a : services.store().articles(Optional.empty(), Optional.empty(), Optional.empty(), 1, 10).items()) {
            h.open("li").a("/articles/" + Layout.enc(s(a, "id")), s(a, "title").isEmpty() ? s(a, "id") : s(a, "title"),
                    "dir", "auto").text(" ").open("span", "class", "muted small").el("bdi", s(a, "published"), "dir", "ltr")
                    .text(" · ").el("bdi", s(a, "source")).close("span").close("li");
        }
        h.close("ul").close("section");
        h.open("section", "class", "panel").el("h2", m.get("panel.topActors")).open("ul", "class", "list");
        for (JsonNode a : services.store().actors(Optional.empty(), 1, 10).items()) {
            h.open("li").a("/actors/" + Layout.enc(s(a, "key")), s(a, "name")).el("span", " " + s(a, "events") + " "
                    + m.get("stats.events"), "class", "muted small").close("li");
        }
        h.close("ul").close("section");
        h.open("section", "class", "panel").el("h2", m.get("panel.topPlaces")).open("ul", "class", "list");
        for (JsonNode p : services.store().places(Optional.empty(), 1, 10).items()) {
            h.open("li").a("/places/" + Layout.enc(s(p, "id")), s(p, "name")).el("span", " " + s(p, "country") + " · "
                    + s(p, "events") + " " + m.get("stats.events"), "class", "muted small").close("li");
        }
        h.close("ul").close("section");
        h.close("div");
        Layout.send(ctx, m, m.get("nav.home"), "home", config, h);
    }

    // ---- search ----------------------------------------------------------------------------------

    void search(Context ctx) {
        Messages m = Layout.messages(ctx);
        SearchRequest req = Params.search(ctx);
        SearchResult r = services.index().search(req);
        Html h = new Html();
        h.open("div", "class", "with-side");
        h.open("aside", "class", "facets");
        for (var e : r.facets().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            h.el("h3", m.get("facet." + e.getKey()));
            h.open("ul");
            for (SearchResult.FacetValue v : e.getValue()) {
                String label = e.getKey().equals("type") ? m.type(v.value()) : e.getKey().equals("kind")
                        ? m.get("search.kind." + v.value()) : v.value();
                h.open("li").a(Layout.with(ctx, e.getKey(), v.value()), label).el("span", " " + v.count(), "class", "muted")
                        .close("li");
            }
            h.close("ul");
        }
        h.a("/search?q=" + Layout.enc(req.query()), m.get("filter.clear"), "class", "small");
        h.close("aside");
        h.open("section", "class", "results", "id", "search-results");
        h.el("h1", m.get("search.results") + (req.query().isEmpty() ? "" : ": " + req.query()), "dir", "auto");
        h.el("p", r.total() + " " + m.get("search.total") + " · " + r.tookMs() + " " + m.get("search.took"),
                "class", "muted", "id", "search-total");
        if (r.hits().isEmpty()) {
            h.el("p", m.get("search.none"));
        }
        h.open("ol", "class", "hits");
        for (SearchResult.Hit hit : r.hits()) {
            h.open("li", "class", "hit hit-" + hit.kind());
            h.el("span", m.get("search.kind." + hit.kind()), "class", "kind");
            for (String t : hit.types()) {
                Layout.typeBadge(h, m, t);
            }
            String href = hit.kind().equals("event") ? "/events/" + Layout.enc(hit.id())
                    : "/articles/" + Layout.enc(hit.article());
            String title = hit.kind().equals("event") ? hit.summary().orElse(hit.title()) : hit.title();
            h.open("h3").a(href, title == null || title.isBlank() ? hit.article() : title, "dir", "auto",
                    "class", "hit-link").close("h3");
            h.open("p", "class", "snippet", "dir", "auto");
            snippet(h, hit.snippet());
            h.close("p");
            h.open("p", "class", "muted small").el("bdi", hit.date().orElse(""), "dir", "ltr").text(" · ")
                    .el("bdi", hit.source().orElse(""));
            if (hit.kind().equals("event")) {
                h.text(" · ").el("bdi", hit.title());
            }
            h.close("p");
            h.close("li");
        }
        h.close("ol");
        Layout.pager(h, ctx, m, req.page(), (long) req.page() * req.size() < r.total());
        h.close("section").close("div");
        Layout.send(ctx, m, m.get("search.results"), "", config, h);
    }

    static void snippet(Html h, SearchResult.Snippet sn) {
        String t = sn.text();
        int at = 0;
        for (int[] mk : sn.marks()) {
            if (mk[0] < at || mk[1] > t.length()) {
                continue;
            }
            h.text(t.substring(at, mk[0])).el("mark", t.substring(mk[0], mk[1]));
            at = mk[1];
        }
        h.text(t.substring(at));
    }

    // ---- article ---------------------------------------------------------------------------------

    void article(Context ctx) {
        Messages m = Layout.messages(ctx);
        ObjectNode a = services.store().articleOrCopy(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("article"));
        ObjectNode links = services.store().articleLinks(s(a, "id"));
        java.util.Map<String, JsonNode> clusterOf = new java.util.HashMap<>();
        links.path("clusters").forEach(c -> clusterOf.putIfAbsent(s(c, "event"), c));
        JsonNode out = a.get("output");
        String text = s(a, "text");
        Html h = new Html();
        h.open("article", "class", "doc", "id", "article", "data-id", s(a, "id"));
        h.el("h1", s(a, "title").isEmpty() ? s(a, "id") : s(a, "title"), "dir", "auto");
        h.open("p", "class", "meta muted");
        h.text(m.get("article.source") + ": ").el("bdi", s(a, "source")).text(" · " + m.get("article.published") + ": ")
                .el("bdi", s(a, "published"), "dir", "ltr");
        String url = s(a, "url");
        if (url.startsWith("http://") || url.startsWith("https://")) {
            h.text(" · ").a(url, m.get("article.original"), "rel", "noopener noreferrer nofollow", "target", "_blank");
        }
        h.close("p");
        if (!s(a, "copy_of").isEmpty()) {
            h.open("p", "class", "copy-banner", "id", "copy-banner").text(m.get("copy.banner") + " " + m.get("copy.original")
                    + ": ").a("/articles/" + Layout.enc(s(a, "copy_of")), s(a, "copy_of"), "dir", "ltr")
                    .text(" (" + m.get("cluster.similarity") + " " + String.format(java.util.Locale.ROOT, "%.2f",
                            a.path("similarity").asDouble()) + ")").close("p");
        }
        h.open("div", "class", "with-side doc-body");
        h.open("section", "class", "text-col");
        h.el("h2", m.get("article.text"));
        h.open("p", "class", "legend small").text(m.get("article.legend") + ": ");
        for (String[] l : new String[][] {{"ent", "legend.entity"}, {"plc", "legend.place"}, {"dat", "legend.date"},
            {"trg", "legend.trigger"}, {"clm", "legend.claim"}}) {
            h.el("span", m.get(l[1]), "class", "a " + l[0]);
            h.text(" ");
        }
        h.close("p");
        h.open("div", "class", "text", "id", "article-text", "lang", "ar", "dir", "rtl");
        ArticleView.render(h, text, ArticleView.marks(out, m));
        h.close("div");
        h.close("section");
        h.open("aside", "class", "cards");
        h.el("h2", m.get("article.events") + " (" + out.path("events").size() + ")");
        if (out.path("events").isEmpty()) {
            h.el("p", m.get("article.noEvents"), "class", "muted");
        }
        for (JsonNode e : out.path("events")) {
            eventCard(h, m, e, clusterOf.get(s(e, "id")));
        }
        h.el("h2", m.get("article.claims") + " (" + out.path("claims").size() + ")");
        if (out.path("claims").isEmpty()) {
            h.el("p", m.get("article.noClaims"), "class", "muted");
        }
        for (JsonNode c : out.path("claims")) {
            claimCard(h, m, c);
        }
        h.el("h2", m.get("article.entities") + " (" + out.path("entities").size() + ")");
        h.open("ul", "class", "chips");
        int i = 0;
        for (JsonNode e : out.path("entities")) {
            h.open("li", "id", "ent-" + i++, "class", "card-lite", "data-span", s(e, "begin") + "," + s(e, "end"))
                    .el("span", s(e, "text"), "class", "a ent ent-" + s(e, "type"), "dir", "auto")
                    .el("span", " " + s(e, "type") + (s(e, "canonical").isEmpty() ? "" : " · " + s(e, "canonical")),
                            "class", "muted small").close("li");
        }
        h.close("ul");
        h.el("h2", m.get("article.places") + " (" + out.path("places").size() + ")");
        h.open("ul", "class", "chips");
        i = 0;
        for (JsonNode p : out.path("places")) {
            h.open("li", "id", "plc-" + i++, "class", "card-lite", "data-span", s(p, "begin") + "," + s(p, "end"));
            h.open("a", "href", "/places/" + Layout.enc(s(p, "id"))).el("span", s(p, "text"), "class", "a plc", "dir", "auto")
                    .close("a");
            h.el("span", " " + s(p, "canonical") + ", " + s(p, "country"), "class", "muted small").close("li");
        }
        h.close("ul");
        h.el("h2", m.get("article.dates") + " (" + out.path("dates").size() + ")");
        h.open("ul", "class", "chips");
        i = 0;
        for (JsonNode d : out.path("dates")) {
            h.open("li", "id", "dat-" + i++, "class", "card-lite", "data-span", d.path("span").path("begin").asText() + ","
                    + d.path("span").path("end").asText()).el("span", s(d, "text"), "class", "a dat", "dir", "auto")
                    .text(" ").el("bdi", s(d, "start") + (s(d, "end").equals(s(d, "start")) ? "" : " / " + s(d, "end")),
                            "class", "muted small", "dir", "ltr").close("li");
        }
        h.close("ul");
        if (!links.path("copies").isEmpty()) {
            h.el("h2", m.get("copy.list") + " (" + links.path("copies").size() + ")");
            h.open("ul", "class", "list small", "id", "copies");
            for (JsonNode k : links.path("copies")) {
                h.open("li").a("/articles/" + Layout.enc(s(k, "id")), s(k, "source").isEmpty() ? s(k, "id") : s(k, "source"),
                        "dir", "auto").text(" · ").el("bdi", s(k, "published"), "dir", "ltr").text(" · "
                        + m.get("cluster.similarity") + " " + String.format(java.util.Locale.ROOT, "%.2f",
                        k.path("similarity").asDouble())).close("li");
            }
            h.close("ul");
        }
        h.el("h2", m.get("article.provenance"));
        h.open("ul", "class", "list small");
        for (JsonNode p : a.path("provenance")) {
            h.open("li", "dir", "ltr").text(s(p, "format") + " · " + s(p, "origin") + (p.path("duplicate").asInt() == 1
                    ? " · " + (s(p, "copy").isEmpty() ? m.get("article.duplicate") : m.get("article.copyOf")) : ""));
            if (!s(p, "copy").isEmpty()) {
                h.text(" · ").a("/articles/" + Layout.enc(s(p, "copy")), s(p, "copy_source").isEmpty() ? s(p, "copy")
                        : s(p, "copy_source"), "dir", "auto");
            }
            h.close("li");
        }
        h.close("ul");
        h.close("aside");
        h.close("div");
        h.close("article");
        Layout.send(ctx, m, s(a, "title"), "", config, h);
    }

    private static void eventCard(Html h, Messages m, JsonNode e, JsonNode cluster) {
        String id = "ev-" + s(e, "id");
        JsonNode t = e.path("trigger");
        h.open("div", "class", "card event", "id", id, "data-span", s(e, "begin") + "," + s(e, "end"), "data-trigger",
                s(t, "begin") + "," + s(t, "end"));
        Layout.typeBadge(h, m, s(e, "type"));
        h.el("span", " " + m.modality(s(e, "modality")), "class", "muted small");
        h.el("p", s(e, "summary"), "class", "summary", "dir", "ltr");
        h.open("dl");
        field(h, m.get("event.actor"), e.path("actor").path("canonical").asText(""), e.path("actor").path("text").asText(""));
        field(h, m.get("event.target"), e.path("target").path("canonical").asText(""),
                e.path("target").path("text").asText(""));
        field(h, m.get("event.place"), e.path("place").path("canonical").asText(""), e.path("place").path("text").asText(""));
        JsonNode d = e.path("date");
        field(h, m.get("event.date"), d.path("start").asText("") + (d.path("end").asText("").equals(d.path("start")
                .asText("")) ? "" : " / " + d.path("end").asText("")), d.path("text").asText(""));
        field(h, m.get("event.fatalities"), s(e, "fatalities"), "");
        field(h, m.get("event.injured"), s(e, "injured"), "");
        List<String> src = new ArrayList<>();
        e.path("sources").forEach(x -> src.add(x.asText()));
        field(h, m.get("event.sources"), String.join(", ", src), "");
        h.close("dl");
        h.el("button", m.get("article.evidence"), "type", "button", "class", "evidence", "data-span",
                s(e, "begin") + "," + s(e, "end"));
        h.el("blockquote", s(e, "evidence"), "class", "evidence-text", "dir", "auto");
        if (cluster != null) {
            h.open("p", "class", "small cluster-ref");
            LinkPages.sourcesLink(h, m, s(cluster, "cluster"), cluster.path("num_sources").asInt(), "sources-link");
            if (cluster.path("num_sources").asInt() > 1) {
                h.text(" · ").a("/clusters/" + Layout.enc(s(cluster, "cluster")) + "#reports", m.get("cluster.link"));
            }
            h.close("p");
        }
        h.close("div");
    }

    private static void claimCard(Html h, Messages m, JsonNode c) {
        h.open("div", "class", "card claim", "id", "cl-" + s(c, "id"), "data-span", s(c, "begin") + "," + s(c, "end"));
        JsonNode sp = c.path("speaker");
        h.open("p", "class", "who");
        String ref = sp.path("ref").asText("");
        if (!ref.isEmpty()) {
            h.a("/actors/" + Layout.enc(ref), sp.path("canonical").asText(""));
        } else {
            h.text(sp.path("canonical").asText(""));
        }
        h.el("span", " \u00ab" + sp.path("text").asText("") + "\u00bb", "dir", "auto", "class", "muted");
        if (c.path("unnamed").asBoolean()) {
            h.el("span", " " + m.get("claim.unnamed"), "class", "muted small");
        }
        h.close("p");
        h.open("dl");
        field(h, m.get("claim.role"), s(c, "role"), "");
        field(h, m.get("claim.organization"), c.path("organization").path("canonical").asText(""), "");
        field(h, m.get("claim.channel"), s(c, "channel"), "");
        field(h, m.get("claim.verb"), s(c, "verb"), "");
        field(h, m.get("claim.stance"), s(c, "stance"), "");
        List<String> about = new ArrayList<>();
        c.path("about").forEach(x -> about.add(x.asText()));
        field(h, m.get("claim.about"), String.join(", ", about), "");
        h.close("dl");
        h.el("button", m.get("article.evidence"), "type", "button", "class", "evidence", "data-span",
                s(c, "begin") + "," + s(c, "end"));
        h.close("div");
    }

    private static void field(Html h, String label, String value, String words) {
        if (value == null || value.isBlank()) {
            return;
        }
        h.el("dt", label);
        h.open("dd").text(value);
        if (!words.isBlank()) {
            h.el("span", " \u00ab" + words + "\u00bb", "class", "muted", "dir", "auto");
        }
        h.close("dd");
    }

    /** An event's own URL: its article, scrolled to the event. */
    void event(Context ctx) {
        ObjectNode e = services.store().event(Api.id(ctx)).orElseThrow(() -> ApiException.notFound("event"));
        ctx.redirect("/articles/" + Layout.enc(s(e, "article")) + "#ev-" + Layout.enc(s(e, "event_key")));
    }

    // ---- events, actors, places, claims -------------------------------------------------------------

    void events(Context ctx) {
        Messages m = Layout.messages(ctx);
        EventQuery q = Params.events(ctx, 50, 500);
        Page<ObjectNode> p = services.store().events(q);
        Html h = new Html();
        h.el("h1", m.get("events.title") + " (" + p.total() + ")");
        h.open("form", "method", "get", "action", "/events", "class", "filters");
        Layout.commonFilters(h, m, q.types(), q.from(), q.to(), q.country());
        h.open("label").text(m.get("facet.actor") + " ").open("input", "type", "text", "name", "actor", "value",
                q.actor().orElse(null)).close("label");
        h.el("button", m.get("filter.apply"), "type", "submit");
        h.a("/events", m.get("filter.clear"), "class", "small");
        h.close("form");
        String f = Layout.eventFilters(ctx);
        Layout.mapAndTimeline(h, m, f);
        h.open("p", "class", "small").text(m.get("export.title") + ": ").a("/api/export/events.csv" + f, "CSV")
                .text(" · ").a("/api/export/events.geojson" + f, "GeoJSON").text(" · ")
                .a("/api/export/events.plover.json" + f, "PLOVER").text(" · ")
                .a("/api/export/articles.jsonl", "JSONL").close("p");
        Layout.eventTable(h, m, new ArrayList<>(p.items()));
        Layout.pager(h, ctx, m, q.page(), p.hasNext());
        Layout.send(ctx, m, m.get("events.title"), "events", config, h);
    }

    void actors(Context ctx) {
        Messages m = Layout.messages(ctx);
        int page = Params.page(ctx);
        Page<ObjectNode> p = services.store().actors(Params.str(ctx, "name"), page, 50);
        Html h = new Html();
        h.el("h1", m.get("actors.title") + " (" + p.total() + ")");
        h.open("form", "method", "get", "action", "/actors", "class", "filters").open("input", "type", "search", "name",
                "name", "value", ctx.queryParam("name"), "placeholder", m.get("actors.name"))
                .el("button", m.get("search.button"), "type", "submit").close("form");
        listTable(h, m, p.items(), "/actors/", "key", List.of("actors.name", "actors.type", "actors.country",
                "actors.events", "actors.claims", "actors.mentions"), List.of("type", "country", "events", "claims",
                "mentions"));
        Layout.pager(h, ctx, m, page, p.hasNext());
        Layout.send(ctx, m, m.get("actors.title"), "actors", config, h);
    }

    void actor(Context ctx) {
        Messages m = Layout.messages(ctx);
        String key = ctx.pathParam("key");
        ObjectNode a = services.store().actor(key).orElseThrow(() -> ApiException.notFound("actor"));
        Html h = profile(m, s(a, "name"), "actor-name", s(a, "type") + " · " + s(a, "country") + " · " + s(a, "events")
                + " " + m.get("stats.events") + " · " + s(a, "claims") + " " + m.get("stats.claims") + " · " + key,
                "?actor=" + Layout.enc(key), a, "/actors/" + Layout.enc(key) + "/feed.atom");
        Layout.send(ctx, m, s(a, "name"), "actors", config, h);
    }

    /** An actor's events as an Atom feed. */
    void actorFeed(Context ctx) {
        String key = ctx.pathParam("key");
        ObjectNode a = services.store().actor(key).orElseThrow(() -> ApiException.notFound("actor"));
        feed(ctx, s(a, "name"), a);
    }

    /** A place's events as an Atom feed. */
    void placeFeed(Context ctx) {
        ObjectNode p = services.store().place(ctx.pathParam("id")).orElseThrow(() -> ApiException.notFound("place"));
        feed(ctx, s(p, "name"), p);
    }

    private static void feed(Context ctx, String title, JsonNode x) {
        List<JsonNode> events = new ArrayList<>();
        x.path("event_list").forEach(e -> {
            if (events.size() < 100) {
                events.add(e);
            }
        });
        String base = ctx.scheme() + "://" + ctx.host();
        ctx.contentType("application/atom+xml; charset=utf-8")
                .result(AtomFeed.of(base, ctx.path(), title, events, Layout.messages(ctx)));
    }

    /** A table whose first column links each row's {@code name} to {@code prefix + key}, then plain cells. */
    private static void listTable(Html h, Messages m, List<ObjectNode> rows, String prefix, String key,
                                  List<String> headers, List<String> cells) {
        h.open("table").open("thead").open("tr");
        headers.forEach(k -> h.el("th", m.get(k)));
        h.close("tr").close("thead").open("tbody");
        for (JsonNode r : rows) {
            h.open("tr").open("td").a(prefix + Layout.enc(s(r, key)), s(r, "name")).close("td");
            cells.forEach(c -> h.el("td", s(r, c)));
            h.close("tr");
        }
        h.close("tbody").close("table");
    }

    /** An actor's or a place's page: name, facts, map and timeline of its events, events, claims. */
    private static Html profile(Messages m, String name, String id, String facts, String filter, JsonNode x,
                                String feed) {
        Html h = new Html();
        h.el("h1", name, "id", id);
        h.open("p", "class", "muted").text(facts + " · ").a(feed, m.get("feed.follow"), "class", "feed", "type",
                "application/atom+xml").close("p");
        Layout.mapAndTimeline(h, m, filter);
        h.el("h2", m.get("article.events"));
        List<JsonNode> events = new ArrayList<>();
        x.path("event_list").forEach(events::add);
        Layout.eventTable(h, m, events);
        h.el("h2", m.get("article.claims"));
        claimTable(h, m, x.path("claim_list"));
        return h;
    }

    void places(Context ctx) {
        Messages m = Layout.messages(ctx);
        int page = Params.page(ctx);
        Page<ObjectNode> p = services.store().places(Params.country(ctx), page, 50);
        Html h = new Html();
        h.el("h1", m.get("places.title") + " (" + p.total() + ")");
        listTable(h, m, p.items(), "/places/", "id", List.of("places.name", "places.country", "places.admin1",
                "places.kind", "places.events", "places.articles"), List.of("country", "admin1", "kind", "events",
                "articles"));
        Layout.pager(h, ctx, m, page, p.hasNext());
        Layout.send(ctx, m, m.get("places.title"), "places", config, h);
    }

    void place(Context ctx) {
        Messages m = Layout.messages(ctx);
        String id = ctx.pathParam("id");
        ObjectNode p = services.store().place(id).orElseThrow(() -> ApiException.notFound("place"));
        Html h = profile(m, s(p, "name"), "place-name", s(p, "kind") + " · " + s(p, "admin1") + " · " + s(p, "country")
                + " · " + s(p, "lat") + ", " + s(p, "lon") + " · " + id, "?place=" + Layout.enc(id), p,
                "/places/" + Layout.enc(id) + "/feed.atom");
        h.el("h2", m.get("places.articles"));
        h.open("ul", "class", "list");
        for (JsonNode a : p.path("article_list")) {
            h.open("li").a("/articles/" + Layout.enc(s(a, "id")), s(a, "title"), "dir", "auto").text(" ")
                    .el("bdi", s(a, "published"), "class", "muted small", "dir", "ltr").close("li");
        }
        h.close("ul");
        Layout.send(ctx, m, s(p, "name"), "places", config, h);
    }

    void claims(Context ctx) {
        Messages m = Layout.messages(ctx);
        int page = Params.page(ctx);
        Page<ObjectNode> p = services.store().claims(Params.str(ctx, "speaker"), Params.str(ctx, "channel"),
                Optional.empty(), page, 50);
        Html h = new Html();
        h.el("h1", m.get("claims.title") + " (" + p.total() + ")");
        var arr = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        p.items().forEach(arr::add);
        claimTable(h, m, arr);
        Layout.pager(h, ctx, m, page, p.hasNext());
        Layout.send(ctx, m, m.get("nav.claims"), "claims", config, h);
    }

    private static void claimTable(Html h, Messages m, JsonNode claims) {
        h.open("table", "class", "claims").open("thead").open("tr");
        for (String k : List.of("claim.speaker", "claim.role", "claim.organization", "claim.channel", "claim.verb",
                "claim.stance", "article.evidence", "event.article")) {
            h.el("th", m.get(k));
        }
        h.close("tr").close("thead").open("tbody");
        for (JsonNode c : claims) {
            h.open("tr").open("td");
            String ref = s(c, "speaker_ref");
            if (!ref.isEmpty()) {
                h.a("/actors/" + Layout.enc(ref), s(c, "speaker_name"));
            } else {
                h.text(s(c, "speaker_name"));
            }
            h.close("td").el("td", s(c, "role"));
            h.open("td");
            if (!s(c, "organization_ref").isEmpty()) {
                h.a("/actors/" + Layout.enc(s(c, "organization_ref")), s(c, "organization_name"));
            }
            h.close("td").el("td", s(c, "channel")).el("td", s(c, "verb"), "dir", "auto").el("td", s(c, "stance"))
                    .el("td", s(c, "evidence"), "dir", "auto", "class", "quote-cell")
                    .open("td").a("/articles/" + Layout.enc(s(c, "article")) + "#cl-" + Layout.enc(s(c, "claim_key")),
                            s(c, "article_title"), "dir", "auto").close("td").close("tr");
        }
        h.close("tbody").close("table");
    }
}
