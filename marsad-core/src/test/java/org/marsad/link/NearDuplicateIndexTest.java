package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
    private final MinHasher h = MinHasher.standard();

    private static String text(Path p) {
        return DevSet.text(p);
    }

    private static Path dev(String id) {
        return DevSet.dir().resolve(id + ".txt");
    }

    @Test
    void aLightlyEditedCopyIsFoundAndTheFirstIsTheOriginal() {
        NearDuplicateIndex idx = new NearDuplicateIndex();
        assertTrue(idx.add("a", h.signature(text(dev("hasakah-2020-a")))).isEmpty());
        assertTrue(idx.add("b", h.signature(text(dev("hasakah-2020-b")))).isEmpty(), "another outlet's report");
        NearDuplicateIndex.Match m = idx.add("e", h.signature(text(dev("hasakah-2020-e")))).orElseThrow();
        assertEquals("a", m.matched());
        assertEquals("a", m.original());
        assertTrue(m.similarity() >= 0.5 && m.similarity() < 1.0, "similarity " + m.similarity());
        assertEquals(List.of(new NearDuplicateIndex.Group("a", List.of(m))), idx.groups());
        assertEquals("a", idx.originalOf("e").orElseThrow());
        assertEquals("b", idx.originalOf("b").orElseThrow());
    }

    @Test
    void theSignaturesLiveInTheirStoreSoASecondIndexOverItFindsCopiesOfTheFirstsArticles() {
        SignatureStore kept = new InMemorySignatureStore();
        new NearDuplicateIndex(kept).add("a", h.signature(text(dev("hasakah-2020-a"))));
        NearDuplicateIndex later = new NearDuplicateIndex(kept);
        NearDuplicateIndex.Match m = later.add("e", h.signature(text(dev("hasakah-2020-e")))).orElseThrow();
        assertEquals("a", m.original());
        assertEquals(2, kept.size());
        assertEquals(m, kept.match("e").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> later.add("a", h.signature("نص")));
    }

    @Test
    void aCopyOfACopyJoinsTheOriginalsGroup() {
        NearDuplicateIndex idx = new NearDuplicateIndex();
        String t = text(dev("istanbul-2022-b"));
        idx.add("x", h.signature(t));
        idx.add("y", h.signature(t + "\nوأضاف البيان أن التحقيقات مستمرة."));
        NearDuplicateIndex.Match m = idx.add("z", h.signature(t + "\nوأضاف البيان أن التحقيقات مستمرة. وتابع")).orElseThrow();
        assertEquals("x", m.original());
        assertEquals(1, idx.groups().size());
        assertEquals(2, idx.groups().get(0).copies().size());
    }

    @Test
    void reportsOfOneEventByDifferentOutletsAreNotDuplicates() {
        NearDuplicateIndex idx = new NearDuplicateIndex();
        Set<String> copies = new HashSet<>();
        for (Path p : DevSet.texts()) {
            String id = p.getFileName().toString().replace(".txt", "");
            idx.add(id, h.signature(text(p))).ifPresent(m -> copies.add(m.article() + "<" + m.matched()));
        }
        assertEquals(Set.of("hasakah-2020-e<hasakah-2020-a", "istanbul-2022-d<istanbul-2022-b"), copies);
    }

    @Test
    void tooShortTextsAreNeverDuplicates() {
        NearDuplicateIndex idx = new NearDuplicateIndex();
        idx.add("a", h.signature("انفجار في الحسكة"));
        assertTrue(idx.add("b", h.signature("انفجار في الحسكة")).isEmpty());
    }

    @Test
    void idsAreAddedOnce() {
        NearDuplicateIndex idx = new NearDuplicateIndex();
        idx.add("a", h.signature("نص"));
        assertThrows(IllegalArgumentException.class, () -> idx.add("a", h.signature("نص")));
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicateIndex(5, 0.5, 8).add("b", h.signature("نص")),
                "128 is not a multiple of 5");
    }
}
