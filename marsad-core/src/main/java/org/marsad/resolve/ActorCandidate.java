package org.marsad.resolve;

import java.util.Optional;
import org.marsad.document.ActorMention;
import org.marsad.knowledge.Actor;

/**
 * An actor mention before overlaps are settled: tokens {@code first..last}, the mention it would
 * become, and its precedence (lower wins).
 */
record ActorCandidate(int first, int last, int begin, int end, String text, Actor actor, String how,
                      Optional<String> role, Optional<Actor> organization, int precedence) {
    /** Whether an anaphor may refer back to this mention: not to adjectives, capitals or context agents. */
    boolean antecedent() {
        return !how.equals("adjective") && !how.equals("metonymy") && precedence != CONTEXT_AGENT;
    }

    static final int PERSON = 0;
    static final int NAME = 1;
    static final int FOUND = 2;
    static final int AGENT = 3;
    static final int METONYMY = 4;
    static final int ADJECTIVE = 5;
    static final int COREFERENCE = 6;
    /** An agent completed only by the country of the context («الشرطة» in a text about Turkey). */
    static final int CONTEXT_AGENT = 7;

    ActorMention mention() {
        return new ActorMention(begin, end, text, actor, how, role, organization);
    }

    ActorCandidate with(Optional<String> r, Optional<Actor> org) {
        return new ActorCandidate(first, last, begin, end, text, actor, how, r, org, precedence);
    }
}
