package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.ingest.ArticleInput;
import org.marsad.ingest.JsonArticles;
import org.marsad.knowledge.Codebook;
import org.marsad.knowledge.EventType;
import org.marsad.output.AcledCsv;
import org.marsad.output.EventRow;
import org.marsad.output.GeoJson;
import org.marsad.output.JsonOutput;
import org.marsad.output.PloverJson;
import org.marsad.store.EventQuery;
import org.marsad.store.Ingestor;
import org.marsad.store.Page;
import org.marsad.store.SaveResult;
import org.marsad.store.search.SearchResult;

/**
 * The JSON endpoints. Each handler parses and validates its parameters ({@link Params}), calls the
 * store or the index, and writes JSON; errors are mapped by {@link MarsadServer}. Thread-safe.
 */
final class Api {
    private final Services services;
    private final ServerConfig config;

    Api(Services services, ServerConfig config) {
        this.services = services;
        this.config = config;
    }

    static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json; charset=utf-8").result(JsonOutput.write(node));
    }

    static ObjectNode page(Page<ObjectNode> p) {
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        o.put("total", p.total());
        o.put("page", p.page());
        o.put("size", p.size());
        o.put("has_next", p.hasNext());
        ArrayNode items = o.putArray("items");
        p.items().forEach(items::add);
        return o;
    }

    void search(Context ctx) {
        json(ctx, searchJson(services.index().search(Params.search(ctx))));
    }

    static ObjectNode searchJson(SearchResult r) {
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        o.put("total", r.total());
        o.put("took_ms", r.tookMs());
        ArrayNode hits = o.putArray("hits");
        for (SearchResult.Hit h : r.hits()) {
            ObjectNode x = hits.addObject();
            x.put("kind", h.kind());
            x.put("id", h.id());
            x.put("article", h.article());
            x.put("title", h.title());
            x.put("date", h.date().orElse(null));
            x.put("source", h.source().orElse(null));
            ArrayNode types = x.putArray("types");
            h.types().forEach(types::add);
            x.put("summary", h.summary().orElse(null));
            ObjectNode sn = x.putObject("snippet");
            sn.put("text", h.snippet().text());
            ArrayNode marks = sn.putArray("marks");
            h.snippet().marks().forEach(m -> marks.addArray().add(m[0]).add(m[1]));
            x.put("score", h.score());
            h.lat().ifPresent(v -> x.put("lat", v));
            h.lon().ifPresent(v -> x.put("lon", v));
        }
        ObjectNode facets = o.putObject("facets");
        r.facets().forEach((dim, vals) -> {
            ArrayNode a = facets.putArray(dim);
            vals.forEach(v -> a.addObject().put("value", v.value()).put("count", v.count()));
        });
        return o;
    }

    void articles(Context ctx) {
        json(ctx, page(services.store().articles(Params.str(ctx, "source"), Params.date(ctx, "from"),
                Params.date(ctx, "to"), Params.page(ctx), Params.size(ctx, 20))));
    }

    void article(Context ctx) {
        json(ctx, services.store().articleOrCopy(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("article")));
    }

    void events(Context ctx) {
        json(ctx, page(services.store().events(Params.events(ctx, 50, 500))));
    }

    void event(Context ctx) {
        json(ctx, services.store().event(id(ctx)).orElseThrow(() -> ApiException.notFound("event")));
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("id", "event id must be a number");
        }
    }

    /** The dashboard map's feed (marker properties; see {@link MapFeed}). */
    void mapFeed(Context ctx) {
        EventQuery q = Params.events(ctx, EventQuery.MAX_SIZE, EventQuery.MAX_SIZE);
        ctx.contentType("application/geo+json; charset=utf-8")
                .result(JsonOutput.write(MapFeed.geojson(services.store().events(q).items())));
    }

    /**
     * The filtered events as the pipeline's exporters see them: each event's object from its
     * article's stored output, with the article's id, URL, source and date.
     */
    private List<EventRow> eventRows(Context ctx) {
        EventQuery q = Params.events(ctx, EventQuery.MAX_SIZE, EventQuery.MAX_SIZE);
        Map<String, Optional<ObjectNode>> articles = new HashMap<>();
        List<EventRow> rows = new ArrayList<>();
        for (ObjectNode e : services.store().events(q).items()) {
            String doc = e.path("article").asText();
            Optional<ObjectNode> a = articles.computeIfAbsent(doc, services.store()::article);
            if (a.isEmpty()) {
                continue;
            }
            for (JsonNode ev : a.get().path("output").path("events")) {
                if (ev.path("id").asText().equals(e.path("event_key").asText())) {
                    rows.add(new EventRow(doc, a.get().path("url").asText(""), a.get().path("source").asText(""),
                            a.get().path("published").asText(""), ev));
                }
            }
        }
        return rows;
    }

    /** ACLED-style CSV ({@link AcledCsv}); events whose type has no ACLED code are counted in a header. */
    void csv(Context ctx) {
        StringWriter out = new StringWriter();
        int left = AcledCsv.write(eventRows(ctx), out);
        ctx.header("Content-Disposition", "attachment; filename=\"marsad-events.csv\"");
        ctx.header("X-Marsad-Left-Out", Integer.toString(left));
        ctx.contentType("text/csv; charset=utf-8").result(out.toString());
    }

    void geojson(Context ctx) {
        ctx.contentType("application/geo+json; charset=utf-8").result(JsonOutput.write(GeoJson.of(eventRows(ctx))));
    }

    /** PLOVER records ({@link PloverJson}); events without a PLOVER code are counted in a header. */
    void plover(Context ctx) {
        PloverJson.Result r = PloverJson.of(eventRows(ctx));
        ctx.header("X-Marsad-Left-Out", Integer.toString(r.skipped()));
        json(ctx, r.records());
    }

    /** The pipeline output of the articles, one JSON object per line (the schema of docs/OUTPUT.md). */
    void articlesJsonl(Context ctx) {
        int page = Params.page(ctx);
        int size = Params.integer(ctx, "size", 200, 1, 1000);
        Page<ObjectNode> p = services.store().articles(Params.str(ctx, "source"), Params.date(ctx, "from"),
                Params.date(ctx, "to"), page, size);
        StringBuilder b = new StringBuilder();
        for (ObjectNode a : p.items()) {
            services.store().article(a.get("id").asText()).ifPresent(full -> b.append(JsonOutput.write(full.get("output")))
                    .append('\n'));
        }
        ctx.header("Content-Disposition", "attachment; filename=\"marsad-articles.jsonl\"");
        ctx.contentType("application/x-ndjson; charset=utf-8").result(b.toString());
    }

    /** Events per day (or month, or year) and type: {@code unit}, {@code buckets}, per type its label, colour and counts. */
    void timeline(Context ctx) {
        String unit = Params.str(ctx, "unit").orElse("auto");
        if (!Timeline.UNITS.contains(unit)) {
            throw ApiException.badRequest("unit", "unit must be one of " + Timeline.UNITS + ", not '" + unit + "'");
        }
        json(ctx, Timeline.of(services.store().timeline(Params.events(ctx, 1, EventQuery.MAX_SIZE)),
                Messages.of(Params.str(ctx, "lang").orElse("ar")), unit));
    }

    void actors(Context ctx) {
        json(ctx, page(services.store().actors(Params.str(ctx, "q"), Params.page(ctx), Params.size(ctx, 50))));
    }

    void actor(Context ctx) {
        json(ctx, services.store().actor(ctx.pathParam("key")).orElseThrow(() -> ApiException.notFound("actor")));
    }

    void places(Context ctx) {
        json(ctx, page(services.store().places(Params.country(ctx), Params.page(ctx), Params.size(ctx, 50))));
    }

    void place(Context ctx) {
        json(ctx, services.store().place(ctx.pathParam("id")).orElseThrow(() -> ApiException.notFound("place")));
    }

    void claims(Context ctx) {
        json(ctx, page(services.store().claims(Params.str(ctx, "speaker"), Params.str(ctx, "channel"),
                Params.str(ctx, "article"), Params.page(ctx), Params.size(ctx, 50))));
    }

    void stats(Context ctx) {
        ObjectNode s = services.store().stats();
        s.put("indexed_documents", services.index().size());
        json(ctx, s);
    }

    /** The codebook's event types with their colours and labels. */
    void types(Context ctx) {
        ArrayNode a = JsonOutput.mapper().createArrayNode();
        Messages ar = Messages.of("ar");
        Messages en = Messages.of("en");
        for (EventType t : Codebook.standard().types()) {
            a.addObject().put("type", t.name()).put("family", t.family()).put("color", Palette.color(t.name()))
                    .put("label_ar", ar.type(t.name())).put("label_en", en.type(t.name()))
                    .put("plover", t.plover().orElse(null)).put("acled", t.acledEventType().orElse(null));
        }
        json(ctx, a);
    }

    // ---- writes ----------------------------------------------------------------------------------

    /** Refuses a write unless the request carries the configured bearer token. */
    void requireToken(Context ctx) {
        if (config.token().isEmpty()) {
            throw new ApiException(403, "writes are disabled: start the server with --token (or MARSAD_TOKEN)", null);
        }
        String h = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        String given = h.startsWith("Bearer ") ? h.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                config.token().get().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "a valid 'Authorization: Bearer TOKEN' header is required", null);
        }
    }

    /**
     * Ingests articles sent as JSON (one object, or an array) or JSON Lines, with the fields that
     * {@code marsad ingest} reads from .jsonl files; answers with what was stored.
     */
    void ingest(Context ctx) {
        requireToken(ctx);
        List<ArticleInput> inputs = new ArrayList<>();
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiException.badRequest(null, "empty body: send a JSON article, an array of them, or JSON Lines");
        }
        String t = body.stripLeading();
        try {
            if (t.startsWith("[") || (t.startsWith("{") && !t.strip().contains("\n{"))) {
                JsonNode n = JsonOutput.mapper().readTree(t);
                List<JsonNode> items = new ArrayList<>();
                if (n.isArray()) {
                    n.forEach(items::add);
                } else {
                    items.add(n);
                }
                for (int i = 0; i < items.size(); i++) {
                    JsonNode item = items.get(i);
                    String origin = "api[" + i + "]";
                    inputs.add(new ArticleInput(origin, "json", () -> JsonArticles.article(origin, item)));
                }
            } else {
                String[] lines = t.split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].isBlank()) {
                        continue;
                    }
                    JsonNode item = JsonOutput.mapper().readTree(lines[i]);
                    String origin = "api:" + (i + 1);
                    inputs.add(new ArticleInput(origin, "json", () -> JsonArticles.article(origin, item)));
                }
            }
        } catch (IOException e) {
            throw ApiException.badRequest(null, "body is not JSON or JSON Lines: " + e.getMessage().split("\n")[0]);
        }
        if (inputs.size() > 1000) {
            throw ApiException.badRequest(null, "at most 1000 articles per request");
        }
        Ingestor.Report r = new Ingestor(services.store(), services.marsad(), Optional.of(services.index()), 1, 100)
                .run(inputs.iterator(), inputs.size(), p -> { });
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        o.put("ingested", r.ingested());
        o.put("duplicates", r.duplicates());
        o.put("near_duplicates", r.nearDuplicates());
        o.put("failed", r.failed());
        ArrayNode f = o.putArray("failures");
        r.failures().forEach(x -> f.addObject().put("origin", x.origin()).put("reason", x.reason()));
        ArrayNode s = o.putArray("articles");
        for (SaveResult sr : r.saved()) {
            ObjectNode x = s.addObject().put("origin", sr.origin()).put("id", sr.docId()).put("stored", sr.stored());
            sr.copy().ifPresent(k -> x.put("copy", k));
        }
        ctx.status(r.ingested() > 0 ? 201 : 200);
        json(ctx, o);
    }

    void reindex(Context ctx) {
        requireToken(ctx);
        int n = services.index().rebuild(services.store());
        json(ctx, JsonOutput.mapper().createObjectNode().put("indexed_articles", n));
    }

}
