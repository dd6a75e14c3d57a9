package org.marsad.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Events with coordinates as a GeoJSON FeatureCollection of points ([longitude, latitude], WGS 84);
 * the properties repeat the event's codes, date, actors, place and precision. Stateless.
 */
public final class GeoJson {
    static final List<String> FIELDS = List.of("type", "modality", "fatalities", "injured", "confidence", "summary",
            "evidence");

    private GeoJson() {
    }

    public static ObjectNode of(Iterable<EventRow> rows) {
        ObjectNode fc = JsonOutput.mapper().createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (EventRow r : rows) {
            if (!r.hasPoint()) {
                continue;
            }
            JsonNode e = r.event();
            JsonNode p = r.place().get();
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", "MARSAD-" + r.id());
            ArrayNode c = f.putObject("geometry").put("type", "Point").putArray("coordinates");
            c.add(p.get("lon").asDouble());
            c.add(p.get("lat").asDouble());
            ObjectNode pr = f.putObject("properties");
            pr.put("event_id", "MARSAD-" + r.id());
            pr.put("article_id", r.articleId());
            for (String k : FIELDS) {
                pr.set(k, e.get(k) == null ? pr.nullNode() : e.get(k));
            }
            pr.put("place", EventRow.text(p, "canonical"));
            pr.put("country", EventRow.text(p, "country"));
            pr.set("geo_precision", p.get("precision"));
            JsonNode d = r.date().orElse(null);
            pr.put("date_start", d == null ? null : EventRow.text(d, "start"));
            pr.put("date_end", d == null ? null : EventRow.text(d, "end"));
            pr.put("actor", r.actor().map(a -> EventRow.text(a, "canonical")).orElse(null));
            pr.put("target", r.target().map(a -> EventRow.text(a, "canonical")).orElse(null));
            pr.put("acled_event_type", EventRow.text(e.path("acled"), "event_type"));
            pr.put("plover_event_type", EventRow.text(e.path("plover"), "event_type"));
        }
        return fc;
    }
}
