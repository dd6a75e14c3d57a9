package org.marsad.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Events as PLOVER records (the open successor of CAMEO used by POLECAT): {@code event_type} and
 * {@code event_mode} from the codebook, source and recipient actors with ISO 3166-1 alpha-3
 * countries, the location, the date, and the sentence it came from. Events whose type has no
 * PLOVER mapping (an escape from custody) are left out rather than given an invented code.
 *
 * <p>Stateless and thread-safe.
 */
public final class PloverJson {
    private PloverJson() {
    }

    /** The records, and how many events had no PLOVER type. */
    public record Result(ArrayNode records, int skipped) {
    }

    public static Result of(Iterable<EventRow> rows) {
        ArrayNode out = JsonOutput.mapper().createArrayNode();
        int skipped = 0;
        for (EventRow r : rows) {
            JsonNode e = r.event();
            String type = EventRow.text(e.path("plover"), "event_type");
            if (type.isEmpty()) {
                skipped++;
                continue;
            }
            ObjectNode o = out.addObject();
            o.put("event_id", "MARSAD-" + r.id());
            JsonNode d = r.date().orElse(null);
            o.put("event_date", d == null ? null : EventRow.text(d, "start"));
            o.put("event_date_end", d == null ? null : EventRow.text(d, "end"));
            o.put("date_precision", d == null ? null : EventRow.text(d, "precision"));
            o.put("event_type", type);
            String mode = EventRow.text(e.path("plover"), "mode");
            o.put("event_mode", mode.isEmpty() ? null : mode);
            o.putArray("event_context");
            actor(o, "source", r.actor().orElse(null));
            actor(o, "target", r.target().orElse(null));
            JsonNode p = r.place().orElse(null);
            if (p == null) {
                o.putNull("location");
            } else {
                ObjectNode l = o.putObject("location");
                l.put("name", EventRow.text(p, "canonical"));
                String iso = EventRow.text(p, "country");
                l.put("country", iso.isEmpty() ? null : org.marsad.eval.GsrEvaluation.iso3(iso));
                l.put("admin1", p.hasNonNull("admin1") ? p.get("admin1").asText() : null);
                l.set("lat", p.get("lat"));
                l.set("lon", p.get("lon"));
                l.set("geonameid", p.get("geonames"));
                l.set("geo_precision", p.get("precision"));
            }
            o.set("fatalities", e.get("fatalities"));
            o.set("injured", e.get("injured"));
            o.put("modality", EventRow.text(e, "modality"));
            o.set("confidence", e.get("confidence"));
            o.put("marsad_type", EventRow.text(e, "type"));
            ObjectNode src = o.putObject("source");
            src.put("story_id", r.articleId());
            src.put("url", r.articleUrl().isEmpty() ? null : r.articleUrl());
            src.put("publisher", r.articleSource().isEmpty() ? null : r.articleSource());
            src.put("publication_date", r.published().isEmpty() ? null : r.published());
            src.set("reported_by", e.get("sources"));
            o.put("event_text", EventRow.text(e, "evidence"));
            o.set("evidence_begin", e.get("begin"));
            o.set("evidence_end", e.get("end"));
            o.put("summary", EventRow.text(e, "summary"));
        }
        return new Result(out, skipped);
    }

    private static void actor(ObjectNode o, String role, JsonNode a) {
        if (a == null) {
            o.putNull(role + "_actor");
            o.putNull(role + "_country");
            o.putNull(role + "_sector");
            return;
        }
        o.put(role + "_actor", EventRow.text(a, "canonical"));
        String c = EventRow.text(a, "country");
        o.put(role + "_country", c.isEmpty() ? null : org.marsad.eval.GsrEvaluation.iso3(c));
        String t = EventRow.text(a, "actor_type");
        o.put(role + "_sector", t.isEmpty() ? null : t.toLowerCase(java.util.Locale.ROOT));
    }
}
