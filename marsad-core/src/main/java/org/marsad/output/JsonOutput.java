package org.marsad.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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

    public static ObjectNode toJson(Document doc) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema", SCHEMA_VERSION);
        o.put("id", doc.id());
        Optional<Structure> st = doc.find(Layers.STRUCTURE);
        String title = doc.metadata().title().orElseGet(() -> st.flatMap(Structure::title).map(doc::cover).orElse(null));
        o.put("title", title);
        o.put("published", doc.metadata().published().map(Object::toString).orElse(null));
        o.put("url", doc.metadata().url().orElse(null));
        o.put("source", doc.metadata().source().orElse(null));
        ArrayNode links = o.putArray("related_links");
        st.ifPresent(s -> s.relatedLinks().forEach(l -> links.add(l.text())));
        ArrayNode ents = o.putArray("entities");
        for (Mention m : doc.find(Layers.MENTIONS).orElse(List.of())) {
            ObjectNode e = span(ents.addObject(), m);
            e.put("text", m.text());
            e.put("type", m.type().name());
            e.put("canonical", m.canonical().orElse(null));
            e.put("ref", m.ref().orElse(null));
            e.put("origin", m.origin());
        }
        ArrayNode places = o.putArray("places");
        for (PlaceMention p : doc.find(Layers.PLACES).orElse(List.of())) {
            ObjectNode e = span(places.addObject(), p);
            e.put("text", p.text());
            place(e, p.place());
            e.put("precision", p.precision());
            e.put("why", p.why());
        }
        ArrayNode dates = o.putArray("dates");
        for (TimeExpression t : doc.find(Layers.TIMES).orElse(List.of())) {
            // "end" is the interval's last day here, as in gold files; the offsets go in "span".
            ObjectNode e = dates.addObject();
            e.put("text", t.text());
            range(e, t.range());
            e.put("anchor", t.anchor());
            span(e.putObject("span"), t);
        }
        ArrayNode actors = o.putArray("actors");
        for (ActorMention a : doc.find(Layers.ACTORS).orElse(List.of())) {
            ObjectNode e = span(actors.addObject(), a);
            e.put("text", a.text());
            e.put("canonical", a.actor().name());
            e.put("ref", a.actor().id());
            e.put("type", a.actor().type().name());
            e.put("country", a.actor().country().orElse(null));
            e.put("how", a.how());
            e.put("role", a.role().orElse(null));
            e.put("organization", a.organization().map(x -> x.name()).orElse(null));
        }
        java.util.Map<String, org.marsad.knowledge.Actor> byId = new java.util.HashMap<>();
        doc.find(Layers.ACTORS).orElse(List.of()).forEach(a -> byId.putIfAbsent(a.actor().id(), a.actor()));
        ArrayNode events = o.putArray("events");
        for (Event ev : doc.find(Layers.EVENTS).orElse(List.of())) {
            events.add(EventJson.event(doc, ev, byId));
        }
        ArrayNode claims = o.putArray("claims");
        for (Claim c : doc.find(Layers.CLAIMS).orElse(List.of())) {
            claims.add(EventJson.claim(doc, c));
        }
        return o;
    }

    static ObjectNode span(ObjectNode o, Span s) {
        o.put("begin", s.begin());
        o.put("end", s.end());
        return o;
    }

    static void place(ObjectNode e, Place p) {
        e.put("canonical", p.name());
        e.put("country", p.country());
        e.put("lat", round(p.lat()));
        e.put("lon", round(p.lon()));
        e.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
        e.put("admin1", p.admin1().orElse(null));
        e.put("id", p.id());
        if (p.geonames().isPresent()) {
            e.put("geonames", p.geonames().getAsLong());
        } else {
            e.putNull("geonames");
        }
    }

    /** Writes an interval as {@code start}, {@code end}, {@code precision}, {@code time_precision}. */
    static void range(ObjectNode e, Optional<DateRange> r) {
        if (r.isPresent()) {
            e.put("start", r.get().start().toString());
            e.put("end", r.get().end().toString());
            e.put("precision", r.get().precision().label());
            e.put("time_precision", r.get().precision().acledTimePrecision());
        } else {
            e.putNull("start");
            e.putNull("end");
            e.putNull("precision");
            e.putNull("time_precision");
        }
    }

    static ObjectNode participant(ObjectNode o, Participant p) {
        span(o, p);
        o.put("text", p.text());
        o.put("canonical", p.canonical());
        o.put("ref", p.ref().orElse(null));
        return o;
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
