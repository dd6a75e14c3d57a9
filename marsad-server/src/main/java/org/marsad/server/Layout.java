package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page frame (header with navigation, search and language toggle; footer) and the pieces that
 * several pages share: event cards, pagers, event tables. Only scripts and styles of this origin
 * are referenced, so the Content-Security-Policy can forbid inline code. Stateless.
 */
final class Layout {
    static final String LEAFLET = "/webjars/leaflet/1.9.4/dist/";
    static final String HTMX = "/webjars/htmx.org/2.0.10/dist/htmx.min.js";
    static final String CHART = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private Layout() {
    }

    /** The language of a request: {@code ?lang=} (remembered in a cookie), the cookie, or Arabic. */
    static Messages messages(Context ctx) {
        String q = ctx.queryParam("lang");
        if ("ar".equals(q) || "en".equals(q)) {
            ctx.cookie("lang", q, 60 * 60 * 24 * 365);
            return Messages.of(q);
        }
        return Messages.of(ctx.cookie("lang"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The current URL with one query parameter replaced (or removed when value is null). */
    static String with(Context ctx, String name, String value) {
        Map<String, List<String>> q = ctx.queryParamMap();
        StringBuilder b = new StringBuilder(ctx.path());
        String sep = "?";
        for (Map.Entry<String, List<String>> e : q.entrySet()) {
            if (e.getKey().equals(name) || (name.equals("page") ? false : e.getKey().equals("page"))) {
                continue;
            }
            for (String v : e.getValue()) {
                b.append(sep).append(enc(e.getKey())).append('=').append(enc(v));
                sep = "&";
            }
        }
        if (value != null) {
            b.append(sep).append(enc(name)).append('=').append(enc(value));
        }
        return b.toString();
    }

    /** Sends {@link #page} as the response, in UTF-8 HTML. */
    static void send(Context ctx, Messages m, String title, String nav, ServerConfig cfg, Html body) {
        ctx.contentType("text/html; charset=utf-8").result(page(ctx, m, title, nav, cfg, body));
    }

    static String page(Context ctx, Messages m, String title, String nav, ServerConfig cfg, Html body) {
        Html h = new Html();
        h.raw("<!doctype html>");
        h.open("html", "lang", m.lang(), "dir", m.rtl() ? "rtl" : "ltr");
        h.open("head");
        h.raw("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.raw("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false,\"allowEval\":false,"
                + "\"allowScriptTags\":false}'>");
        h.el("title", title + " \u2014 " + m.get("app.name"));
        h.open("link", "rel", "stylesheet", "href", LEAFLET + "leaflet.css");
        h.open("link", "rel", "stylesheet", "href", "/static/app.css");
        h.open("script", "src", HTMX, "defer", "").close("script");
        h.open("script", "src", LEAFLET + "leaflet.js", "defer", "").close("script");
        h.open("script", "src", CHART, "defer", "").close("script");
        h.open("script", "src", "/static/app.js", "defer", "").close("script");
        h.close("head");
        h.open("body", "data-lang", m.lang(), "data-tiles", cfg.tiles().orElse(null), "data-offline", m.get("map.offline"));
        h.open("header", "class", "top");
        h.open("a", "href", "/", "class", "brand").el("span", "\u0645\u0631\u0635\u062f", "class", "brand-ar")
                .el("span", "Marsad", "class", "brand-en").close("a");
        h.open("nav");
        for (String[] n : new String[][] {{"home", "/"}, {"events", "/events"}, {"clusters", "/clusters"},
            {"actors", "/actors"}, {"places", "/places"}, {"claims", "/claims"}}) {
            h.a(n[1], m.get("nav." + n[0]), "class", n[0].equals(nav) ? "on" : null);
        }
        h.a("/openapi.json", m.get("nav.api"));
        h.close("nav");
        searchForm(h, m, ctx.queryParam("q"));
        h.a(with(ctx, "lang", m.get("lang.other.code")), m.get("lang.other"), "class", "lang", "id", "lang-toggle",
                "lang", m.get("lang.other.code"));
        h.close("header");
        h.open("main").raw(body.toString()).close("main");
        h.open("footer").text(m.get("app.name") + " \u2014 " + m.get("app.tagline")).close("footer");
        h.close("body").close("html");
        return h.toString();
    }

    static void searchForm(Html h, Messages m, String q) {
        // without JavaScript a plain GET; with htmx the results replace <main> and the URL follows
        h.open("form", "action", "/search", "method", "get", "class", "search", "role", "search", "hx-get", "/search",
                "hx-target", "main", "hx-select", "main", "hx-swap", "outerHTML", "hx-push-url", "true");
        h.open("input", "type", "search", "name", "q", "id", "q", "value", q == null ? "" : q, "placeholder",
                m.get("search.placeholder"), "aria-label", m.get("search.button"), "dir", "auto");
        h.el("button", m.get("search.button"), "type", "submit", "id", "search-button");
        h.close("form");
    }

    static String s(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? "" : v.asText();
    }

    static void typeBadge(Html h, Messages m, String type) {
        h.el("span", m.type(type), "class", "badge", "data-color", Palette.color(type), "title", type);
    }

    /** The filter fields the event and cluster lists share: types, the day range, the country. */
    static void commonFilters(Html h, Messages m, List<String> types, java.util.Optional<java.time.LocalDate> from,
                              java.util.Optional<java.time.LocalDate> to, java.util.Optional<String> country) {
        h.open("label").text(m.get("facet.type") + " ").open("select", "name", "type");
        h.el("option", "\u2014", "value", "");
        for (var t : org.marsad.knowledge.Codebook.standard().types()) {
            boolean on = types.contains(t.name());
            h.open("option", "value", t.name(), "selected", on ? "selected" : null).text(m.type(t.name())).close("option");
        }
        h.close("select").close("label");
        h.open("label").text(m.get("filter.from") + " ").open("input", "type", "date", "name", "from", "value",
                from.map(Object::toString).orElse(null)).close("label");
        h.open("label").text(m.get("filter.to") + " ").open("input", "type", "date", "name", "to", "value",
                to.map(Object::toString).orElse(null)).close("label");
        h.open("label").text(m.get("facet.country") + " ").open("input", "type", "text", "name", "country", "size", "3",
                "value", country.orElse(null)).close("label");
    }

    /** A table of events (from the store's event rows). */
    static void eventTable(Html h, Messages m, List<JsonNode> events) {
        h.open("table", "class", "events");
        h.open("thead").open("tr");
        for (String k : List.of("event.date", "facet.type", "event.actor", "event.target", "event.place",
                "event.fatalities", "event.summary", "cluster.sourcesCount")) {
            h.el("th", m.get(k));
        }
        h.close("tr").close("thead").open("tbody");
        for (JsonNode e : events) {
            h.open("tr");
            h.el("td", s(e, "day"), "class", "nowrap", "dir", "ltr");
            h.open("td");
            typeBadge(h, m, s(e, "type"));
            h.close("td");
            actorCell(h, e, "actor");
            actorCell(h, e, "target");
            h.open("td");
            if (!s(e, "place_id").isEmpty()) {
                h.a("/places/" + enc(s(e, "place_id")), s(e, "place_name"));
            }
            h.close("td");
            h.el("td", s(e, "fatalities"));
            h.open("td").a("/articles/" + enc(s(e, "article")) + "#ev-" + enc(s(e, "event_key")), s(e, "summary"))
                    .close("td");
            h.open("td", "class", "num");
            if (!s(e, "cluster").isEmpty()) {
                h.a("/clusters/c" + enc(s(e, "cluster")), s(e, "cluster_sources"), "class", "sources-link", "title",
                        m.plural("sources", e.path("cluster_sources").asInt()));
            }
            h.close("td");
            h.close("tr");
        }
        h.close("tbody").close("table");
    }

    private static void actorCell(Html h, JsonNode e, String role) {
        h.open("td");
        String ref = s(e, role + "_ref");
        if (!ref.isEmpty()) {
            h.a("/actors/" + enc(ref), s(e, role + "_name"));
        }
        h.close("td");
    }

    static void pager(Html h, Context ctx, Messages m, int page, boolean hasNext) {
        if (page <= 1 && !hasNext) {
            return;
        }
        h.open("nav", "class", "pager");
        if (page > 1) {
            h.a(with(ctx, "page", Integer.toString(page - 1)), m.get("pager.prev"), "rel", "prev");
        }
        h.el("span", m.get("pager.page") + " " + page);
        if (hasNext) {
            h.a(with(ctx, "page", Integer.toString(page + 1)), m.get("pager.next"), "rel", "next");
        }
        h.close("nav");
    }

    /** The map and timeline panels, fed by the API with the given query string. */
    static void mapAndTimeline(Html h, Messages m, String query) {
        h.open("div", "class", "panels");
        h.open("section", "class", "panel");
        h.el("h2", m.get("panel.map"));
        h.open("div", "id", "map", "class", "map", "data-src", "/api/events/geojson" + query).close("div");
        h.el("p", m.get("map.offline"), "class", "muted small");
        h.close("section");
        h.open("section", "class", "panel");
        h.el("h2", m.get("panel.timeline"));
        h.el("p", m.get("panel.timeline.day"), "id", "timeline-unit", "class", "muted small", "data-day",
                m.get("panel.timeline.day"), "data-week", m.get("panel.timeline.week"), "data-month",
                m.get("panel.timeline.month"), "data-year",
                m.get("panel.timeline.year"), "data-none", m.get("panel.timeline.none"));
        String sep = query.isEmpty() ? "?" : "&";
        h.open("div", "class", "chart").open("canvas", "id", "timeline", "class", "timeline", "data-src",
                "/api/timeline" + query + sep + "lang=" + m.lang(), "aria-label", m.get("panel.timeline")).close("canvas")
                .close("div");
        h.close("section");
        h.close("div");
    }

    /** The query string of the event filters present in a request (for the map and timeline). */
    static String eventFilters(Context ctx) {
        String q = ctx.queryParamMap().entrySet().stream()
                .filter(e -> List.of("type", "from", "to", "country", "admin1", "place", "actor").contains(e.getKey()))
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        return q.isEmpty() ? "" : "?" + q;
    }
}
