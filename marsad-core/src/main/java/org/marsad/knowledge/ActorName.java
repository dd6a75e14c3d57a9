package org.marsad.knowledge;

/**
 * One Arabic form of an actor in the dictionary.
 *
 * @param actor the actor it names
 * @param form  the Arabic form, citation spelling, without its marker
 * @param kind  how the form may be used
 */
public record ActorName(Actor actor, String form, Kind kind) {
    public enum Kind {
        /** A name: a named-entity mention and an actor mention («داعش»). */
        NAME,
        /** An actor form that is no named entity: a gentilic plural or adjective («الدواعش»); marked {@code ~}. */
        FORM,
        /** An ambiguous short name, used only with context (quotes, a type noun, the actor's country); marked {@code ?}. */
        AMBIGUOUS
    }

    /** Parses a marked form: {@code ~} for {@link Kind#FORM}, {@code ?} for {@link Kind#AMBIGUOUS}. */
    static ActorName parse(Actor actor, String marked) {
        String s = marked.strip();
        if (s.startsWith("~")) {
            return new ActorName(actor, s.substring(1).strip(), Kind.FORM);
        }
        if (s.startsWith("?")) {
            return new ActorName(actor, s.substring(1).strip(), Kind.AMBIGUOUS);
        }
        return new ActorName(actor, s, Kind.NAME);
    }

    /** True for forms that make a named-entity mention (names, and ambiguous names in context). */
    public boolean isEntityName() {
        return kind != Kind.FORM;
    }
}
