package org.marsad.extract;

import java.util.List;
import org.marsad.document.ActorMention;
import org.marsad.document.Casualty;
import org.marsad.document.Participant;
import org.marsad.knowledge.ActorType;

/**
 * Corrections to the actor and target an event's clause gives, from what else the sentence says:
 * <ul>
 *   <li>the dead of a toll the trigger opens are its target, not its actor («قتل عشرات المدنيين في
 *       غارات جوية»); so are the dead of a toll told right before the trigger and joined to it by one
 *       word such as «ضمن» or «خلال» («مقتل 17 داعشيا ضمن عمليات»);</li>
 *   <li>a monitor or an outlet reports violence and never commits it («وذكر المرصد أن المهاجمين فجروا»);</li>
 *   <li>an air strike with no subject is the aircraft's named just before it («دمرت طائرات التحالف ...،
 *       وأسفرت الغارات عن»); aircraft are the mentions that begin with a cue that makes shelling an air
 *       strike ({@code events/refinements.tsv});</li>
 *   <li>a seizure «على حساب X» (gains at X's expense) is taken from X.</li>
 * </ul>
 * One instance per document; not thread-safe, like {@link EventExtraction}.
 */
final class RoleRules {
    private final TokenIndex idx;
    private final List<Casualty> casualties;
    private final Refinements refinements;

    RoleRules(TokenIndex idx, List<Casualty> casualties, Refinements refinements) {
        this.idx = idx;
        this.casualties = casualties;
        this.refinements = refinements;
    }

    /** Words that join a toll to the happening right after it («مقتل 17 داعشيا ضمن عمليات»). */
    private static final java.util.Set<String> TOLL_LINKS = java.util.Set.of("ضمن", "خلال", "في", "اثناء", "جراء",
            "اثر", "عقب", "بعد");

    /**
     * The mention lies in the victim words of a toll that begins at or before the trigger and
     * reaches it, or ends right before it, joined by at most one linking word ({@link #TOLL_LINKS}).
     */
    boolean amongVictims(ActorMention m, int triggerBegin) {
        for (Casualty c : casualties) {
            if (c.begin() > triggerBegin || c.victim().isEmpty()) {
                continue;
            }
            if (c.end() < triggerBegin && !joined(idx.last(c), idx.atOrAfter(triggerBegin))) {
                continue;
            }
            int v = c.text().lastIndexOf(c.victim().get());
            if (v < 0) {
                continue;
            }
            int v0 = c.begin() + v;
            if (m.begin() >= v0 && m.begin() < v0 + c.victim().get().length()) {
                return true;
            }
        }
        return false;
    }

    /** Only punctuation and at most one linking word between the toll's last token and the trigger's first. */
    private boolean joined(int c1, int t0) {
        int words = 0;
        for (int i = c1 + 1; i < t0; i++) {
            if (idx.get(i).kind() == org.marsad.document.Token.Kind.PUNCT) {
                continue;
            }
            if (++words > 1 || !TOLL_LINKS.contains(idx.norm(i))) {
                return false;
            }
        }
        return true;
    }

    /** Organizations that report violence and never commit it: NGOs (monitors) and media. */
    static boolean reportsOnly(ActorMention m) {
        ActorType t = m.actor().type();
        return t == ActorType.NGO || t == ActorType.MEDIA;
    }

    /** The aircraft named last before the trigger in its sentence, or null. */
    Participant aircraftBefore(List<ActorMention> sActors, int triggerBegin) {
        ActorMention best = null;
        for (ActorMention m : sActors) {
            if (m.end() <= triggerBegin && refinements.cueAt("SHELLING", "AIRSTRIKE", idx, idx.first(m))) {
                best = m;
            }
        }
        return best == null ? null : ArgumentPicker.participant(best);
    }

    /** The organization named right after «على حساب» in the sentence: the side that lost ground; or null. */
    Participant atTheExpenseOf(List<ActorMention> sActors) {
        for (ActorMention m : sActors) {
            int f = idx.first(m);
            if (f >= 2 && idx.norm(f - 1).equals("حساب") && idx.norm(f - 2).equals("علي")
                    && m.actor().type() != ActorType.PEOPLE) {
                return ArgumentPicker.participant(m);
            }
        }
        return null;
    }
}
