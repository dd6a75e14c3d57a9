package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link MinHasher}. */
class MinHasherTest {
    private final MinHasher h = MinHasher.standard();
    private static final String TEXT = "أحدث معتقلون من تنظيم داعش تمردا داخل سجن غويران في مدينة الحسكة ليل الأحد";

    @Test
    void foldingMakesNoDifference() {
        String folded = "احدث معتقلون من تنظيم داعش تمردا داخل سجن غويران في مدينة الحسكه ليل الاحد";
        String marked = "أحْدَثَ معتقلـــون مِن تنظيم «داعش» تمرداً داخل سجن غويران في مدينة الحسكة ليل الأحد";
        assertEquals(h.signature(TEXT), h.signature(folded));
        assertEquals(h.signature(TEXT), h.signature(marked));
        assertEquals(h.signature("قتل ٢٧ شخصا في الحسكة"), h.signature("قتل 27 شخصا في الحسكة"), "digit shapes");
    }

    @Test
    void punctuationIsDroppedAndTheArticleIgnored() {
        assertEquals(h.signature("سجن الحسكة، مدينة الحسكة."), h.signature("سجن حسكة مدينة حسكة"));
    }

    @Test
    void aShortTextIsOneShingle() {
        Signature s = h.signature("سجن الحسكة");
        assertEquals(1, s.shingles());
        assertEquals(1.0, s.similarity(h.signature("سجن الحسكة")), 1e-9);
        assertEquals(0.0, s.similarity(h.signature("سجن غويران")), 1e-9);
    }

    @Test
    void aTextWithoutWordsHasAnEmptySignature() {
        Signature s = h.signature("… «» ،");
        assertTrue(s.isEmpty());
        assertEquals(0.0, s.similarity(s), 1e-9);
    }

    @Test
    void similarityEstimatesJaccardOfShingleSets() {
        Random r = new Random(7);
        String[] vocab = new String[400];
        for (int i = 0; i < vocab.length; i++) {
            String letters = "بتثجحخدذرزسشصضطظعغفقكمن";
            vocab[i] = "كلمة" + letters.charAt(i % letters.length()) + letters.charAt(i / letters.length());
        }
        for (int trial = 0; trial < 20; trial++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            String[] words = new String[200];
            for (int i = 0; i < words.length; i++) {
                words[i] = vocab[r.nextInt(vocab.length)];
            }
            int cut = 40 + r.nextInt(120);
            for (int i = 0; i < words.length; i++) {
                a.append(words[i]).append(' ');
                b.append(i < cut ? words[i] : vocab[r.nextInt(vocab.length)]).append(' ');
            }
            double exact = jaccard(shingles(a.toString()), shingles(b.toString()));
            double est = h.signature(a.toString()).similarity(h.signature(b.toString()));
            assertEquals(exact, est, 0.15, "trial " + trial);
        }
    }

    private static Set<String> shingles(String s) {
        String[] w = s.strip().split(" ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= w.length; i++) {
            out.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> i = new HashSet<>(a);
        i.retainAll(b);
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return (double) i.size() / u.size();
    }

    @Test
    void emptyBinsAreFilledFromTheFilledOnes() {
        // four words: two shingles fill at most two of the 128 bins; densification fills the rest
        // with their values, the same way for every text that fills the same bins
        Signature s = h.signature("سجن غويران في الحسكة");
        assertEquals(2, s.shingles());
        Set<Integer> values = new HashSet<>();
        for (int i = 0; i < s.size(); i++) {
            assertTrue(s.at(i) >= 0, "bin " + i + " left empty");
            values.add(s.at(i));
        }
        assertTrue(values.size() <= 2, "values " + values);
        assertEquals(1.0, s.similarity(h.signature("سجن غويران في حسكة")), 1e-9);
    }

    @Test
    void theSchemeNamesWhatMakesSignaturesComparable() {
        assertEquals(h.scheme(), new MinHasher(128, 3, MinHasher.DEFAULT_SEED).scheme());
        assertTrue(!h.scheme().equals(new MinHasher(128, 3, 5).scheme()));
        assertTrue(!h.scheme().equals(new MinHasher(64, 3, MinHasher.DEFAULT_SEED).scheme()));
        assertTrue(!h.scheme().equals(MinHasher.LEGACY_SCHEME));
    }

    @Test
    void hashersWithTheSameSeedAgreeAndOthersDoNot() {
        assertEquals(new MinHasher(64, 3, 5).signature(TEXT), new MinHasher(64, 3, 5).signature(TEXT));
        assertTrue(!new MinHasher(64, 3, 5).signature(TEXT).equals(new MinHasher(64, 3, 6).signature(TEXT)));
        assertThrows(IllegalArgumentException.class, () -> h.signature(TEXT).similarity(new MinHasher(64, 3, 5).signature(TEXT)));
        assertThrows(IllegalArgumentException.class, () -> new MinHasher(0, 3, 1));
    }
}
