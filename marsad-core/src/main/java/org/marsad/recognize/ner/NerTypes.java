package org.marsad.recognize.ner;

import java.util.Locale;
import java.util.Optional;
import org.marsad.document.EntityType;

/**
 * The entity types the recognizer is trained on, named as in ANERcorp, and their mapping to the
 * pipeline's {@link EntityType}. Corpus tags are folded into these four:
 * <ol>
 *   <li>{@code PERS}, {@code PER}, {@code PERSON} → {@link #PERS};</li>
 *   <li>{@code ORG}, {@code ORGANIZATION} → {@link #ORG};</li>
 *   <li>{@code LOC}, {@code LOCATION}, {@code GPE} (Wojood) → {@link #LOC};</li>
 *   <li>{@code MISC} and AQMAR's article-specific {@code MIS0}…{@code MIS3} (also {@code MIS-1},
 *       {@code MIS1`}) → {@link #MISC};</li>
 *   <li>anything else (Wojood's DATE, NORP, OCC, ..., AQMAR's stray {@code SPANISH}) → no entity.</li>
 * </ol>
 */
public final class NerTypes {
    public static final String PERS = "PERS";
    public static final String ORG = "ORG";
    public static final String LOC = "LOC";
    public static final String MISC = "MISC";

    private NerTypes() {
    }

    /** The canonical type of a corpus type name, or empty when the type is not one of the four. */
    public static Optional<String> canonical(String corpusType) {
        String t = corpusType.trim().toUpperCase(Locale.ROOT);
        switch (t) {
            case "PERS", "PER", "PERSON":
                return Optional.of(PERS);
            case "ORG", "ORGANIZATION", "ORGANISATION":
                return Optional.of(ORG);
            case "LOC", "LOCATION", "GPE":
                return Optional.of(LOC);
            case "MISC":
                return Optional.of(MISC);
            default:
                break;
        }
        if (t.startsWith("MIS")) {
            return Optional.of(MISC);
        }
        return Optional.empty();
    }

    /** The pipeline type of a canonical model type. */
    public static EntityType entityType(String type) {
        switch (type) {
            case PERS:
                return EntityType.PERSON;
            case ORG:
                return EntityType.ORGANIZATION;
            case LOC:
                return EntityType.LOCATION;
            case MISC:
                return EntityType.MISC;
            default:
                throw new IllegalArgumentException("not a model entity type: " + type);
        }
    }
}
