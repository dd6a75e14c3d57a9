package org.marsad.document;

import java.util.Optional;
import org.marsad.knowledge.Actor;

/**
 * A stretch of text resolved to an actor.
 *
 * @param how   how it was resolved: {@code name}, {@code alias}, {@code adjective} («التركي»),
 *              {@code metonymy} («أنقرة»), {@code agent} («الشرطة التركية»), {@code coreference}
 *              («التنظيم»), {@code person} (a name with a role)
 * @param role  for persons: the role the text gives them («المتحدث باسم»)
 * @param organization for persons: the organization the text ties them to
 */
public record ActorMention(int begin, int end, String text, Actor actor, String how, Optional<String> role,
                           Optional<Actor> organization) implements Span {
    public ActorMention {
        Span.check(begin, end);
        role = role == null ? Optional.empty() : role;
        organization = organization == null ? Optional.empty() : organization;
    }
}
