package org.marsad.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.marsad.document.Claim;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Participant;
import org.marsad.document.PlaceMention;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.EventType;

/** JSON objects for events and claims (see {@code docs/OUTPUT.md}). Stateless and thread-safe. */
final class EventJson {
    private EventJson() {
    }

    static ObjectNode event(Document doc, Event ev, java.util.Map<String, Actor> actors) {
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        o.put("id", ev.id());
        EventType t = ev.type();
        o.put("type", t.name());
        ObjectNode trig = JsonOutput.span(o.putObject("trigger"), ev.trigger());
        trig.put("text", ev.trigger().text());
        actor(o, "actor", ev.actor(), actors);
        actor(o, "target", ev.target(), actors);
        if (ev.place().isPresent()) {
            PlaceMention p = ev.place().get();
            ObjectNode po = JsonOutput.span(o.putObject("place"), p);
            po.put("text", p.text());
            JsonOutput.place(po, p.place());
            po.put("precision", p.precision());
            po.put("why", p.why());
        } else {
            o.putNull("place");
        }
        participant(o, "facility", ev.facility());
        if (ev.date().isPresent()) {
            ObjectNode d = o.putObject("date");
            JsonOutput.range(d, ev.date());
            ev.dateText().ifPresent(tx -> {
                d.put("text", tx.text());
                JsonOutput.span(d.putObject("span"), tx);
            });
        } else {
            o.putNull("date");
        }
        putInt(o, "fatalities", ev.fatalities());
        putInt(o, "injured", ev.injured());
        o.put("count", ev.count().orElse(null));
        o.put("modality", ev.modality().label());
        o.put("habitual", ev.habitual());
        o.put("background", ev.background());
        ArrayNode src = o.putArray("sources");
        ev.sources().forEach(src::add);
        o.put("confidence", Math.round(ev.confidence() * 100) / 100.0);
        ObjectNode plover = o.putObject("plover");
        plover.put("event_type", t.plover().orElse(null));
        plover.put("mode", t.ploverMode().orElse(null));
        ObjectNode acled = o.putObject("acled");
        acled.put("event_type", t.acledEventType().orElse(null));
        acled.put("sub_event_type", t.acledSubEvent().orElse(null));
        acled.put("civilian_event_type", t.acledCivilianEventType().orElse(null));
        acled.put("civilian_sub_event_type", t.acledCivilianSubEvent().orElse(null));
        o.put("summary", EventSummary.of(ev));
        JsonOutput.span(o, ev);
        o.put("evidence", doc.cover(ev));
        return o;
    }

    static ObjectNode claim(Document doc, Claim c) {
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        o.put("id", c.id());
        JsonOutput.participant(o.putObject("speaker"), c.speaker());
        o.put("role", c.role().orElse(null));
        participant(o, "organization", c.organization());
        o.put("channel", c.channel().orElse(null));
        o.put("verb", c.verb().text());
        JsonOutput.span(o.putObject("verb_span"), c.verb());
        o.put("unnamed", c.unnamed());
        o.put("stance", c.stance());
        ArrayNode about = o.putArray("about");
        c.about().forEach(about::add);
        if (c.date().isPresent()) {
            JsonOutput.range(o.putObject("date"), c.date());
        } else {
            o.putNull("date");
        }
        c.content().ifPresent(ct -> JsonOutput.span(o.putObject("content"), ct));
        JsonOutput.span(o, c);
        o.put("evidence", doc.cover(c));
        return o;
    }

    /** An actor or target with what the dictionary knows of it: type, country, ACLED inter code. */
    private static void actor(ObjectNode o, String field, Optional<Participant> p, java.util.Map<String, Actor> actors) {
        participant(o, field, p);
        if (p.isPresent() && p.get().ref().isPresent()) {
            Actor a = actors.get(p.get().ref().get());
            if (a != null) {
                ObjectNode x = (ObjectNode) o.get(field);
                x.put("actor_type", a.type().name());
                x.put("country", a.country().orElse(null));
                if (a.inter().isPresent()) {
                    x.put("inter", a.inter().getAsInt());
                } else {
                    x.putNull("inter");
                }
            }
        }
    }

    private static void participant(ObjectNode o, String field, Optional<Participant> p) {
        if (p.isPresent()) {
            JsonOutput.participant(o.putObject(field), p.get());
        } else {
            o.putNull(field);
        }
    }

    private static void putInt(ObjectNode o, String field, java.util.OptionalInt v) {
        if (v.isPresent()) {
            o.put(field, v.getAsInt());
        } else {
            o.putNull(field);
        }
    }
}
