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
    /** Punctuation marks that end a clause, and those that weakly separate its parts. */
    private final Set<String> strongMarks;
    private final Set<String> weakMarks;

    static Clauses load(String resource) {
        PhraseMatcher.Builder<Strength> b = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        Set<String> strongMarks = new java.util.HashSet<>();
        Set<String> weakMarks = new java.util.HashSet<>();
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
                (strength == Strength.STRONG ? strongMarks : weakMarks).add(w);
            } else {
                b.add(w, strength);
            }
        }
        return new Clauses(b.build(), Set.copyOf(strongMarks), Set.copyOf(weakMarks));
    }

    private Clauses(PhraseMatcher<Strength> matcher, Set<String> strongMarks, Set<String> weakMarks) {
        this.matcher = matcher;
        this.strongMarks = strongMarks;
        this.weakMarks = weakMarks;
    }

    /** Boundaries of {@code [from, to]} where no place is known (claims: places do not matter there). */
    Bounds boundaries(TokenIndex idx, int from, int to) {
        return boundaries(idx, from, to, i -> false);
    }

    /**
     * Boundary strength per token of {@code [from, to]}: 2 strong, 1 weak, 0 none (index 0 is token
     * {@code from}); {@code placeStarts} tells whether a place name begins at a token.
     */
    Bounds boundaries(TokenIndex idx, int from, int to, java.util.function.IntPredicate placeStarts) {
        byte[] out = new byte[Math.max(0, to - from + 1)];
        List<org.marsad.document.Token> toks = idx.tokens();
        for (int i = from; i <= to; i++) {
            org.marsad.document.Token t = toks.get(i);
            if (t.kind() == org.marsad.document.Token.Kind.PUNCT) {
                if (strongMarks.contains(t.norm())) {
                    out[i - from] = 2;
                } else if (weakMarks.contains(t.norm())) {
                    out[i - from] = 1;
                }
                continue;
            }
            List<PhraseMatcher.Match<Strength>> ms = matcher.matchAt(toks, i);
            for (int k = 0; k < ms.size(); k++) { // indexed: most tokens have no match, whose iterator C1 code would still make
                PhraseMatcher.Match<Strength> m = ms.get(k);
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
        return new Bounds(from, out);
    }

    /**
     * The boundary strength of each token of a stretch (2 strong, 1 weak, 0 none) with running sums
     * of their costs and of the strong ones, so that the cost of going from one token to another
     * and whether a strong boundary lies between them take constant time (the argument picker asks
     * for every pair of trigger and candidate). Immutable.
     */
    static final class Bounds {
        private final int from;
        private final byte[] strength;
        /** {@code cost[k]}: the summed cost of the boundaries at the stretch's tokens 0..k-1. */
        private final int[] cost;
        /** {@code strong[k]}: how many of the stretch's tokens 0..k-1 are strong boundaries. */
        private final int[] strong;

        Bounds(int from, byte[] strength) {
            this.from = from;
            this.strength = strength;
            this.cost = new int[strength.length + 1];
            this.strong = new int[strength.length + 1];
            for (int k = 0; k < strength.length; k++) {
                byte x = strength[k];
                cost[k + 1] = cost[k] + (x == 2 ? STRONG_COST : x == 1 ? WEAK_COST : 0);
                strong[k + 1] = strong[k] + (x == 2 ? 1 : 0);
            }
        }

        /** Tokens in the stretch. */
        int size() {
            return strength.length;
        }

        /** The strength at the stretch's {@code k}-th token (token {@code from + k}). */
        byte at(int k) {
            return strength[k];
        }

        /** True when a strong boundary lies strictly between tokens a and b. */
        boolean strongBetween(int a, int b) {
            int x = inside(Math.min(a, b) + 1);
            int y = inside(Math.max(a, b));
            return y > x && strong[y] - strong[x] > 0;
        }

        /**
         * Cost of going from token a to token b (either order): the tokens between them, plus the
         * cost of each boundary strictly between them.
         */
        int distance(int a, int b) {
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            int x = inside(lo + 1);
            int y = inside(hi);
            return hi - lo + (y > x ? cost[y] - cost[x] : 0);
        }

        /** The position of token {@code i} in the stretch, clamped to {@code [0, size]}. */
        private int inside(int i) {
            return Math.max(0, Math.min(strength.length, i - from));
        }
    }
}
