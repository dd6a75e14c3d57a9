package org.marsad.extract;

import java.util.Optional;
import org.marsad.document.ActorMention;
import org.marsad.document.Participant;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.ActorDictionary;
import org.marsad.knowledge.ActorType;

/**
 * The actor of a protest or riot named by its people: «آلاف العراقيين» protest as "Iraqi
 * protesters", not as the state of Iraq. Organizations keep their names. Immutable and thread-safe.
 */
final class Protesters {
    private final ActorDictionary dictionary;

    Protesters(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    Participant of(ActorMention a) {
        Actor actor = a.actor();
        boolean people = actor.type() == ActorType.PEOPLE || (actor.type() == ActorType.STATE
                && (a.how().equals("gentilic") || a.how().equals("adjective")));
        if (!people) {
            return ArgumentPicker.participant(a);
        }
        Optional<String> adjective = actor.country().flatMap(dictionary::country).map(c -> c.adjective());
        String name = adjective.map(adj -> adj + " protesters").orElse("Protesters");
        String ref = "people:protesters" + actor.country().map(c -> ":" + c.toLowerCase(java.util.Locale.ROOT)).orElse("");
        return new Participant(a.begin(), a.end(), a.text(), name, Optional.of(ref));
    }
}
