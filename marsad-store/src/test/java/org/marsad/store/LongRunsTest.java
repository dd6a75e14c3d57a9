package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LongRunsTest {
    @Test
    void theRunIsSortedAndEachValueKeptOnceWhatFollowsItIsLeftAlone() {
        long[] a = {5, 3, 5, 1, 3, 9, 42};
        int d = LongRuns.sortDistinct(a, 6);
        assertEquals(4, d);
        assertArrayEquals(new long[] {1, 3, 5, 9}, Arrays.copyOf(a, d));
        assertEquals(42, a[6]);
    }

    @Test
    void anEmptyRunHasNoValue() {
        assertEquals(0, LongRuns.sortDistinct(new long[3], 0));
    }
}
