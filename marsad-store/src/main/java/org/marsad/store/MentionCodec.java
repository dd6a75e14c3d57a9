package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.marsad.document.DatePrecision;
import org.marsad.document.DateRange;
import org.marsad.document.Modality;
import org.marsad.knowledge.PlaceKind;
import org.marsad.link.EventMention;
import org.marsad.link.Location;
import org.marsad.link.Party;
import org.marsad.output.JsonOutput;

/**
 * An {@link EventMention} as the compact JSON kept in {@code cluster_members.mention}, and back:
 * every field the linker uses, so that a cluster rebuilt from its rows links, agrees and disagrees
 * exactly as the one that was stored.
 *
 * <p>The evidence sentence is not written when it is the article's text between the report's
 * offsets, as the pipeline's always is (it was two thirds of the row, written for every report at
 * ingest, and the text is stored with the article or copy anyway): {@link #read} then gives an
 * empty evidence (the linker never reads it) and {@link #evidence} takes it back from the stored
 * text for the API. Rows written by earlier versions hold it ({@code "ev"}) and are read as they
 * are. Stateless and thread-safe.
 */
final class MentionCodec {
    private MentionCodec() {
    }

    static String write(EventMention m) {
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        o.put("a", m.article());
        o.put("e", m.event());
        m.outlet().ifPresent(v -> o.put("o", v));
        m.published().ifPresent(v -> o.put("p", v.toString()));
        o.put("t", m.type());
        o.put("f", m.family());
        m.place().ifPresent(p -> {
            ObjectNode n = o.putObject("pl");
            n.put("n", p.name());
            n.put("c", p.country());
            p.admin1().ifPresent(v -> n.put("a1", v));
            n.put("k", p.kind().name());
            n.put("pr", p.precision());
            p.point().ifPresent(pt -> n.put("lat", pt.lat()).put("lon", pt.lon()));
        });
        m.facility().ifPresent(v -> o.put("fa", v));
        m.date().ifPresent(d -> {
            ObjectNode n = o.putObject("d");
            n.put("s", d.start().toString());
            n.put("e", d.end().toString());
            n.put("p", d.precision().name());
        });
        m.actor().ifPresent(p -> party(o.putObject("ac"), p));
        m.target().ifPresent(p -> party(o.putObject("ta"), p));
        m.fatalities().ifPresent(v -> o.put("k", v));
        m.injured().ifPresent(v -> o.put("i", v));
        o.put("m", m.modality().name());
        if (m.habitual()) {
            o.put("h", true);
        }
        if (m.background()) {
            o.put("bg", true);
        }
        if (!m.sources().isEmpty()) {
            ArrayNode s = o.putArray("s");
            m.sources().forEach(s::add);
        }
        o.put("b", m.begin());
        o.put("en", m.end());
        if (!derivable(m)) {
            o.put("ev", m.evidence());
        }
        return JsonOutput.write(o);
    }

    /**
     * Whether the evidence need not be stored: the text between the offsets, as the pipeline makes
     * it ({@code Document.cover}); the length is the check (the text is not at hand when rows are
     * written, and the store's reports all come from the pipeline's output of the stored text).
     */
    static boolean derivable(EventMention m) {
        return m.evidence().length() == m.end() - m.begin();
    }

    /**
     * The report's evidence: as stored, or (not stored) the stored text of its article or copy
     * between its offsets; empty when the text is unknown or shorter than the offsets.
     */
    static String evidence(EventMention m, String text) {
        if (!m.evidence().isEmpty() || m.end() == m.begin()) {
            return m.evidence();
        }
        return text != null && m.end() <= text.length() ? text.substring(m.begin(), m.end()) : "";
    }

    private static void party(ObjectNode n, Party p) {
        n.put("c", p.canonical());
        p.ref().ifPresent(r -> n.put("r", r));
    }

    static EventMention read(String json) {
        JsonNode o;
        try {
            o = JsonOutput.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored cluster report is not JSON: " + e.getOriginalMessage(), e);
        }
        Optional<Location> place = Optional.empty();
        JsonNode pl = o.get("pl");
        if (pl != null) {
            Optional<Location.LatLon> pt = pl.has("lat")
                    ? Optional.of(new Location.LatLon(pl.get("lat").asDouble(), pl.get("lon").asDouble())) : Optional.empty();
            place = Optional.of(new Location(pl.get("n").asText(), pl.path("c").asText(""), str(pl, "a1"),
                    PlaceKind.valueOf(pl.get("k").asText().toUpperCase(Locale.ROOT)), pl.get("pr").asInt(), pt));
        }
        Optional<DateRange> date = Optional.empty();
        JsonNode d = o.get("d");
        if (d != null) {
            date = Optional.of(new DateRange(LocalDate.parse(d.get("s").asText()), LocalDate.parse(d.get("e").asText()),
                    DatePrecision.valueOf(d.get("p").asText())));
        }
        List<String> sources = new ArrayList<>();
        o.path("s").forEach(x -> sources.add(x.asText()));
        return new EventMention(o.get("a").asText(), o.get("e").asText(), str(o, "o"),
                str(o, "p").map(LocalDate::parse), o.get("t").asText(), o.get("f").asText(), place, str(o, "fa"), date,
                party(o.get("ac")), party(o.get("ta")), integer(o, "k"), integer(o, "i"),
                Modality.valueOf(o.get("m").asText()), o.path("h").asBoolean(false), o.path("bg").asBoolean(false),
                sources, o.path("b").asInt(0), o.path("en").asInt(0), o.path("ev").asText(""));
    }

    private static Optional<String> str(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static OptionalInt integer(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? OptionalInt.empty() : OptionalInt.of(v.asInt());
    }

    private static Optional<Party> party(JsonNode n) {
        return n == null ? Optional.empty() : Optional.of(new Party(n.get("c").asText(), str(n, "r")));
    }
}
