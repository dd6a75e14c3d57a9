package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.marsad.document.DatePrecision;
import org.marsad.document.DateRange;
import org.marsad.document.Modality;
import org.marsad.knowledge.PlaceKind;
import org.marsad.link.EventMention;
import org.marsad.link.Location;
import org.marsad.link.Party;
import org.marsad.output.JsonOutput;

/** A report's row: written field by field, the same text as the tree of the same fields, and read back as it was. */
class MentionCodecTest {
    @Test
    void writesWhatTheTreeWroteAndReadsItBack() {
        List<EventMention> ms = new ArrayList<>();
        List<ProcessedArticle> as = new ArrayList<>(List.of(LinkedArticles.a(), LinkedArticles.b(),
                LinkedArticles.arrest(), LinkedArticles.mosul()));
        as.addAll(Annotated.sample());
        for (ProcessedArticle a : as) {
            ms.addAll(StoreLinker.record(a.output(), a.document().id(), a.document().text(), a.document()).mentions());
        }
        // every optional field present, and absent; an evidence that is not the text between the offsets
        ms.add(new EventMention("x", "e2", Optional.of("outlet \"q\""), Optional.of(LocalDate.of(2021, 1, 2)), "PROTEST",
                "protest", Optional.of(new Location("Basra", "IQ", Optional.of("Basra Governorate"),
                PlaceKind.CITY, 2, Optional.of(new Location.LatLon(30.5, 47.8)))), Optional.of("Sports City"),
                Optional.of(new DateRange(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31), DatePrecision.MONTH)),
                Optional.of(new Party("Sadrists", Optional.empty())), Optional.of(new Party("ISIS", Optional.of("isis"))),
                OptionalInt.of(0), OptionalInt.of(12), Modality.PLANNED, true, true, List.of("a", "b"), 3, 9,
                "not six"));
        ms.add(new EventMention("y", "e1", Optional.empty(), Optional.empty(), "RIOT", "protest", Optional.of(
                new Location("Syria", "SY", Optional.empty(), PlaceKind.COUNTRY, 3, Optional.empty())), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                Modality.ASSERTED, false, false, List.of(), 0, 0, ""));
        assertTrue(ms.size() >= 8);
        for (EventMention m : ms) {
            String json = MentionCodec.write(m);
            assertEquals(tree(m), json);
            EventMention back = MentionCodec.read(json);
            EventMention expected = MentionCodec.derivable(m) ? new EventMention(m.article(), m.event(), m.outlet(),
                    m.published(), m.type(), m.family(), m.place(), m.facility(), m.date(), m.actor(), m.target(),
                    m.fatalities(), m.injured(), m.modality(), m.habitual(), m.background(), m.sources(), m.begin(),
                    m.end(), "") : m;
            assertEquals(expected, back, json);
        }
    }

    /** How the codec wrote a report before schema 5: a tree, then its text. */
    private static String tree(EventMention m) {
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
        if (!MentionCodec.derivable(m)) {
            o.put("ev", m.evidence());
        }
        return JsonOutput.write(o);
    }

    private static void party(ObjectNode n, Party p) {
        n.put("c", p.canonical());
        p.ref().ifPresent(r -> n.put("r", r));
    }
}
