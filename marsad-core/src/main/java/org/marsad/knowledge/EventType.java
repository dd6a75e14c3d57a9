package org.marsad.knowledge;

import java.util.Optional;

/**
 * An event type of the codebook with its mappings. Loaded from {@code codebook.tsv}, so that a new
 * type needs no code.
 *
 * @param family         coarse family used for matching across articles ({@code assault}, {@code protest}, ...)
 * @param plover         PLOVER event type, empty where none fits
 * @param ploverMode     PLOVER mode, empty where the codebook gives none
 * @param acledEventType ACLED event type, empty where none fits
 * @param acledSubEvent  ACLED sub-event type
 * @param verbal         true for types whose content is a statement (ACCUSE, THREATEN, DEMAND)
 */
public record EventType(String name, String family, Optional<String> plover, Optional<String> ploverMode,
                        Optional<String> acledEventType, Optional<String> acledSubEvent, boolean verbal) {
}
