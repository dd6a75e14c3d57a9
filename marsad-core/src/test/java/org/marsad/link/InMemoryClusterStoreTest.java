package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.link.Reports.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryClusterStoreTest {
    private static final BlockKey K1 = new BlockKey("g:1:1", 10);
    private static final BlockKey K2 = new BlockKey("g:1:2", 10);

    @Test
    void putRegistersRemoveForgets() {
        InMemoryClusterStore s = new InMemoryClusterStore();
        long n = s.newNumber();
        EventCluster c = EventCluster.of(n, report("a", "RIOT").at(HASAKAH).day("2020-03-29").build());
        s.put(c, Set.of(K1, K2));
        assertEquals(List.of(n), s.candidates(List.of(K1, K2)));
        EventCluster c2 = c.with(report("b", "RIOT").at(HASAKAH).day("2020-03-29").build());
        s.put(c2, Set.of(K2));
        assertEquals(List.of(), s.candidates(List.of(K1)), "re-registration drops old blocks");
        assertEquals(List.of(n), s.candidates(List.of(K2)));
        assertEquals(List.of(n), s.clustersOfArticle("b"));
        assertEquals(2, s.get(n).orElseThrow().mentions().size());
        s.remove(n);
        assertTrue(s.get(n).isEmpty());
        assertEquals(List.of(), s.candidates(List.of(K2)));
        assertEquals(List.of(), s.clustersOfArticle("a"));
        assertTrue(s.newNumber() > n, "numbers are never reused");
    }

    @Test
    void candidatesComeInAscendingOrderOnce() {
        InMemoryClusterStore s = new InMemoryClusterStore();
        for (long n = 5; n > 0; n--) {
            s.put(EventCluster.of(n, report("a" + n, "RIOT").at(HASAKAH).day("2020-03-29").build()), Set.of(K1, K2));
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), s.candidates(List.of(K1, K2)));
        assertEquals(5, s.size());
        assertEquals(6, s.newNumber());
    }
}
