package org.marsad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Annotated;
import org.marsad.store.Store;
import org.marsad.store.StoreException;

class SearchIndexTest {
    @TempDir
    Path dir;

    static SearchRequest req(String q, String kind, String type, String country, String actor, LocalDate from) {
        return new SearchRequest(q, Optional.ofNullable(kind), Optional.ofNullable(from), Optional.empty(),
                type == null ? List.of() : List.of(type), Optional.ofNullable(country), Optional.empty(),
                Optional.ofNullable(actor), Optional.empty(), "relevance", 1, 20);
    }

    @Test
    void findsArticlesAndEventsWithFiltersFacetsAndSnippets() {
        try (Store store = Store.open(dir.resolve("s.db").toString());
             SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            store.save(Annotated.sample());
            assertEquals(2, index.sync(store));
            assertEquals(0, index.sync(store), "nothing new");
            assertEquals(4, index.size(), "2 articles + 2 events");

            SearchResult r = index.search(SearchRequest.of("الحسكة"));
            assertEquals(2, r.total(), "the Hasakah article and its event");
            assertTrue(r.hits().stream().allMatch(h -> h.article().equals("hasakah-riot")));
            SearchResult.Hit art = r.hits().stream().filter(h -> h.kind().equals("article")).findFirst().orElseThrow();
            SearchResult.Snippet sn = art.snippet();
            assertTrue(!sn.marks().isEmpty(), sn.text());
            int[] m = sn.marks().get(0);
            assertTrue(sn.text().substring(m[0], m[1]).contains("الحسكة"), sn.text().substring(m[0], m[1]));
            assertEquals(List.of("RIOT"), art.types());

            // clitics: «بالحسكة» in the title is found by the bare name too; and the other way round
            assertEquals(1, index.search(req("وبالحسكة", "article", null, null, null, null)).total());

            // filters and facets
            SearchResult events = index.search(req("", "event", null, null, null, null));
            assertEquals(2, events.total());
            assertEquals("2020-04-02", events.hits().get(0).date().orElseThrow(), "newest first without words");
            assertTrue(events.hits().get(0).lat().isPresent());
            assertEquals(1, index.search(req("داعش", "event", "ATTACK", null, null, null)).total());
            assertEquals(2, index.search(req("", null, null, "IQ", null, null)).total(), "the Mosul article and event");
            assertEquals(4, index.search(req("", null, null, null, "isis", null)).total());
            assertEquals(2, index.search(req("", null, null, null, null, LocalDate.of(2020, 4, 1))).total());
            var facets = index.search(SearchRequest.of("")).facets();
            assertEquals(2, facets.get("kind").size());
            assertTrue(facets.get("type").stream().anyMatch(f -> f.value().equals("RIOT") && f.count() == 2));
            assertTrue(facets.get("actor").stream().anyMatch(f -> f.value().equals("ISIS")));
            assertTrue(facets.get("country").stream().anyMatch(f -> f.value().equals("SY")));

            assertEquals(4, index.rebuild(store) * 2, "rebuild indexes both articles again");
            assertEquals(4, index.size());
        }
    }

    @Test
    void reopenedIndexRemembersWhereItStopped() {
        try (Store store = Store.open(dir.resolve("s.db").toString())) {
            store.save(Annotated.sample().subList(0, 1));
            try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
                assertEquals(1, index.sync(store));
            }
            store.save(Annotated.sample());
            try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
                assertEquals(store.lastSeq(), index.lastSeq() + 1);
                assertEquals(1, index.sync(store));
                assertEquals(4, index.size());
            }
        }
    }

    @Test
    void secondProcessOnTheSameIndexIsToldWhy() {
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            StoreException e = assertThrows(StoreException.class, () -> SearchIndex.open(dir.resolve("index")));
            assertTrue(e.getMessage().contains("in use by another Marsad process"), e.getMessage());
        }
    }

    @Test
    void requestsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x").withKind("person"));
        assertThrows(IllegalArgumentException.class, () -> new SearchRequest("x", Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                "relevance", 0, 10));
    }
}
