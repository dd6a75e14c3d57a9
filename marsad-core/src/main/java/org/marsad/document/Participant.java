package org.marsad.document;

import java.util.Optional;

/**
 * An actor as an argument of an event or claim: the words that name it and what they resolve to.
 *
 * @param canonical canonical English name (the actor's, or a transliteration for unknown names)
 * @param ref       actor id when the dictionary knows it
 */
public record Participant(int begin, int end, String text, String canonical, Optional<String> ref)
        implements Span {
    public Participant {
        Span.check(begin, end);
        ref = ref == null ? Optional.empty() : ref;
    }
}
