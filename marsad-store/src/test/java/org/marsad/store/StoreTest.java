package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's contract, run on SQLite here and on PostgreSQL by {@link PostgresStoreTest}. */
class StoreTest {
    @TempDir
    Path dir;

    Store open() {
        return Store.open(dir.resolve("t.db").toString());
    }

    @Test
    void savesOnceAndReadsEveryLayer() {
        try (Store s = open()) {
            contract(s);
        }
    }

    static void contract(Store s) {
        List<ProcessedArticle> sample = Annotated.sample();
        List<SaveResult> r = s.save(sample);
        assertTrue(r.get(0).stored() && r.get(1).stored());
        // the same content again (from elsewhere, with other white space) is a duplicate
        ProcessedArticle again = sample.get(0);
        List<SaveResult> r2 = s.save(List.of(new ProcessedArticle(again.document(), again.output(), again.contentHash(),
                "elsewhere", "html")));
        assertFalse(r2.get(0).stored());
        assertEquals(r.get(0).seq(), r2.get(0).seq());
        assertEquals(2, s.articles(Optional.empty(), Optional.empty(), Optional.empty(), 1, 10).total());

        ObjectNode a = s.article("hasakah-riot").orElseThrow();
        assertEquals("marsad-test", a.get("source").asText());
        assertEquals("2020-03-30", a.get("published").asText());
        assertEquals(2, a.get("provenance").size());
        assertEquals(1, a.get("provenance").get(1).get("duplicate").asInt());
        JsonNode ev = a.get("output").get("events").get(0);
        assertEquals("تمردا", a.get("text").asText().substring(ev.get("trigger").get("begin").asInt(),
                ev.get("trigger").get("end").asInt()));

        Page<ObjectNode> riots = s.events(EventQuery.builder().types(List.of("RIOT")).build());
        assertEquals(1, riots.total());
        ObjectNode riot = riots.items().get(0);
        assertEquals("SY", riot.get("country").asText());
        assertEquals("isis", riot.get("actor_ref").asText());
        assertEquals("2020-03-29", riot.get("day").asText());
        assertEquals("Mustafa Bali", riot.get("sources").get(0).asText());
        assertEquals(36.50237, riot.get("lat").asDouble(), 1e-6);

        assertEquals(2, s.events(EventQuery.builder().actor("isis").build()).total());
        assertEquals(1, s.events(EventQuery.builder().country("IQ").build()).total());
        assertEquals(1, s.events(EventQuery.builder().admin1("Nineveh").build()).total());
        assertEquals(1, s.events(EventQuery.builder().from(LocalDate.of(2020, 4, 1)).build()).total());
        assertEquals(1, s.events(EventQuery.builder().bbox(new double[] {40, 36, 41, 37}).build()).total());
        assertEquals(0, s.events(EventQuery.builder().bbox(new double[] {0, 0, 1, 1}).build()).total());
        assertEquals(1, s.events(EventQuery.builder().place("gn:99072").build()).total());
        assertEquals(3, s.events(EventQuery.builder().build()).items().get(0).get("fatalities").asInt());

        List<ObjectNode> tl = s.timeline(EventQuery.builder().build());
        assertEquals(2, tl.size());
        assertEquals("2020-03-29", tl.get(0).get("day").asText());
        assertEquals(1, tl.get(0).get("n").asInt());

        ObjectNode event = s.event(riot.get("id").asLong()).orElseThrow();
        assertEquals("Twitter", event.get("claims").get(0).get("channel").asText());

        ObjectNode isis = s.actor("isis").orElseThrow();
        assertEquals(2, isis.get("events").asInt());
        assertEquals(2, isis.get("event_list").size());
        ObjectNode bali = s.actor("person:mustafa-bali").orElseThrow();
        assertEquals(1, bali.get("claim_list").size());
        assertTrue(s.actors(Optional.of("isi"), 1, 10).items().stream().anyMatch(x -> x.get("key").asText().equals("isis")));

        ObjectNode hasakah = s.place("gn:173811").orElseThrow();
        assertEquals(1, hasakah.get("events").asInt());
        assertEquals("hasakah-riot", hasakah.get("article_list").get(0).get("id").asText());
        assertEquals("Twitter", hasakah.get("claim_list").get(0).get("channel").asText());
        assertEquals(2, s.places(Optional.empty(), 1, 10).total());

        Page<ObjectNode> claims = s.claims(Optional.of("person:mustafa-bali"), Optional.empty(), Optional.empty(), 1, 10);
        assertEquals(1, claims.total());
        assertEquals("RIOT", claims.items().get(0).get("about").get(0).get("type").asText());

        ObjectNode st = s.stats();
        assertEquals(2, st.get("articles").asInt());
        assertEquals(2, st.get("events").asInt());
        assertEquals(1, st.get("duplicates").asInt());
        assertEquals(Database.MIGRATIONS.size(), st.get("schema_version").asInt());
        assertEquals(2, s.forIndex(0, 10).size());
        assertEquals(1, s.forIndex(s.forIndex(0, 1).get(0).seq(), 10).size());
    }

    @Test
    void sameIdOtherContentGetsAUniqueId() {
        try (Store s = open()) {
            ProcessedArticle a = Annotated.sample().get(0);
            s.save(List.of(a));
            ProcessedArticle b = Annotated.article("hasakah-riot", "نص آخر مختلف تماما.", null, null).processed("x");
            SaveResult r = s.save(List.of(b)).get(0);
            assertTrue(r.stored());
            assertEquals("hasakah-riot-" + b.contentHash().substring(0, 8), r.docId());
        }
    }

    @Test
    void reopeningKeepsDataAndSchema() {
        try (Store s = open()) {
            s.save(Annotated.sample());
        }
        try (Store s = open()) {
            assertEquals(Database.MIGRATIONS.size(), s.schemaVersion());
            assertEquals(2, s.stats().get("articles").asInt());
        }
    }

    @Test
    void aVersionOneStoreIsUpgradedAndItsArticlesLinkedLater() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("v1.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.Statement st = c.createStatement()) {
            String v1 = new String(Database.class.getClassLoader()
                    .getResourceAsStream("marsad/store/migrations/V1__schema.sql").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (String sql : Database.statements(Dialect.SQLITE.expand(v1))) {
                st.execute(sql);
            }
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                    + "applied_at TEXT NOT NULL)");
            st.execute("INSERT INTO schema_version VALUES (1, 'V1__schema.sql', 'test')");
        }
        try (Store s = Store.open(url)) {
            assertEquals(Database.MIGRATIONS.size(), s.schemaVersion());
            s.save(List.of(LinkedArticles.a(), LinkedArticles.b()), false);
            assertEquals(0, s.stats().get("clusters").asInt());
            assertEquals(2, s.linkPending(n -> { }));
            assertEquals(1, s.stats().get("clusters").asInt());
            assertEquals(1, s.stats().get("multi_source_clusters").asInt());
        }
    }

    @Test
    void signaturesOfAnotherSchemeAreRefusedUntilARebuild() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("v2.db");
        // a store of version 2 that linked one article: its signature is of the 128-function MinHash
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.Statement st = c.createStatement()) {
            for (String m : List.of("V1__schema.sql", "V2__linking.sql")) {
                String sql = new String(Database.class.getClassLoader()
                        .getResourceAsStream("marsad/store/migrations/" + m).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                for (String x : Database.statements(Dialect.SQLITE.expand(sql))) {
                    st.execute(x);
                }
            }
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                    + "applied_at TEXT NOT NULL)");
            st.execute("INSERT INTO schema_version VALUES (1, 'V1__schema.sql', 'test'), (2, 'V2__linking.sql', 'test')");
            st.execute("INSERT INTO link_articles (seq, doc_id, shingles, signature, original) "
                    + "VALUES (0, 'old', 20, x'00000001', 'old')");
        }
        try (Store s = Store.open(url)) {
            StoreException e = assertThrows(StoreException.class,
                    () -> s.save(List.of(LinkedArticles.a(), LinkedArticles.b()), true));
            assertTrue(e.getMessage().contains("--rebuild") && e.getMessage().contains(s.location())
                    && e.getMessage().contains(org.marsad.link.MinHasher.LEGACY_SCHEME), e.getMessage());
            assertEquals(0, s.stats().get("articles").asInt(), "the batch was not stored");
            s.save(List.of(LinkedArticles.a(), LinkedArticles.b()), false);
            assertThrows(StoreException.class, () -> s.linkPending(n -> { }));
            s.relink(n -> { });
            assertEquals(1, s.stats().get("clusters").asInt());
            assertEquals(1, s.stats().get("multi_source_clusters").asInt());
        }
    }

    @Test
    void badQueriesAreRejectedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventQuery.builder().from(LocalDate.of(2020, 2, 1)).to(LocalDate.of(2020, 1, 1)).build());
        assertTrue(e.getMessage().contains("before"));
        assertThrows(IllegalArgumentException.class, () -> EventQuery.builder().bbox(new double[] {5, 5, 1, 1}).build());
        assertThrows(IllegalArgumentException.class, () -> EventQuery.builder().size(0).build());
        StoreException u = assertThrows(StoreException.class, () -> Store.open("jdbc:mysql://x"));
        assertTrue(u.getMessage().contains("unsupported database URL"));
    }

    @Test
    void contentHashIgnoresWhiteSpaceAndDiacritics() {
        assertEquals(ContentHash.of("قال  المتحدث\n\nإن"), ContentHash.of("قَالَ المتحدث إن "));
        assertFalse(ContentHash.of("قال").equals(ContentHash.of("قالت")));
    }

    @Test
    void sqliteFileIsInWalMode() throws Exception {
        try (Store s = open()) {
            s.save(Annotated.sample());
            Assumptions.assumeTrue(s.dialect() == Dialect.SQLITE);
            assertTrue(java.nio.file.Files.exists(dir.resolve("t.db-wal")));
        }
    }
}
