package org.marsad.extract;

import java.util.List;
import java.util.Optional;
import org.marsad.document.ActorMention;
import org.marsad.document.Participant;
import org.marsad.document.PlaceMention;
import org.marsad.document.TimeExpression;
import org.marsad.knowledge.ActorType;
import org.marsad.knowledge.PlaceKind;

/**
 * Chooses an event's actor, target, place and date among the mentions of its sentence, by Arabic
 * clause structure. The rules, scored so that the best-supported reading wins:
 * <ul>
 *   <li><b>agent</b>: after «من قبل» or «على يد»; a country adjective right after the trigger
 *       («العدوان التركي»); the subject right after a verb or the genitive right after a verbal noun
 *       (VSO, «هروب الدواعش»); the subject just before the trigger (SVO, «قيام X بـ»);</li>
 *   <li><b>target</b>: after «على» or «ضد»; otherwise an object after the trigger and its agent;</li>
 *   <li><b>place</b>: the most specific place of the trigger's clause — facility or neighbourhood
 *       over town over region — preferring places introduced by «في» or «بـ» and not those used as
 *       reference points («شمالي العاصمة بغداد»);</li>
 *   <li><b>date</b>: the nearest resolved date expression of the sentence.</li>
 * </ul>
 * Distances count clause boundaries (see {@link Clauses}). Stateless per call.
 */
final class ArgumentPicker {
    private static final String[] AGENT_PREPS = {"قبل", "يد"}; // «من قبل», «على يد»
    private static final String[] TARGET_PREPS = {"علي", "ضد"}; // على (folded), ضد
    private static final String[] OTHER_PREPS = {"من", "عن", "الي", "مع", "بين", "منذ", "ضمن", "لدي", "عبر", "داخل"};
    private static final String[] DIRECTIONS = {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
        "قرب", "مقابل", "محيط", "اطراف", "ضواحي", "شمالا", "جنوبا", "شرقا", "غربا"};

    private final TokenIndex idx;
    private final byte[] bounds;
    private final int s0;

    ArgumentPicker(TokenIndex idx, byte[] bounds, int s0) {
        this.idx = idx;
        this.bounds = bounds;
        this.s0 = s0;
    }

    record Scored<T>(T value, double score) {
    }

    byte[] bounds() {
        return bounds;
    }

    int distance(int a, int b) {
        return Clauses.distance(bounds, s0, a, b);
    }

    /** The word before token {@code i}, skipping quotation marks. */
    private int previousWord(int i) {
        int j = i - 1;
        while (j >= 0 && idx.get(j).kind() == org.marsad.document.Token.Kind.PUNCT
                && (idx.norm(j).equals("\"") || idx.norm(j).equals("("))) {
            j--;
        }
        return j;
    }

    private static boolean in(String s, String[] set) {
        for (String x : set) {
            if (x.equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** The preposition governing a mention: a separate word before it or a clitic on its first word. */
    String preposition(int first) {
        int p = previousWord(first);
        if (p >= 0) {
            String w = idx.get(p).key();
            if (in(w, AGENT_PREPS) && p > 0 && (idx.norm(p - 1).equals("من") || idx.norm(p - 1).equals("علي"))) {
                return "agent";
            }
            if (in(w, TARGET_PREPS)) {
                return "target";
            }
            if (in(w, OTHER_PREPS) || w.equals("في")) {
                return w;
            }
        }
        String n = idx.norm(first);
        String k = idx.get(first).key();
        if (!n.equals(k) && !n.equals("ال" + k)) {
            char c = n.charAt(0) == '\u0648' || n.charAt(0) == '\u0641' ? (n.length() > 1 ? n.charAt(1) : ' ') : n.charAt(0);
            if (c == '\u0628') {
                return "ب";
            }
            if (c == '\u0644') {
                return "ل";
            }
        }
        return "";
    }

    Optional<Scored<ActorMention>> agent(List<ActorMention> actors, int t0, int t1, boolean verb) {
        Scored<ActorMention> best = null;
        for (ActorMention a : actors) {
            int a0 = idx.first(a);
            int a1 = idx.last(a);
            if (a1 >= t0 && a0 <= t1) {
                continue;
            }
            boolean after = a0 > t1;
            int d = after ? distance(t1, a0) : distance(a1, t0);
            String prep = preposition(a0);
            double s;
            if (prep.equals("agent") && after) {
                s = 10 - d / 4.0;
            } else if (a.how().equals("adjective") && after && d <= 2) {
                s = 9;
            } else if (!prep.isEmpty()) {
                continue;
            } else if (after && d <= 7) {
                s = (verb ? 7.5 : 7) - d / 2.0;
            } else if (!after && d <= 7) {
                s = (verb ? 6.5 : 5) - d / 2.0;
                int p = previousWord(a0);
                if (p >= 0 && idx.get(p).key().equals("قيام")) {
                    s += 2;
                }
            } else {
                s = 3 - d / 6.0;
            }
            if (a.actor().type() == ActorType.PEOPLE && a.how().equals("agent")) {
                s -= 0.5; // «مدنيون» is more often a victim than an agent
            }
            if (s > 1.5 && (best == null || s > best.score)) {
                best = new Scored<>(a, s);
            }
        }
        return Optional.ofNullable(best);
    }

    Optional<Scored<ActorMention>> target(List<ActorMention> actors, int t0, int t1, ActorMention agent) {
        Scored<ActorMention> best = null;
        int agentEnd = agent == null ? -1 : idx.last(agent);
        for (ActorMention a : actors) {
            if (agent != null && (a == agent || a.actor().id().equals(agent.actor().id()) || a.overlaps(agent))) {
                continue;
            }
            int a0 = idx.first(a);
            int a1 = idx.last(a);
            if (a1 >= t0 && a0 <= t1) {
                continue;
            }
            boolean after = a0 > t1;
            if (!after) {
                continue;
            }
            int d = distance(t1, a0);
            String prep = preposition(a0);
            double s;
            if (prep.equals("target")) {
                s = 9 - d / 3.0;
            } else if (prep.isEmpty() && d <= 8 && (agent == null || a0 > agentEnd)) {
                s = 4.5 - d / 3.0;
            } else if (prep.equals("ل") && d <= 4) {
                s = 3;
            } else {
                continue;
            }
            if (s > 2.5 && (best == null || s > best.score)) {
                best = new Scored<>(a, s);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Specificity of a kind of place: the smaller the area, the higher. */
    static int specificity(PlaceKind k) {
        return switch (k) {
            case FACILITY -> 6;
            case NEIGHBOURHOOD -> 6;
            case CITY -> 4;
            case ADMIN2 -> 3;
            case REGION -> 2;
            case ADMIN1 -> 2;
            case COUNTRY -> 0;
        };
    }

    Optional<Scored<PlaceMention>> place(List<PlaceMention> places, int t0, int t1, List<ActorMention> actors) {
        Scored<PlaceMention> best = null;
        for (PlaceMention p : places) {
            if (insideActorName(p, actors)) {
                continue;
            }
            int p0 = idx.first(p);
            int p1 = idx.last(p);
            if (p1 >= t0 && p0 <= t1) {
                continue;
            }
            boolean after = p0 > t1;
            int d = after ? distance(t1, p0) : distance(p1, t0);
            double s = specificity(p.place().kind()) - d / 3.0;
            String prep = preposition(p0);
            if (prep.equals("في") || prep.equals("ب")) {
                s += 3;
            } else if (prep.equals("من") || prep.equals("الي") || prep.equals("عن")) {
                s += 0.5;
            }
            if (after) {
                s += 1.5;
            }
            if (isReferencePoint(p0)) {
                s -= 6;
            }
            if (best == null || s > best.score) {
                best = new Scored<>(p, s);
            }
        }
        if (best != null && best.score < -8) {
            return Optional.empty();
        }
        return Optional.ofNullable(best);
    }

    /** «شمالي العاصمة بغداد», «قرب X»: the place locates another one and is not the site. */
    boolean isReferencePoint(int p0) {
        int p = previousWord(p0);
        for (int k = 0; k < 2 && p >= 0; k++) {
            String w = idx.get(p).key();
            if (in(w, DIRECTIONS)) {
                return true;
            }
            if (!(w.equals("العاصمه") || w.equals("عاصمه") || w.equals("مدينه") || w.equals("محافظه"))) {
                break;
            }
            p = previousWord(p);
        }
        return false;
    }

    /** A place named inside an organization's name («قوات سوريا الديمقراطية») is not a site. */
    private static boolean insideActorName(PlaceMention p, List<ActorMention> actors) {
        for (ActorMention a : actors) {
            if (a.contains(p) && a.length() > p.length() && a.actor().type() != ActorType.STATE) {
                return true;
            }
        }
        return false;
    }

    Optional<TimeExpression> date(List<TimeExpression> times, int t0, int t1) {
        TimeExpression best = null;
        int bestD = Integer.MAX_VALUE;
        for (TimeExpression t : times) {
            if (t.range().isEmpty()) {
                continue;
            }
            int a0 = idx.first(t);
            int a1 = idx.last(t);
            int d = a0 > t1 ? distance(t1, a0) : a1 < t0 ? distance(a1, t0) + 1 : 0;
            if (d < bestD) {
                bestD = d;
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    static Participant participant(ActorMention a) {
        return new Participant(a.begin(), a.end(), a.text(), a.actor().name(), Optional.of(a.actor().id()));
    }
}
