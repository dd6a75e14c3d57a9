package org.marsad.link;

import java.util.Objects;
import java.util.Optional;

/**
 * An actor or target of an event: its canonical name and, when the actor dictionary knows it, its
 * id. Only parties with an id count as <em>specific</em>: two specific parties that differ are a
 * sign of two different happenings, while unresolved names («مسلحون مجهولون») say nothing.
 * Immutable; its comparison key is computed once.
 */
public final class Party {
    private final String canonical;
    private final Optional<String> ref;
    private final String key;

    public Party(String canonical, Optional<String> ref) {
        if (canonical == null || canonical.isBlank()) {
            throw new IllegalArgumentException("a party needs a canonical name");
        }
        this.canonical = canonical;
        this.ref = ref == null ? Optional.empty() : ref.filter(r -> !r.isBlank());
        this.key = Names.key(canonical);
    }

    public static Party named(String canonical) {
        return new Party(canonical, Optional.empty());
    }

    public String canonical() {
        return canonical;
    }

    public Optional<String> ref() {
        return ref;
    }

    /** Comparison key of the canonical name (see {@link Names}). */
    public String key() {
        return key;
    }

    public boolean specific() {
        return ref.isPresent();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Party p && p.canonical.equals(canonical) && p.ref.equals(ref);
    }

    @Override
    public int hashCode() {
        return Objects.hash(canonical, ref);
    }

    @Override
    public String toString() {
        return canonical + ref.map(r -> " [" + r + "]").orElse("");
    }
}
