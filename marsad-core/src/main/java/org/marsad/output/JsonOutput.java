package org.marsad.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.document.ActorMention;
import org.marsad.document.Claim;
import org.marsad.document.DateRange;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Participant;
import org.marsad.document.PlaceMention;
import org.marsad.document.Span;
import org.marsad.document.Structure;
import org.marsad.document.TimeExpression;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.Place;

/**
 * Turns a processed document into the JSON object that {@code marsad extract} writes, one per
 * article (schema in {@code docs/OUTPUT.md}). Layers a pipeline did not produce come out as empty
 * arrays. Every item carries {@code begin}/{@code end} offsets into the original text.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonOutput {
    public static final String SCHEMA_VERSION = "1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOutput() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The article's JSON as a tree, for callers that read fields back (the store, the evaluator,
     * the Spark job). The same fields in the same order as {@link #write(Document, JsonGenerator)},
     * which builds it: one definition of the format.
     */
    public static ObjectNode toJson(Document doc) {
        try (TokenBuffer b = new TokenBuffer(MAPPER, false)) {
            write(doc, b);
            return (ObjectNode) MAPPER.readTree(b.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The article's JSON as compact UTF-8 bytes, written straight from the document: what
     * {@code marsad extract} writes per line. Byte for byte {@code write(toJson(doc))} in UTF-8, at
     * a fraction of the cost (no tree, no UTF-16 string to encode again), except that characters
     * outside Unicode's basic plane (emoji) and lone surrogates come out as backslash-u escapes: the
     * same JSON strings.
     */
    public static byte[] toBytes(Document doc, boolean pretty) {
        ByteSink out = ByteSink.empty();
        try (JsonGenerator g = new CharBufferStrings(MAPPER.getFactory().createGenerator(out))) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            write(doc, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.bytes();
    }

    /**
     * Writes the article's JSON object to {@code g} (schema in {@code docs/OUTPUT.md}): the one place
     * where the fields of an article and their order are defined.
     */
    public static void write(Document doc, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA_VERSION);
        g.writeStringField("id", doc.id());
        Optional<Structure> st = doc.find(Layers.STRUCTURE);
        String title = doc.metadata().title().orElseGet(() -> st.flatMap(Structure::title).map(doc::cover).orElse(null));
        g.writeStringField("title", title);
        g.writeStringField("published", doc.metadata().published().map(Object::toString).orElse(null));
        g.writeStringField("url", doc.metadata().url().orElse(null));
        g.writeStringField("source", doc.metadata().source().orElse(null));
        g.writeArrayFieldStart("related_links");
        if (st.isPresent()) {
            for (var l : st.get().relatedLinks()) {
                g.writeString(l.text());
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("entities");
        for (Mention m : doc.find(Layers.MENTIONS).orElse(List.of())) {
            g.writeStartObject();
            span(g, m);
            g.writeStringField("text", m.text());
            g.writeStringField("type", m.type().name());
            g.writeStringField("canonical", m.canonical().orElse(null));
            g.writeStringField("ref", m.ref().orElse(null));
            g.writeStringField("origin", m.origin());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("places");
        for (PlaceMention p : doc.find(Layers.PLACES).orElse(List.of())) {
            placeMention(g, p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("dates");
        for (TimeExpression t : doc.find(Layers.TIMES).orElse(List.of())) {
            // "end" is the interval's last day here, as in gold files; the offsets go in "span".
            g.writeStartObject();
            g.writeStringField("text", t.text());
            range(g, t.range());
            g.writeStringField("anchor", t.anchor());
            g.writeFieldName("span");
            g.writeStartObject();
            span(g, t);
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        List<ActorMention> actorMentions = doc.find(Layers.ACTORS).orElse(List.of());
        g.writeArrayFieldStart("actors");
        for (ActorMention a : actorMentions) {
            g.writeStartObject();
            span(g, a);
            g.writeStringField("text", a.text());
            g.writeStringField("canonical", a.actor().name());
            g.writeStringField("ref", a.actor().id());
            g.writeStringField("type", a.actor().type().name());
            g.writeStringField("country", a.actor().country().orElse(null));
            g.writeStringField("how", a.how());
            g.writeStringField("role", a.role().orElse(null));
            g.writeStringField("organization", a.organization().map(x -> x.name()).orElse(null));
            g.writeEndObject();
        }
        g.writeEndArray();
        Map<String, Actor> byId = new HashMap<>();
        actorMentions.forEach(a -> byId.putIfAbsent(a.actor().id(), a.actor()));
        g.writeArrayFieldStart("events");
        for (Event ev : doc.find(Layers.EVENTS).orElse(List.of())) {
            EventJson.event(doc, ev, byId, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unlocated_events");
        for (Event ev : doc.find(Layers.UNLOCATED_EVENTS).orElse(List.of())) {
            EventJson.event(doc, ev, byId, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("claims");
        for (Claim c : doc.find(Layers.CLAIMS).orElse(List.of())) {
            EventJson.claim(doc, c, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void span(JsonGenerator g, Span s) throws IOException {
        g.writeNumberField("begin", s.begin());
        g.writeNumberField("end", s.end());
    }

    /** A place mention with its resolved place, as in {@code places} and an event's {@code place}. */
    static void placeMention(JsonGenerator g, PlaceMention p) throws IOException {
        g.writeStartObject();
        span(g, p);
        g.writeStringField("text", p.text());
        Place pl = p.place();
        g.writeStringField("canonical", pl.name());
        g.writeStringField("country", pl.country());
        g.writeNumberField("lat", round(pl.lat()));
        g.writeNumberField("lon", round(pl.lon()));
        g.writeStringField("kind", pl.kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("admin1", pl.admin1().orElse(null));
        g.writeStringField("id", pl.id());
        g.writeFieldName("geonames");
        if (pl.geonames().isPresent()) {
            g.writeNumber(pl.geonames().getAsLong());
        } else {
            g.writeNull();
        }
        g.writeNumberField("precision", p.precision());
        g.writeStringField("why", p.why());
        g.writeEndObject();
    }

    /** Writes an interval as {@code start}, {@code end}, {@code precision}, {@code time_precision}. */
    static void range(JsonGenerator g, Optional<DateRange> r) throws IOException {
        if (r.isPresent()) {
            g.writeStringField("start", r.get().start().toString());
            g.writeStringField("end", r.get().end().toString());
            g.writeStringField("precision", r.get().precision().label());
            g.writeNumberField("time_precision", r.get().precision().acledTimePrecision());
        } else {
            g.writeNullField("start");
            g.writeNullField("end");
            g.writeNullField("precision");
            g.writeNullField("time_precision");
        }
    }

    /** A participant object (speaker, actor, target, facility) without its closing brace. */
    static void participant(JsonGenerator g, Participant p) throws IOException {
        g.writeStartObject();
        span(g, p);
        g.writeStringField("text", p.text());
        g.writeStringField("canonical", p.canonical());
        g.writeStringField("ref", p.ref().orElse(null));
    }

    static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }

    /** Pretty or compact JSON text of a node. */
    public static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
