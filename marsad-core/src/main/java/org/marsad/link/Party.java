package org.marsad.link;

import java.util.Optional;

/**
 * An actor or target of an event: its canonical name and, when the actor dictionary knows it, its
 * id. Only parties with an id count as <em>specific</em>: two specific parties that differ are a
 * sign of two different happenings, while unresolved names («مسلحون مجهولون») say nothing.
 */
public record Party(String canonical, Optional<String> ref) {
    public Party {
        if (canonical == null || canonical.isBlank()) {
            throw new IllegalArgumentException("a party needs a canonical name");
        }
        ref = ref == null ? Optional.empty() : ref.filter(r -> !r.isBlank());
    }

    public static Party named(String canonical) {
        return new Party(canonical, Optional.empty());
    }

    /** Comparison key of the canonical name (see {@link Names}). */
    public String key() {
        return Names.key(canonical);
    }

    public boolean specific() {
        return ref.isPresent();
    }
}
