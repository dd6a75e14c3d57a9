package org.marsad.resolve.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void tenthsAreWrittenAsTheJdkWritesTheDouble() {
        for (long r = -Decimals.LIMIT - 5; r <= Decimals.LIMIT + 5; r++) {
            assertEquals(String.valueOf(r / 10.0), Decimals.append(new StringBuilder(), r, 1).toString(), "r=" + r);
        }
    }

    @Test
    void hundredthsAreWrittenAsTheJdkWritesTheDouble() {
        for (long r = -Decimals.LIMIT - 5; r <= Decimals.LIMIT + 5; r++) {
            assertEquals(String.valueOf(r / 100.0), Decimals.append(new StringBuilder(), r, 2).toString(), "r=" + r);
        }
    }

    @Test
    void largeValuesAreLeftToTheJdk() {
        for (long r : new long[] {Long.MAX_VALUE / 2, -123_456_789_012L, 99_999_999_999L}) {
            assertEquals(String.valueOf(r / 10.0), Decimals.append(new StringBuilder(), r, 1).toString());
            assertEquals(String.valueOf(r / 100.0), Decimals.append(new StringBuilder(), r, 2).toString());
        }
    }

    @Test
    void appendsAfterWhatIsThere() {
        assertEquals("over 1.5 < -0.07", Decimals.append(Decimals.append(new StringBuilder("over "), 15, 1)
                .append(" < "), -7, 2).toString());
    }
}
