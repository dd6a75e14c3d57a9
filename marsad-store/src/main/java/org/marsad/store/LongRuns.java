package org.marsad.store;

import java.util.Arrays;

/** Sorting a run of ids and keeping each once, in place. Stateless. */
final class LongRuns {
    private LongRuns() {
    }

    /**
     * Sorts {@code a[0, n)} and moves its distinct values to the front, ascending; returns how many
     * there are.
     */
    static int sortDistinct(long[] a, int n) {
        Arrays.sort(a, 0, n);
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (d == 0 || a[d - 1] != a[i]) {
                a[d++] = a[i];
            }
        }
        return d;
    }
}
