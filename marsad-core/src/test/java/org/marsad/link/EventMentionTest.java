package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.marsad.document.DateRange;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.document.Modality;
import org.marsad.document.Participant;
import org.marsad.document.PlaceMention;
import org.marsad.knowledge.Codebook;
import org.marsad.knowledge.Place;
import org.marsad.knowledge.PlaceKind;
import org.marsad.output.JsonOutput;
import org.junit.jupiter.api.Test;

/** The two factories of {@link EventMention}: from extract JSON and from a processed document. */
class EventMentionTest {
    private static JsonNode json(String s) throws Exception {
        return JsonOutput.mapper().readTree(s);
    }

    private static final String ARTICLE = """
            {"schema": "1", "id": "hasakah-prison-2020", "title": "تمرد", "published": "2020-03-30", "source": "marsad-examples",
             "events": [{"id": "e1", "type": "RIOT",
               "actor": {"text": "سجناء من تنظيم داعش", "canonical": "ISIS", "ref": "isis", "begin": 100, "end": 119},
               "target": null,
               "place": {"text": "سجن الحسكة", "canonical": "Al-Hasakah", "country": "SY", "lat": 36.50237, "lon": 40.74772,
                         "kind": "city", "admin1": "Al-Hasakah", "precision": 1, "why": "…", "begin": 158, "end": 168},
               "facility": {"text": "سجن الحسكة", "canonical": "Hasakah prison", "ref": null, "begin": 158, "end": 168},
               "date": {"start": "2020-03-29", "end": "2020-03-29", "precision": "day", "time_precision": 1},
               "fatalities": null, "injured": 3, "count": null, "modality": "reported", "habitual": false,
               "background": false, "sources": ["Mustafa Bali"], "confidence": 0.85,
               "begin": 0, "end": 12, "evidence": "قال مصطفى بالي"}],
             "claims": [{"evidence": "قال مصطفى بالي، في تغريدة"}]}
            """;

    @Test
    void readsTheOutputOfMarsadExtract() throws Exception {
        ArticleRecord a = ArticleRecord.fromJson(json(ARTICLE), Codebook.standard(), Optional.empty());
        EventMention m = a.mentions().get(0);
        assertEquals("hasakah-prison-2020#e1", m.id());
        assertEquals("protest", m.family());
        assertEquals("marsad-examples", m.outlet().orElseThrow());
        assertEquals("2020-03-30", m.published().orElseThrow().toString());
        assertEquals("ISIS", m.actor().orElseThrow().canonical());
        assertTrue(m.actor().orElseThrow().specific());
        assertTrue(m.target().isEmpty());
        Location p = m.place().orElseThrow();
        assertEquals(PlaceKind.CITY, p.kind());
        assertEquals(36.50237, p.point().orElseThrow().lat(), 1e-9);
        assertEquals("Hasakah prison", m.facility().orElseThrow());
        assertEquals(DateRange.day(java.time.LocalDate.of(2020, 3, 29)), m.date().orElseThrow());
        assertEquals(3, m.injured().getAsInt());
        assertEquals(Modality.REPORTED, m.modality());
        assertEquals(List.of("Mustafa Bali"), m.sources());
        assertEquals("قال مصطفى بالي", m.evidence());
        assertEquals("تمرد\nقال مصطفى بالي\nقال مصطفى بالي، في تغريدة", a.dedupText(),
                "without the text: title and evidence sentences");
    }

    @Test
    void readsGoldStyleValues() throws Exception {
        EventMention m = ArticleRecord.fromJson(json("""
                {"id": "g", "events": [{"id": "e4", "type": "ESCAPE", "actor": "ISIS", "facility": "Tasfirat prison",
                  "place": {"canonical": "Northern Syria", "country": "SY"},
                  "date": {"start": "2019-11-21", "end": "2019-11-30", "precision": "part-of-month"},
                  "sources": []}]}"""), Codebook.standard(), Optional.of("text")).mentions().get(0);
        assertEquals("ISIS", m.actor().orElseThrow().canonical());
        assertTrue(!m.actor().orElseThrow().specific());
        assertEquals(PlaceKind.REGION, m.place().orElseThrow().kind());
        assertEquals(3, m.place().orElseThrow().precision());
        assertEquals(10, m.date().orElseThrow().days());
        assertEquals(Modality.ASSERTED, m.modality());
        assertEquals("custody", m.family());
    }

    @Test
    void malformedFieldsNameTheArticleAndEvent() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleRecord.fromJson(
                json("{\"id\": \"x\", \"events\": [{\"id\": \"e2\", \"type\": \"RIOT\", \"fatalities\": -3}]}"),
                Codebook.standard(), Optional.empty()));
        assertTrue(e.getMessage().contains("x#e2") && e.getMessage().contains("fatalities"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ArticleRecord.fromJson(
                json("{\"id\": \"x\", \"events\": [{\"id\": \"e1\", \"type\": \"RIOT\", \"date\": {\"start\": \"29/3/2020\"}}]}"),
                Codebook.standard(), Optional.empty()));
        assertTrue(e.getMessage().contains("x#e1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ArticleRecord.fromJson(json("{\"events\": []}"),
                Codebook.standard(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> ArticleRecord.fromJson(
                json("{\"id\": \"x\", \"published\": \"soon\"}"), Codebook.standard(), Optional.empty()));
        e = assertThrows(IllegalArgumentException.class, () -> ArticleRecord.fromJson(
                json("{\"id\": \"x\", \"events\": [{\"id\": \"e1\", \"type\": \"RIOT\", \"modality\": \"perhaps\"}]}"),
                Codebook.standard(), Optional.empty()));
        assertTrue(e.getMessage().contains("perhaps"), e.getMessage());
    }

    @Test
    void unknownTypesFormTheirOwnFamily() throws Exception {
        EventMention m = ArticleRecord.fromJson(json("{\"id\": \"x\", \"events\": [{\"id\": \"e1\", \"type\": \"CYBER\"}]}"),
                Codebook.standard(), Optional.empty()).mentions().get(0);
        assertEquals("cyber", m.family());
    }

    @Test
    void readsAProcessedDocument() {
        String text = "قال مصطفى بالي إن سجناء أحدثوا تمردا في سجن الحسكة ليل الأحد.";
        Place hasakah = new Place("gn:173811", "Al-Hasakah", List.of("الحسكة"), 36.50237, 40.74772, PlaceKind.CITY, "SY",
                Optional.of("Al-Hasakah"), 188160, Optional.empty(), OptionalLong.of(173811), "test");
        int p = text.indexOf("سجن الحسكة");
        Event ev = new Event("e1", 0, text.length(), Codebook.standard().require("RIOT"),
                new Event.Trigger(text.indexOf("تمردا"), text.indexOf("تمردا") + 5, "تمردا"),
                Optional.of(new Participant(19, 24, "سجناء", "ISIS", Optional.of("isis"))), Optional.empty(),
                Optional.of(new PlaceMention(p + 4, p + 10, "الحسكة", hasakah, 1, "test")),
                Optional.of(new Participant(p, p + 10, "سجن الحسكة", "Hasakah prison", Optional.empty())),
                Optional.of(DateRange.day(java.time.LocalDate.of(2020, 3, 29))), Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty(), Optional.empty(), Modality.REPORTED, false, false, List.of("Mustafa Bali"), 0.8,
                List.of());
        Document d = Document.of("doc", text, new Metadata(Optional.of(java.time.LocalDate.of(2020, 3, 30)),
                Optional.empty(), Optional.of("outlet"), Optional.empty())).with(Layers.EVENTS, List.of(ev));
        ArticleRecord a = ArticleRecord.of(d);
        EventMention m = a.mentions().get(0);
        assertEquals("doc#e1", m.id());
        assertEquals("Al-Hasakah", m.place().orElseThrow().name());
        assertEquals("Hasakah prison", m.facility().orElseThrow());
        assertEquals("isis", m.actor().orElseThrow().ref().orElseThrow());
        assertEquals(text, m.evidence());
        assertEquals("outlet", a.outlet().orElseThrow());
        assertTrue(a.signature().isEmpty(), "no token layer, the linker signs the text");
    }
}
