package org.marsad.output;

import org.marsad.document.Event;
import org.marsad.document.Participant;

/**
 * A one-line English summary of an event, built from its fields by a template (never by machine
 * translation), so that analysts who do not read Arabic can scan results:
 * {@code ACTOR TYPE-PHRASE TARGET, PLACE (CC), DATE — per SOURCES}.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventSummary {
    private EventSummary() {
    }

    private static final java.util.regex.Pattern TRAILING_PREPOSITION =
            java.util.regex.Pattern.compile("\\s+(against|from|on|with|of|to)$");

    /** The phrase without its object: «rioted against» → «rioted», «escaped from» → «escaped». */
    static String intransitive(String phrase) {
        return TRAILING_PREPOSITION.matcher(phrase).replaceFirst("");
    }

    public static String of(Event e) {
        StringBuilder b = new StringBuilder();
        String actor = e.actor().map(Participant::canonical).orElse("Unidentified actor");
        b.append(actor).append(' ').append(e.target().isPresent() ? e.type().phrase() : intransitive(e.type().phrase()));
        e.target().ifPresent(t -> b.append(' ').append(t.canonical()));
        e.place().ifPresent(p -> {
            boolean facilityIsPlace = e.facility().isPresent() && e.facility().get().canonical().equals(p.place().name());
            e.facility().filter(f -> !facilityIsPlace).ifPresent(f -> b.append(" at ").append(f.canonical()));
            b.append(facilityIsPlace ? " at " : ", ").append(p.place().name());
            p.place().admin1().filter(a -> !a.equals(p.place().name())).ifPresent(a -> b.append(", ").append(a));
            b.append(" (").append(p.place().country()).append(')');
        });
        if (e.place().isEmpty()) {
            e.facility().ifPresent(f -> b.append(" at ").append(f.canonical()));
        }
        e.date().ifPresent(d -> b.append(", ").append(d.start().equals(d.end()) ? d.start().toString()
                : d.start() + "/" + d.end()));
        if (e.fatalities().isPresent()) {
            b.append("; ").append(e.fatalities().getAsInt()).append(" killed");
        }
        if (e.injured().isPresent()) {
            b.append("; ").append(e.injured().getAsInt()).append(" injured");
        }
        if (!e.sources().isEmpty()) {
            b.append(" \u2014 per ").append(String.join(", ", e.sources()));
        }
        if (e.modality() != org.marsad.document.Modality.ASSERTED
                && e.modality() != org.marsad.document.Modality.REPORTED) {
            b.append(" [").append(e.modality().label()).append(']');
        }
        return b.toString();
    }
}
