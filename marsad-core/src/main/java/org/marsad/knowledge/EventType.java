package org.marsad.knowledge;

import java.util.Optional;

/**
 * An event type of the codebook with its mappings, loaded from {@code events/codebook.tsv} so that a
 * new type needs no code. Empty optionals mean that no code of that scheme fits; exports then
 * leave the code empty rather than invent one.
 *
 * @param family           coarse family used when matching events across articles ({@code assault}, {@code protest} ...)
 * @param acledCivilianEventType ACLED event type when the target is civilians (ATTACK → Violence against civilians)
 * @param verbal           a type whose content is a statement (ACCUSE, THREATEN, DEMAND, AGREE)
 * @param phrase           English verb phrase for summaries ("ACTOR phrase TARGET")
 * @param genitiveIsAgent  whether a noun right after a verbal-noun trigger is the agent («هروب
 *                         الدواعش», «غارات التحالف») or the patient («دعم الفصائل», «اعتقال الناشطين»)
 */
public record EventType(String name, String family, Optional<String> plover, Optional<String> ploverMode,
                        Optional<String> acledEventType, Optional<String> acledSubEvent,
                        Optional<String> acledCivilianEventType, Optional<String> acledCivilianSubEvent,
                        boolean verbal, String phrase, boolean genitiveIsAgent) {
}
