package org.marsad.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

    /**
     * The report as JSON, written field by field (no tree: this runs for every report at ingest);
     * the same text the tree of the same fields gave ({@code MentionCodecTest}).
     */
    static String write(EventMention m) {
        StringWriter w = new StringWriter(320);
        try (JsonGenerator g = JsonOutput.mapper().getFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("a", m.article());
            g.writeStringField("e", m.event());
            if (m.outlet().isPresent()) {
                g.writeStringField("o", m.outlet().get());
            }
            if (m.published().isPresent()) {
                g.writeStringField("p", m.published().get().toString());
            }
            g.writeStringField("t", m.type());
            g.writeStringField("f", m.family());
            if (m.place().isPresent()) {
                Location p = m.place().get();
                g.writeObjectFieldStart("pl");
                g.writeStringField("n", p.name());
                g.writeStringField("c", p.country());
                if (p.admin1().isPresent()) {
                    g.writeStringField("a1", p.admin1().get());
                }
                g.writeStringField("k", p.kind().name());
                g.writeNumberField("pr", p.precision());
                if (p.point().isPresent()) {
                    g.writeNumberField("lat", p.point().get().lat());
                    g.writeNumberField("lon", p.point().get().lon());
                }
                g.writeEndObject();
            }
            if (m.facility().isPresent()) {
                g.writeStringField("fa", m.facility().get());
            }
            if (m.date().isPresent()) {
                DateRange d = m.date().get();
                g.writeObjectFieldStart("d");
                g.writeStringField("s", d.start().toString());
                g.writeStringField("e", d.end().toString());
                g.writeStringField("p", d.precision().name());
                g.writeEndObject();
            }
            if (m.actor().isPresent()) {
                party(g, "ac", m.actor().get());
            }
            if (m.target().isPresent()) {
                party(g, "ta", m.target().get());
            }
            if (m.fatalities().isPresent()) {
                g.writeNumberField("k", m.fatalities().getAsInt());
            }
            if (m.injured().isPresent()) {
                g.writeNumberField("i", m.injured().getAsInt());
            }
            g.writeStringField("m", m.modality().name());
            if (m.habitual()) {
                g.writeBooleanField("h", true);
            }
            if (m.background()) {
                g.writeBooleanField("bg", true);
            }
            if (!m.sources().isEmpty()) {
                g.writeArrayFieldStart("s");
                for (String x : m.sources()) {
                    g.writeString(x);
                }
                g.writeEndArray();
            }
            g.writeNumberField("b", m.begin());
            g.writeNumberField("en", m.end());
            if (!derivable(m)) {
                g.writeStringField("ev", m.evidence());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void party(JsonGenerator g, String field, Party p) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("c", p.canonical());
        if (p.ref().isPresent()) {
            g.writeStringField("r", p.ref().get());
        }
        g.writeEndObject();
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
