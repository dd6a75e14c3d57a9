package org.marsad.recognize.actor;

import org.marsad.knowledge.Actor;
import org.marsad.knowledge.ActorName;

/**
 * A dictionary name found in a document, after context checks: tokens {@code first..last}, the
 * original-text span with proclitics removed, and the surface text with a ل+ال article restored
 * («للحزب» → «الحزب»).
 */
public record NameMatch(int first, int last, int begin, int end, String text, Actor actor, ActorName.Kind kind) {
}
