package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Randomized: a tagged {@link KeyTable} answers every key, present or not, as a {@link HashMap} of
 * the same entries does, and gives each present key the tag of its value (-1 for an absent one).
 */
class KeyTablePropertyTest {
    @Provide
    Arbitrary<List<String>> keys() {
        // few letters and short words: many keys share prefixes, lengths and hash codes' low bits
        return Arbitraries.strings().withChars("ابتAaBb").ofMinLength(0).ofMaxLength(12).list().ofMaxSize(200);
    }

    @Property(tries = 300)
    void sameValuesAndTagsAsAHashMap(@ForAll("keys") List<String> present, @ForAll("keys") List<String> asked) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < present.size(); i++) {
            map.put(present.get(i), i);
        }
        KeyTable<Integer> t = KeyTable.of(map, v -> v * 7 % 5);
        assertEquals(map.size(), t.size());
        for (String k : present) {
            String copy = new String(k.toCharArray());
            assertEquals(map.get(k), t.get(copy), k);
            assertEquals(map.get(k) * 7 % 5, t.tag(copy, copy.hashCode()), k);
        }
        for (String k : asked) {
            Integer v = map.get(k);
            assertEquals(v, t.get(k), k);
            assertEquals(v == null ? -1 : v * 7 % 5, t.tag(k, k.hashCode()), k);
        }
    }
}
