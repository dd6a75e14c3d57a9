package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.marsad.output.JsonOutput;

/**
 * Event exports: ACLED-style CSV (one row per event, the codebook's ACLED and PLOVER codes, the
 * evidence and its article) and GeoJSON (events with coordinates as points). Stateless.
 */
final class Exports {
    static final List<String> CSV_COLUMNS = List.of("event_id", "event_date", "date_precision", "time_precision",
            "marsad_type", "acled_event_type", "acled_sub_event_type", "plover_event_type", "plover_mode", "actor1",
            "actor1_ref", "actor2", "actor2_ref", "country", "admin1", "location", "latitude", "longitude",
            "geo_precision", "fatalities", "injured", "modality", "sources", "source", "article_id", "article_url",
            "summary", "notes");

    private Exports() {
    }

    static String csv(List<ObjectNode> events) {
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (ObjectNode e : events) {
            List<String> row = List.of(s(e, "id"), s(e, "day"), s(e, "date_precision"), s(e, "time_precision"),
                    s(e, "type"), s(e, "acled_type"), s(e, "acled_sub_type"), s(e, "plover_type"), s(e, "plover_mode"),
                    s(e, "actor_name"), s(e, "actor_ref"), s(e, "target_name"), s(e, "target_ref"), s(e, "country"),
                    s(e, "admin1"), s(e, "place_name"), s(e, "lat"), s(e, "lon"), s(e, "geo_precision"),
                    s(e, "fatalities"), s(e, "injured"), s(e, "modality"), join(e.path("sources")), s(e, "source"),
                    s(e, "article"), s(e, "article_url"), s(e, "summary"), s(e, "evidence"));
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(cell(row.get(i)));
            }
            b.append("\r\n");
        }
        return b.toString();
    }

    /** RFC 4180 quoting; cells that a spreadsheet would run as a formula are prefixed with a quote. */
    static String cell(String v) {
        if (v.isEmpty()) {
            return v;
        }
        String s = v;
        char c = s.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@') {
            if (!s.matches("-?\\d+(\\.\\d+)?")) {
                s = "'" + s;
            }
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
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

    private static String join(JsonNode arr) {
        StringBuilder b = new StringBuilder();
        for (JsonNode x : arr) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(x.asText());
        }
        return b.toString();
    }
}
