package org.marsad.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.document.Token;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.ActorType;
import org.marsad.text.ArabicNormalizer;

/**
 * Within-document coreference for the definite nouns news uses to refer back. The rules:
 * <ol>
 *   <li>a bare definite head noun refers to the last actor before it whose Arabic name begins with that
 *       noun, or that is of the kind the noun names: «التنظيم» → the last armed group («داعش»),
 *       «الحزب» → the last party or حزب-name («حزب الله»), «الجبهة» → «جبهة النصرة», «الحركة» → «حركة
 *       حماس», «المرصد» → «المرصد السوري لحقوق الإنسان», «الوكالة»/«الصحيفة» → the last outlet;</li>
 *   <li>«المتحدث» / «الناطق» without «باسم» refers to the last spokesman named;</li>
 *   <li>a noun followed by another name or a genitive is no anaphor (the dictionary took it first).</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class Coreference {
    private static final Map<String, Set<ActorType>> HEADS = Map.ofEntries(
            Map.entry("تنظيم", Set.of()),
            Map.entry("حزب", Set.of(ActorType.PARTY)),
            Map.entry("جبهه", Set.of()),
            Map.entry("حركه", Set.of()),
            Map.entry("جماعه", Set.of(ActorType.ARMED_GROUP)),
            Map.entry("ميليشيا", Set.of(ActorType.ARMED_GROUP)),
            Map.entry("ميليشيات", Set.of(ActorType.ARMED_GROUP)),
            Map.entry("مليشيا", Set.of(ActorType.ARMED_GROUP)),
            Map.entry("مرصد", Set.of()),
            Map.entry("وكاله", Set.of(ActorType.MEDIA)),
            Map.entry("صحيفه", Set.of(ActorType.MEDIA)),
            Map.entry("قناه", Set.of(ActorType.MEDIA)),
            Map.entry("هيئه", Set.of()),
            Map.entry("قياده", Set.of()),
            Map.entry("خليه", Set.of()),
            Map.entry("منظمه", Set.of(ActorType.NGO, ActorType.IGO)),
            Map.entry("ائتلاف", Set.of()),
            Map.entry("مجلس", Set.of()),
            Map.entry("فصيل", Set.of(ActorType.ARMED_GROUP)));
    private static final Set<String> SPOKESMAN = Set.of("متحدث", "ناطق", "متحدثه", "ناطقه");

    private Coreference() {
    }

    /** The head noun key of a definite anaphor token, if it is one. */
    static Optional<String> anaphor(Token t) {
        if (t.kind() != Token.Kind.WORD || !org.marsad.recognize.actor.DictionaryNames.definite(t)) {
            return Optional.empty();
        }
        List<String> stems = t.stems();
        for (int q = 0; q < stems.size(); q++) {
            String s = stems.get(q);
            if (HEADS.containsKey(s) || SPOKESMAN.contains(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    static boolean isSpokesman(String head) {
        return SPOKESMAN.contains(head);
    }

    /** Whether an earlier actor can be what {@code head} refers to. */
    static boolean fits(String head, Actor a) {
        Set<ActorType> types = HEADS.get(head);
        if (types == null) {
            return false;
        }
        if (a.type() == ActorType.PERSON || a.type() == ActorType.STATE || a.type() == ActorType.PEOPLE) {
            return false;
        }
        if (types.contains(a.type())) {
            return true;
        }
        return HEAD_NOUNS.computeIfAbsent(a.id(), id -> headNouns(a)).contains(head);
    }

    /** The first words of an actor's multi-word Arabic names, memoized per actor id (thread-safe). */
    private static final java.util.concurrent.ConcurrentHashMap<String, Set<String>> HEAD_NOUNS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<String> headNouns(Actor a) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (String ar : a.arabic()) {
            List<String> keys = org.marsad.knowledge.ActorDictionary.keysOf(ar);
            if (keys.size() > 1) {
                out.add(ArabicNormalizer.fold(keys.get(0)));
            }
        }
        return Set.copyOf(out);
    }
}
