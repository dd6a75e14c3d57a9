package org.marsad.document;

import java.util.Optional;

/**
 * A named entity in the text.
 *
 * @param canonical the English canonical name when a dictionary knows it
 * @param ref       the id of the actor or place it resolves to, when known
 * @param origin    who found it: {@code dictionary}, {@code gazetteer}, {@code pattern}, {@code model}
 */
public record Mention(int begin, int end, String text, EntityType type, Optional<String> canonical,
                      Optional<String> ref, String origin) implements Span {
    public Mention {
        Span.check(begin, end);
        canonical = canonical == null ? Optional.empty() : canonical;
        ref = ref == null ? Optional.empty() : ref;
    }
}
