package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link KeyTable} answers as a {@link HashMap} of the same entries does. */
class KeyTableTest {
    private static String word(Random r, int maxLength) {
        int n = 1 + r.nextInt(maxLength);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('\u0627' + r.nextInt(6))); // few letters: many near misses
        }
        return sb.toString();
    }

    @Test
    void sameAnswersAsAHashMap() {
        Random r = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            Map<String, Integer> map = new HashMap<>();
            int n = r.nextInt(300);
            for (int i = 0; i < n; i++) {
                map.put(word(r, 1 + r.nextInt(14)), i);
            }
            KeyTable<Integer> t = KeyTable.of(map);
            assertEquals(map.size(), t.size());
            for (Map.Entry<String, Integer> e : map.entrySet()) {
                assertEquals(e.getValue(), t.get(new String(e.getKey().toCharArray())), e.getKey());
            }
            for (int q = 0; q < 500; q++) {
                String w = word(r, 14);
                assertEquals(map.get(w), t.get(w), w);
            }
        }
    }

    @Test
    void keysWithTheSameHashAreTold() {
        Map<String, String> map = Map.of("Aa", "first", "BBBBBBBBBB", "long", "AaAaAaAaAa", "long2");
        KeyTable<String> t = KeyTable.of(map);
        assertEquals("first", t.get("Aa"));
        assertNull(t.get("BB")); // "BB".hashCode() == "Aa".hashCode()
        assertEquals("long", t.get("BBBBBBBBBB"));
        assertEquals("long2", t.get("AaAaAaAaAa"));
        assertNull(t.get("BBBBBBBBAa")); // same hash, long: compared against the packed characters
        assertNull(t.get(""));
    }

    @Test
    void emptyTableFindsNothing() {
        assertNull(KeyTable.<String>of(Map.of()).get("x"));
    }
}
