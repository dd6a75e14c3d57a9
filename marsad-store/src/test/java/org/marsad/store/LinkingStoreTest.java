package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linking in the store ({@code docs/LINKING.md}), run on SQLite here and on PostgreSQL by
 * {@link PostgresStoreTest}: incremental clusters across batches and restarts, near-duplicate copies
 * recorded instead of stored, threads, and rebuilds that give what incremental linking gave.
 */
class LinkingStoreTest {
    @TempDir
    Path dir;

    private Supplier<Store> sqlite(String name) {
        String file = dir.resolve(name).toString();
        return () -> Store.open(file);
    }

    @Test
    void incrementalLinkingAcrossRestartsOnSqlite() {
        incremental(sqlite("inc.db"));
    }

    @Test
    void aRebuildGivesWhatIncrementalLinkingGaveOnSqlite() {
        rebuild(sqlite("a.db"), sqlite("b.db"));
    }

    @Test
    void twoWritersOnOneStoreSeeEachOthersClustersOnSqlite() {
        twoWriters(sqlite("two.db"));
    }

    /**
     * Two store objects on one database (two processes: {@code marsad serve} taking articles by
     * the API while {@code marsad ingest} runs): each links what the other stored, because a
     * linking transaction that finds another's work since its own drops what it cached.
     */
    static void twoWriters(Supplier<Store> open) {
        try (Store one = open.get(); Store two = open.get()) {
            one.save(List.of(LinkedArticles.a()));
            two.save(List.of(LinkedArticles.b()));
            assertEquals(2, only(one, "BOMBING").get("num_sources").asInt(), "B joined A's cluster through the other");
            one.save(List.of(LinkedArticles.c(), LinkedArticles.arrest()));
            two.save(List.of(LinkedArticles.copyOfA()));
            ObjectNode bombing = only(two, "BOMBING");
            assertEquals(4, bombing.get("num_sources").asInt());
            assertEquals(3, one.cluster(bombing.get("number").asLong()).orElseThrow().get("reports").size());
            assertEquals(1, one.threads(1, 10).total(), "the thread made by one survives the other's batch");
            assertEquals(2, one.clusters(ClusterQuery.builder().build()).total());
        }
    }

    static void incremental(Supplier<Store> open) {
        try (Store s = open.get()) {
            // A alone: one cluster, one source
            s.save(List.of(LinkedArticles.a()));
            Page<ObjectNode> cs = s.clusters(ClusterQuery.builder().build());
            assertEquals(1, cs.total());
            assertEquals(1, cs.items().get(0).get("num_sources").asInt());
            // B, another outlet: its report joins A's cluster
            s.save(List.of(LinkedArticles.b(), LinkedArticles.mosul()));
            ObjectNode bombing = only(s, "BOMBING");
            assertEquals(2, bombing.get("num_sources").asInt());
            assertEquals(27, bombing.get("fatalities").asInt(), "the lowest toll, ACLED-style");
            assertEquals(List.of("fatalities"), texts(bombing.get("disagree_on")));
            assertEquals(2, s.clusters(ClusterQuery.builder().build()).total(), "Mosul is a cluster of its own");
        }
        // a restart: a new process links C into the same cluster
        try (Store s = open.get()) {
            List<SaveResult> r = s.save(List.of(LinkedArticles.c()));
            assertTrue(r.get(0).stored());
            ObjectNode bombing = only(s, "BOMBING");
            assertEquals(3, bombing.get("num_sources").asInt());
            ObjectNode full = s.cluster(bombing.get("number").asLong()).orElseThrow();
            assertEquals(3, full.get("reports").size());
            JsonNode fat = full.get("disagreements").get(0);
            assertEquals("fatalities", fat.get("field").asText());
            assertEquals(List.of("27", "31", "30"), texts(fat.get("values").findValues("value")));
            JsonNode first = full.get("reports").get(0);
            assertEquals("bombing-a", first.get("article").asText());
            assertEquals("outlet-a", first.get("source").asText());
            String ev = first.get("evidence").asText();
            assertTrue(ev.startsWith("قتل 27 شخصا"), ev);
            assertEquals("انفجار سيارة مفخخة وسط", ev.substring(first.get("trigger").get("begin").asInt(),
                    first.get("trigger").get("end").asInt()));
            assertTrue(first.get("event_id").asLong() > 0);

            // a syndicated copy of A: recorded as another source of A, not stored as an article
            long articles = s.stats().get("articles").asLong();
            SaveResult copy = s.save(List.of(LinkedArticles.copyOfA())).get(0);
            assertFalse(copy.stored());
            assertEquals("bombing-a", copy.docId());
            assertEquals("bombing-a-copy", copy.copy().orElseThrow());
            assertEquals(articles, s.stats().get("articles").asLong());
            assertEquals(1, s.stats().get("near_duplicates").asInt());
            bombing = only(s, "BOMBING");
            assertEquals(4, bombing.get("num_sources").asInt(), "the copy's outlet counts as a source");
            assertEquals(4, bombing.get("num_articles").asInt());
            full = s.cluster(bombing.get("number").asLong()).orElseThrow();
            assertEquals(3, full.get("reports").size());
            assertEquals("bombing-a", full.get("copies").get(0).get("copy_of").asText());
            assertEquals("copy", full.get("copies").get(0).get("stored_as").asText());
            ObjectNode links = s.articleLinks("bombing-a");
            assertEquals("bombing-a-copy", links.get("copies").get(0).get("id").asText());
            assertEquals("outlet-d", links.get("copies").get(0).get("source").asText());
            assertEquals("bombing-a", s.articleLinks("bombing-a-copy").get("copy_of").get("article").asText());
            JsonNode prov = s.article("bombing-a").orElseThrow().get("provenance");
            assertEquals("bombing-a-copy", prov.get(1).get("copy").asText());
            assertEquals("bombing-a", s.articleOrCopy("bombing-a-copy").orElseThrow().get("copy_of").asText());
            // the same copy again is an exact duplicate, skipped before the pipeline
            assertTrue(s.contains(LinkedArticles.copyOfA().contentHash()));

            // the arrest in the same town twelve days later makes a story thread with the bombing
            s.save(List.of(LinkedArticles.arrest()));
            ObjectNode arrest = only(s, "ARREST");
            String thread = arrest.get("thread").asText();
            assertEquals(thread, only(s, "BOMBING").get("thread").asText());
            ObjectNode t = s.thread(thread).orElseThrow();
            assertEquals(List.of("BOMBING", "ARREST"), texts(t.get("timeline").findValues("type")));
            assertEquals("2020-03-29", t.get("start_day").asText());
            assertEquals(1, s.threads(1, 10).total());

            // events know their cluster
            ObjectNode event = s.events(EventQuery.builder().article("bombing-b").build()).items().get(0);
            assertEquals(bombing.get("number").asLong(), event.get("cluster").asLong());
            assertEquals(4, event.get("cluster_sources").asInt());
            assertEquals(bombing.get("number").asLong(), s.clusterOfEvent(event.get("id").asLong()).orElseThrow());
            assertEquals(1, s.clusters(ClusterQuery.builder().minSources(4).build()).total());
            assertEquals(1, s.clusters(ClusterQuery.builder().disagreements(true).build()).total());
            assertEquals(2, s.clusters(ClusterQuery.builder().thread(thread).build()).total());
        }
    }

    static void rebuild(Supplier<Store> incremental, Supplier<Store> later) {
        List<String> expected;
        try (Store s = incremental.get()) {
            s.save(List.of(LinkedArticles.a(), LinkedArticles.mosul()));
            s.save(List.of(LinkedArticles.b()));
            s.save(List.of(LinkedArticles.copyOfA(), LinkedArticles.c(), LinkedArticles.arrest()));
            expected = LinkedArticles.snapshot(s);
            assertEquals(expected, LinkedArticles.snapshot(s));
            assertEquals(6, s.relink(n -> { }), "five articles and a copy");
            assertEquals(expected, LinkedArticles.snapshot(s), "relinking everything gives the same clusters");
        }
        // stored without linking, linked afterwards by publication date: the same clusters
        try (Store s = later.get()) {
            s.save(List.of(LinkedArticles.a(), LinkedArticles.mosul(), LinkedArticles.b(), LinkedArticles.c(),
                    LinkedArticles.arrest()), false);
            assertEquals(0, s.clusters(ClusterQuery.builder().build()).total());
            assertEquals(5, s.linkPending(n -> { }));
            assertEquals(0, s.linkPending(n -> { }), "nothing left to link");
            s.save(List.of(LinkedArticles.copyOfA()));
            List<String> got = LinkedArticles.snapshot(s);
            assertEquals(expected.size(), got.size(), got.toString());
            assertEquals(4, only(s, "BOMBING").get("num_sources").asInt());
        }
    }

    private static ObjectNode only(Store s, String type) {
        Page<ObjectNode> p = s.clusters(ClusterQuery.builder().types(List.of(type)).build());
        assertEquals(1, p.total(), type + ": " + p.items());
        return p.items().get(0);
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
