package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory band index of the near-duplicate signatures, and the statement sizes of the link tables. */
class BandIndexTest {
    @Test
    void aNewStoreIsHeldWholeAndLookupsGiveEachArticleOnceAscending() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statements st = new Statements(c)) {
            try (var s = c.createStatement()) {
                s.execute("CREATE TABLE link_articles (seq BIGINT, doc_id TEXT)");
                s.execute("CREATE TABLE link_bands (band_key BIGINT, seq BIGINT)");
                s.execute("INSERT INTO link_articles VALUES (0, 'a'), (1, 'b')");
                s.execute("INSERT INTO link_bands VALUES (7, 0), (8, 0), (7, 1), (-3, 1)");
            }
            BandIndex index = new BandIndex();
            index.load(st);
            assertTrue(index.complete());
            assertTrue(index.contains("a"));
            assertFalse(index.contains("c"));
            assertArrayEquals(new long[] {0, 1}, index.lookup(new long[] {8, 7, -3}));
            assertArrayEquals(new long[] {}, index.lookup(new long[] {9}));
            // many keys: the table grows and keeps every pair
            for (int i = 2; i < 3000; i++) {
                index.add("d" + i, i, new long[] {i * 1_000_003L, 7});
            }
            assertEquals(2998 + 2, index.lookup(new long[] {7}).length);
            assertArrayEquals(new long[] {1234}, index.lookup(new long[] {1234 * 1_000_003L}));
            index.clear();
            assertFalse(index.complete());
        }
    }

    @Test
    void statementsComeInAFewSizes() {
        assertEquals(List.of(), Statements.chunks(0, 100));
        assertEquals(List.of(100, 100, 100, 1), Statements.chunks(301, 100));
        assertEquals(List.of(100, 100, 64, 32, 2, 1), Statements.chunks(299, 100));
        assertEquals(List.of(512, 256, 32), Statements.chunks(800, 512));
        assertEquals(List.of(64, 64, 16, 16, 4, 4, 4, 1, 1, 1), Statements.chunks(175, 64, 4));
        assertEquals(List.of(16, 4, 1), Statements.chunks(21, 100, 4));
    }
}
