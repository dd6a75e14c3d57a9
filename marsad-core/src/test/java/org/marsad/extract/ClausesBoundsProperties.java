package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * {@link Clauses.Bounds} answers from running sums what a walk over the tokens between two
 * positions answers: the same cost and the same strong-boundary test for any pair of tokens,
 * inside the stretch or outside it, in either order.
 */
class ClausesBoundsProperties {
    /** The walk the running sums replace. */
    private static int walkedDistance(byte[] s, int from, int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        int cost = hi - lo;
        for (int i = lo + 1; i < hi; i++) {
            int k = i - from;
            if (k >= 0 && k < s.length) {
                cost += s[k] == 2 ? Clauses.STRONG_COST : s[k] == 1 ? Clauses.WEAK_COST : 0;
            }
        }
        return cost;
    }

    private static boolean walkedStrong(byte[] s, int from, int a, int b) {
        for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
            int k = i - from;
            if (k >= 0 && k < s.length && s[k] == 2) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 500)
    void sameAsWalkingTheTokens(@ForAll @Size(max = 40) byte[] raw, @ForAll @IntRange(max = 50) int from,
                                @ForAll @IntRange(max = 100) int a, @ForAll @IntRange(max = 100) int b) {
        byte[] s = new byte[raw.length];
        for (int k = 0; k < raw.length; k++) {
            s[k] = (byte) Math.floorMod(raw[k], 3);
        }
        Clauses.Bounds bounds = new Clauses.Bounds(from, s);
        assertEquals(walkedDistance(s, from, a, b), bounds.distance(a, b));
        assertEquals(walkedStrong(s, from, a, b), bounds.strongBetween(a, b));
    }

    @Test
    void costsOfBoundariesBetweenTwoTokens() {
        Clauses.Bounds b = new Clauses.Bounds(10, new byte[] {0, 1, 0, 2, 0});
        assertEquals(1, b.distance(10, 11));
        assertEquals(2 + Clauses.WEAK_COST, b.distance(12, 10));
        assertEquals(4 + Clauses.WEAK_COST + Clauses.STRONG_COST, b.distance(10, 14));
        assertEquals(true, b.strongBetween(12, 14));
        assertEquals(false, b.strongBetween(13, 14), "the boundary at an end is not between");
        assertEquals(false, b.strongBetween(0, 9), "outside the stretch");
    }
}
