package org.marsad.extract;

import java.util.List;
import java.util.Set;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.text.PhraseMatcher;

/**
 * Clause boundaries inside a sentence ({@code events/clause-boundaries.tsv}): marks and words
 * such as «؛»، «حيث»، «بينما» (strong) or «،» (weak). The distance between two tokens is their
 * token distance plus a cost for every boundary between them, so that arguments are looked for
 * in the trigger's own clause first. A word marked {@code unless-place} («وسط») is a strong
 * boundary except where a place name begins within its next two words: «وسط مخاوف» opens a new
 * clause, «وسط مدينة الموصل» says where. Immutable and thread-safe.
 */
final class Clauses {
    static final int STRONG_COST = 12;
    static final int WEAK_COST = 3;

    /** Strength of a boundary word: a strong one, a weak one, or strong unless a place follows. */
    private enum Strength { STRONG, WEAK, UNLESS_PLACE }

    private final PhraseMatcher<Strength> matcher;
    private final Set<String> punct; // a mark followed by ! (strong) or ? (weak)

    static Clauses load(String resource) {
        PhraseMatcher.Builder<Strength> b = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        Set<String> punct = new java.util.HashSet<>();
        for (ResourceFiles.Line l : ResourceFiles.lines(resource)) {
            String[] f = l.fields();
            if (f.length < 2) {
                throw l.error("expected word and strength");
            }
            Strength strength = switch (f[1].strip()) {
                case "strong" -> Strength.STRONG;
                case "weak" -> Strength.WEAK;
                case "unless-place" -> Strength.UNLESS_PLACE;
                default -> throw l.error("strength must be strong, weak or unless-place");
            };
            String w = f[0].strip();
            if (w.length() == 1 && !Character.isLetter(w.charAt(0))) {
                if (strength == Strength.UNLESS_PLACE) {
                    throw l.error("a mark cannot be unless-place");
                }
                punct.add(w + (strength == Strength.STRONG ? "!" : "?"));
            } else {
                b.add(w, strength);
            }
        }
        return new Clauses(b.build(), punct);
    }

    private Clauses(PhraseMatcher<Strength> matcher, Set<String> punct) {
        this.matcher = matcher;
        this.punct = punct;
    }

    /** Boundaries of {@code [from, to]} where no place is known (claims: places do not matter there). */
    byte[] boundaries(TokenIndex idx, int from, int to) {
        return boundaries(idx, from, to, i -> false);
    }

    /**
     * Boundary strength per token of {@code [from, to]}: 2 strong, 1 weak, 0 none (index 0 is token
     * {@code from}); {@code placeStarts} tells whether a place name begins at a token.
     */
    byte[] boundaries(TokenIndex idx, int from, int to, java.util.function.IntPredicate placeStarts) {
        byte[] out = new byte[Math.max(0, to - from + 1)];
        List<org.marsad.document.Token> toks = idx.tokens();
        for (int i = from; i <= to; i++) {
            org.marsad.document.Token t = toks.get(i);
            if (t.kind() == org.marsad.document.Token.Kind.PUNCT) {
                if (punct.contains(t.norm() + "!")) {
                    out[i - from] = 2;
                } else if (punct.contains(t.norm() + "?")) {
                    out[i - from] = 1;
                }
                continue;
            }
            for (PhraseMatcher.Match<Strength> m : matcher.matchAt(toks, i)) {
                boolean locative = m.values().contains(Strength.UNLESS_PLACE)
                        && (placeStarts.test(m.last() + 1) || placeStarts.test(m.last() + 2));
                if (locative) {
                    break;
                }
                boolean strong = !m.values().contains(Strength.WEAK) || m.values().contains(Strength.STRONG);
                byte v = (byte) (strong ? 2 : 1);
                if (out[i - from] < v) {
                    out[i - from] = v;
                }
                break;
            }
        }
        return out;
    }

    /** True when a strong boundary lies strictly between tokens a and b. */
    static boolean strongBetween(byte[] bounds, int from, int a, int b) {
        for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
            int k = i - from;
            if (k >= 0 && k < bounds.length && bounds[k] == 2) {
                return true;
            }
        }
        return false;
    }

    /** Cost of going from token a to token b (either order) given the boundaries of a sentence. */
    static int distance(byte[] bounds, int from, int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        int cost = hi - lo;
        for (int i = lo + 1; i < hi; i++) {
            int k = i - from;
            if (k >= 0 && k < bounds.length) {
                cost += bounds[k] == 2 ? STRONG_COST : bounds[k] == 1 ? WEAK_COST : 0;
            }
        }
        return cost;
    }
}
