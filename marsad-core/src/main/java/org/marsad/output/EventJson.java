package org.marsad.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.marsad.document.Claim;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Participant;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.EventType;

/** JSON objects for events and claims (see {@code docs/OUTPUT.md}). Stateless and thread-safe. */
final class EventJson {
    private EventJson() {
    }

    static void event(Document doc, Event ev, Map<String, Actor> actors, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", ev.id());
        EventType t = ev.type();
        g.writeStringField("type", t.name());
        g.writeFieldName("trigger");
        g.writeStartObject();
        JsonOutput.span(g, ev.trigger());
        g.writeStringField("text", ev.trigger().text());
        g.writeEndObject();
        actor(g, "actor", ev.actor(), actors);
        actor(g, "target", ev.target(), actors);
        g.writeFieldName("place");
        if (ev.place().isPresent()) {
            JsonOutput.placeMention(g, ev.place().get());
        } else {
            g.writeNull();
        }
        participant(g, "facility", ev.facility());
        g.writeFieldName("date");
        if (ev.date().isPresent()) {
            g.writeStartObject();
            JsonOutput.range(g, ev.date());
            if (ev.dateText().isPresent()) {
                g.writeStringField("text", ev.dateText().get().text());
                g.writeFieldName("span");
                g.writeStartObject();
                JsonOutput.span(g, ev.dateText().get());
                g.writeEndObject();
            }
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        number(g, "fatalities", ev.fatalities());
        number(g, "injured", ev.injured());
        g.writeStringField("count", ev.count().orElse(null));
        g.writeStringField("modality", ev.modality().label());
        g.writeBooleanField("habitual", ev.habitual());
        g.writeBooleanField("background", ev.background());
        g.writeArrayFieldStart("sources");
        for (String s : ev.sources()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeNumberField("confidence", Math.round(ev.confidence() * 100) / 100.0);
        g.writeFieldName("plover");
        g.writeStartObject();
        g.writeStringField("event_type", t.plover().orElse(null));
        g.writeStringField("mode", t.ploverMode().orElse(null));
        g.writeEndObject();
        g.writeFieldName("acled");
        g.writeStartObject();
        g.writeStringField("event_type", t.acledEventType().orElse(null));
        g.writeStringField("sub_event_type", t.acledSubEvent().orElse(null));
        g.writeStringField("civilian_event_type", t.acledCivilianEventType().orElse(null));
        g.writeStringField("civilian_sub_event_type", t.acledCivilianSubEvent().orElse(null));
        g.writeEndObject();
        g.writeStringField("summary", EventSummary.of(ev));
        JsonOutput.span(g, ev);
        g.writeStringField("evidence", doc.cover(ev));
        g.writeEndObject();
    }

    static void claim(Document doc, Claim c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeFieldName("speaker");
        JsonOutput.participant(g, c.speaker());
        g.writeEndObject();
        g.writeStringField("role", c.role().orElse(null));
        participant(g, "organization", c.organization());
        g.writeStringField("channel", c.channel().orElse(null));
        g.writeStringField("verb", c.verb().text());
        g.writeFieldName("verb_span");
        g.writeStartObject();
        JsonOutput.span(g, c.verb());
        g.writeEndObject();
        g.writeBooleanField("unnamed", c.unnamed());
        g.writeStringField("stance", c.stance());
        g.writeArrayFieldStart("about");
        for (String a : c.about()) {
            g.writeString(a);
        }
        g.writeEndArray();
        g.writeFieldName("date");
        if (c.date().isPresent()) {
            g.writeStartObject();
            JsonOutput.range(g, c.date());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        if (c.content().isPresent()) {
            g.writeFieldName("content");
            g.writeStartObject();
            JsonOutput.span(g, c.content().get());
            g.writeEndObject();
        }
        JsonOutput.span(g, c);
        g.writeStringField("evidence", doc.cover(c));
        g.writeEndObject();
    }

    /** An actor or target with what the dictionary knows of it: type, country, ACLED inter code. */
    private static void actor(JsonGenerator g, String field, Optional<Participant> p, Map<String, Actor> actors)
            throws IOException {
        g.writeFieldName(field);
        if (p.isEmpty()) {
            g.writeNull();
            return;
        }
        JsonOutput.participant(g, p.get());
        Actor a = p.get().ref().map(actors::get).orElse(null);
        if (a != null) {
            g.writeStringField("actor_type", a.type().name());
            g.writeStringField("country", a.country().orElse(null));
            g.writeFieldName("inter");
            if (a.inter().isPresent()) {
                g.writeNumber(a.inter().getAsInt());
            } else {
                g.writeNull();
            }
        }
        g.writeEndObject();
    }

    private static void participant(JsonGenerator g, String field, Optional<Participant> p) throws IOException {
        g.writeFieldName(field);
        if (p.isPresent()) {
            JsonOutput.participant(g, p.get());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
    }

    private static void number(JsonGenerator g, String field, OptionalInt v) throws IOException {
        g.writeFieldName(field);
        if (v.isPresent()) {
            g.writeNumber(v.getAsInt());
        } else {
            g.writeNull();
        }
    }
}
