package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.marsad.output.JsonOutput;

/**
 * The dashboard map's feed: events with coordinates as GeoJSON points whose properties are what a
 * marker and its popup show (type and colour, day, summary, article and event key). The exports
 * for analysts (ACLED CSV, PLOVER, GeoJSON) are the pipeline's own ({@code org.marsad.output}),
 * served by {@link Api}. Stateless.
 */
final class MapFeed {
    private MapFeed() {
    }

    static ObjectNode geojson(List<ObjectNode> events) {
        ObjectNode fc = JsonOutput.mapper().createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (ObjectNode e : events) {
            if (!e.hasNonNull("lat") || !e.hasNonNull("lon")) {
                continue;
            }
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.putObject("geometry").put("type", "Point").putArray("coordinates").add(e.get("lon").asDouble())
                    .add(e.get("lat").asDouble());
            ObjectNode p = f.putObject("properties");
            for (String k : List.of("id", "type", "day", "summary", "actor_name", "target_name", "place_name", "country",
                    "admin1", "fatalities", "modality", "article", "article_title", "event_key", "geo_precision")) {
                JsonNode v = e.get(k);
                p.set(k, v == null ? p.nullNode() : v);
            }
            p.put("color", Palette.color(s(e, "type")));
        }
        return fc;
    }

    private static String s(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
