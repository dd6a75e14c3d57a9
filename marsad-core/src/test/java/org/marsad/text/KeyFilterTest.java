package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyFilterTest {
    private static String word(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 2 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            b.append((char) ('\u0621' + r.nextInt(42)));
        }
        return b.toString();
    }

    @Test
    void everyKeyPasses() {
        Random r = new Random(7);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            keys.add(word(r));
        }
        KeyFilter f = KeyFilter.of(keys);
        for (String k : keys) {
            assertTrue(f.mightContain(new String(k.toCharArray())), k);
        }
    }

    @Test
    void mostOtherWordsAreRejected() {
        Random r = new Random(11);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            keys.add(word(r) + "\u0627");
        }
        KeyFilter f = KeyFilter.of(keys);
        int passed = 0;
        for (int i = 0; i < 10_000; i++) {
            if (f.mightContain(word(r) + "\u0628")) {
                passed++;
            }
        }
        assertTrue(passed < 500, passed + " of 10000 absent words passed");
    }

    @Test
    void aRunOfHashesPassesExactlyWhenOneOfThemDoes() {
        Random r = new Random(13);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            keys.add(word(r));
        }
        KeyFilter f = KeyFilter.of(keys);
        int[] hashes = new int[40_000];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = i % 3 == 0 ? keys.get(r.nextInt(keys.size())).hashCode() : r.nextInt();
        }
        for (int from = 0; from + 3 <= hashes.length; from += 3) {
            int to = from + r.nextInt(4);
            boolean any = false;
            for (int q = from; q < to; q++) {
                any |= f.mightContain(hashes[q]);
            }
            assertEquals(any, f.mightContainAny(hashes, from, to), "hashes " + from + ".." + to);
        }
    }

    @Test
    void twoFiltersAtOnceAnswerAsEachAlone() {
        Random r = new Random(11);
        List<String> big = new ArrayList<>();
        List<String> small = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            big.add(word(r));
        }
        for (int i = 0; i < 40; i++) {
            small.add(word(r));
        }
        KeyFilter a = KeyFilter.of(big);
        KeyFilter b = KeyFilter.of(small);
        int[] hashes = new int[30_000];
        for (int i = 0; i < hashes.length; i++) {
            int pick = r.nextInt(4);
            hashes[i] = pick == 0 ? big.get(r.nextInt(big.size())).hashCode()
                    : pick == 1 ? small.get(r.nextInt(small.size())).hashCode() : r.nextInt();
        }
        for (int from = 0; from + 3 <= hashes.length; from += 3) {
            int to = from + r.nextInt(4);
            int expected = (a.mightContainAny(hashes, from, to) ? 1 : 0) | (b.mightContainAny(hashes, from, to) ? 2 : 0);
            assertEquals(expected, KeyFilter.mightContainAny(a, b, hashes, from, to), "hashes " + from + ".." + to);
        }
    }

    @Test
    void anEmptyFilterRejectsEverything() {
        KeyFilter f = KeyFilter.of(List.of());
        assertFalse(f.mightContain("قال"));
        assertFalse(f.mightContain(""));
    }
}
