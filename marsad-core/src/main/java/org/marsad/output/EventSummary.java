package org.marsad.output;

import java.util.Locale;
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

    public static String of(Event e) {
        StringBuilder b = new StringBuilder();
        String actor = e.actor().map(Participant::canonical).orElse("Unidentified actor");
        b.append(actor).append(' ').append(phrase(e.type().name()));
        e.target().ifPresent(t -> b.append(' ').append(t.canonical()));
        e.facility().ifPresent(f -> b.append(" at ").append(f.canonical()));
        e.place().ifPresent(p -> b.append(", ").append(p.place().name()).append(" (").append(p.place().country())
                .append(')'));
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

    /** The verb phrase of a type: a few are irregular, the rest read from the type's name. */
    static String phrase(String type) {
        return switch (type) {
            case "ATTACK" -> "attacked";
            case "AIRSTRIKE" -> "carried out an airstrike on";
            case "SHELLING" -> "shelled";
            case "BOMBING" -> "carried out a bombing against";
            case "CLASH" -> "clashed with";
            case "KILLING" -> "killed";
            case "ABDUCTION" -> "abducted";
            case "ARREST" -> "arrested";
            case "ESCAPE" -> "escaped";
            case "RIOT" -> "rioted against";
            case "PROTEST" -> "protested against";
            case "ARSON" -> "set fire to";
            case "SEIZE_TERRITORY" -> "seized territory from";
            case "OFFENSIVE" -> "launched an offensive against";
            case "MOBILIZE" -> "mobilized against";
            case "WITHDRAW" -> "withdrew from";
            case "AID" -> "supported";
            case "RELEASE" -> "released";
            case "ACCUSE" -> "accused";
            case "THREATEN" -> "threatened";
            case "DEMAND" -> "demanded of";
            case "AGREE" -> "agreed with";
            default -> "was involved in " + type.toLowerCase(Locale.ROOT).replace('_', ' ') + " with";
        };
    }
}
