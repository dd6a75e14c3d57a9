package org.marsad.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.marsad.document.Token;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.ActorCountry;
import org.marsad.knowledge.ActorDictionary;
import org.marsad.knowledge.ActorRole;
import org.marsad.recognize.actor.DictionaryNames;
import org.marsad.text.PhraseMatcher;

/**
 * Ties persons to the role and organization the text gives them. The rules:
 * <ol>
 *   <li>a role phrase right before the name (commas and quotes between allowed) or right after it
 *       (after a comma) belongs to that person;</li>
 *   <li>an office completed by a country adjective or name gives "President of Turkey" and the
 *       state as organization; completed by an organization, "Secretary-General of United Nations";</li>
 *   <li>«المتحدث باسم X» and other functions take as organization the first actor of their complement,
 *       which runs to the next comma, or past it when the next clause starts with ل or «لما يعرف»
 *       («الرئيس المشترك للمجلس التنفيذي، لما يعرف بـ«الإدارة الذاتية»» → the Autonomous Administration);</li>
 *   <li>a title («العقيد») gives the role only when no function or office does;</li>
 *   <li>a person with no role in the text keeps the role and parent the dictionary gives.</li>
 * </ol>
 * Stateless apart from the dictionary; thread-safe.
 */
final class RoleLinker {
    private final ActorDictionary dict;

    RoleLinker(ActorDictionary dict) {
        this.dict = dict;
    }

    /** A role phrase as found: tokens, the role, its label and organization. */
    record Link(int first, int last, String label, Optional<Actor> organization, ActorRole role) {
    }

    /** The role phrases of the text, longest first at each start, not overlapping. */
    List<PhraseMatcher.Match<ActorRole.Form>> roles(List<Token> tokens) {
        List<PhraseMatcher.Match<ActorRole.Form>> all = dict.roleForms().findAll(tokens);
        List<PhraseMatcher.Match<ActorRole.Form>> out = new java.util.ArrayList<>();
        int covered = -1;
        for (PhraseMatcher.Match<ActorRole.Form> m : all) {
            if (m.first() > covered) {
                out.add(m);
                covered = m.last();
            }
        }
        return out;
    }

    /**
     * Reads a role phrase and its complement.
     *
     * @param actorAt the actor of a candidate starting at a token, or null
     * @param limit   the complement stops before this token (the person's name, when it follows)
     */
    Link read(List<Token> tokens, PhraseMatcher.Match<ActorRole.Form> m,
              java.util.function.IntFunction<ActorCandidate> actorAt, int limit) {
        ActorRole role = m.values().get(0).role();
        int i = m.last() + 1;
        if (role.kind() == ActorRole.Kind.OFFICE && i < tokens.size()) {
            for (PhraseMatcher.Match<ActorCountry.Form> c : dict.countryForms().matchAt(tokens, i)) {
                ActorCountry country = c.values().get(0).country();
                return new Link(m.first(), c.last(), role.label(Optional.of(country.name())),
                        Optional.of(country.state()), role);
            }
        }
        if (role.kind() == ActorRole.Kind.TITLE) {
            return new Link(m.first(), m.last(), role.en(), Optional.empty(), role);
        }
        int end = Math.min(Math.min(tokens.size(), limit), i + 12);
        Actor internal = null;
        for (int j = i; j < end; j++) {
            Token t = tokens.get(j);
            if (t.kind() == Token.Kind.PUNCT && !DictionaryNames.isQuote(t)) {
                boolean comma = t.norm().equals("\u060C") || t.norm().equals(",");
                if (!(comma && j + 1 < tokens.size() && continues(tokens.get(j + 1)))) {
                    break;
                }
                continue;
            }
            if (STOPS.contains(t.norm())) {
                break;
            }
            ActorCandidate c = actorAt.apply(j);
            if (c == null || c.actor().type() == org.marsad.knowledge.ActorType.PERSON) {
                continue;
            }
            if (c.how().equals("alias") || c.how().equals("gentilic")) {
                if (internal == null) {
                    internal = c.actor();
                }
                j = Math.max(j, c.last());
                continue;
            }
            return link(m, role, c.last(), c.actor());
        }
        if (internal != null) {
            Actor top = internal.parent().flatMap(dict::byId).filter(p -> p.type() != org.marsad.knowledge.ActorType.STATE)
                    .orElse(internal);
            return link(m, role, m.last(), top);
        }
        return new Link(m.first(), m.last(), role.label(Optional.empty()), Optional.empty(), role);
    }

    private static Link link(PhraseMatcher.Match<ActorRole.Form> m, ActorRole role, int last, Actor a) {
        String label = role.kind() == ActorRole.Kind.OFFICE ? role.label(Optional.of(a.name())) : role.en();
        return new Link(m.first(), last, label, Optional.of(a), role);
    }

    private static final java.util.Set<String> STOPS = java.util.Set.of("\u0627\u0646", "\u0644\u0627\u0646",
            "\u0628\u0627\u0646", "\u0648\u0627\u0646");

    /** The office holder for an office phrase with a country or organization, on a date. */
    Optional<Actor> holder(Link link, Optional<LocalDate> date) {
        if (link.role().kind() != ActorRole.Kind.OFFICE || link.organization().isEmpty() || date.isEmpty()) {
            return Optional.empty();
        }
        Actor org = link.organization().get();
        String scope = dict.countryOfState(org).map(ActorCountry::iso2).orElse(org.id());
        return dict.holder(scope + ":" + link.role().key(), date.get());
    }

    private static boolean continues(Token t) {
        String n = t.norm();
        return n.startsWith("\u0644") || n.equals("\u0641\u064A");
    }
}
