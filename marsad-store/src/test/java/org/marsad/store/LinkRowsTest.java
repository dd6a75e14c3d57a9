package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows linking writes per article since schema 4: no band rows while the band index is held
 * in memory (derived from the stored signatures), no evidence sentence in a report's row (taken
 * from the stored text), and stores written by earlier versions (band rows, evidence in the rows)
 * still link, find copies and show their reports.
 */
class LinkRowsTest {
    @TempDir
    Path dir;

    @Test
    void aNewStoreWritesNoBandRowsNorEvidenceAndStillFindsCopiesAfterARestart() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("new.db");
        try (Store s = Store.open(url)) {
            s.save(List.of(LinkedArticles.a(), LinkedArticles.b()));
        }
        assertEquals(0, count(url, "SELECT COUNT(*) FROM link_bands"));
        assertEquals(0, count(url, "SELECT band_rows FROM link_state"));
        assertEquals(0, count(url, "SELECT COUNT(*) FROM cluster_members WHERE mention LIKE '%\"ev\"%'"));
        try (Store s = Store.open(url)) {
            // a new process: the band index is derived from the stored signatures
            SaveResult copy = s.save(List.of(LinkedArticles.copyOfA())).get(0);
            assertFalse(copy.stored());
            assertEquals("bombing-a", copy.docId());
            evidenceIsTheStoredText(s, url);
        }
        assertEquals(0, count(url, "SELECT COUNT(*) FROM link_bands"));
    }

    @Test
    void aStoreOutgrowingTheBandIndexWritesTheRowsOfAllItsArticles() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("big.db");
        int before = BandIndex.limit;
        BandIndex.limit = 2;
        try (Store s = Store.open(url)) {
            s.save(List.of(LinkedArticles.a()));
            assertEquals(0, count(url, "SELECT COUNT(*) FROM link_bands"));
            s.save(List.of(LinkedArticles.b(), LinkedArticles.c()));
            assertEquals(1, count(url, "SELECT band_rows FROM link_state"));
            long signed = count(url, "SELECT COUNT(*) FROM link_articles WHERE shingles >= 8");
            assertTrue(signed >= 3, "all three are long enough to be filed");
            assertEquals(32 * signed, count(url, "SELECT COUNT(*) FROM link_bands"));
        } finally {
            BandIndex.limit = before;
        }
        BandIndex.limit = 2;
        try (Store s = Store.open(url)) {
            // beyond the limit: the lookup is a query over link_bands
            SaveResult copy = s.save(List.of(LinkedArticles.copyOfA())).get(0);
            assertFalse(copy.stored());
            assertEquals("bombing-a", copy.docId());
            assertEquals(32 * count(url, "SELECT COUNT(*) FROM link_articles WHERE shingles >= 8"),
                    count(url, "SELECT COUNT(*) FROM link_bands"));
        } finally {
            BandIndex.limit = before;
        }
    }

    /**
     * A store as version 3 wrote it (its band rows, the evidence in every report's row, no
     * {@code band_rows}): opened by this version it keeps its rows and links against them, shows
     * its reports' evidence, and a rebuild gives the same clusters without band rows.
     */
    @Test
    void aStoreOfSchemaThreeKeepsWorking() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("v3.db");
        try (Store s = Store.open(url)) {
            s.save(List.of(LinkedArticles.a(), LinkedArticles.b()));
        }
        // what version 3 had written: band rows for every signed article, the evidence in the rows
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            List<long[]> bands = new ArrayList<>();
            try (ResultSet r = st.executeQuery("SELECT seq, shingles, signature FROM link_articles")) {
                while (r.next()) {
                    for (long k : SqlSignatureStore.bandKeys(r.getInt(2), r.getBytes(3))) {
                        bands.add(new long[] {k, r.getLong(1)});
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO link_bands VALUES (?, ?)")) {
                for (long[] b : bands) {
                    p.setLong(1, b[0]);
                    p.setLong(2, b[1]);
                    p.executeUpdate();
                }
            }
            List<String[]> rows = new ArrayList<>();
            try (ResultSet r = st.executeQuery("SELECT m.cluster, m.ord, m.mention, a.text FROM cluster_members m "
                    + "JOIN articles a ON a.doc_id = m.doc_id")) {
                while (r.next()) {
                    rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE cluster_members SET mention = ? WHERE cluster = ? AND ord = ?")) {
                for (String[] row : rows) {
                    ObjectNode m = (ObjectNode) org.marsad.output.JsonOutput.mapper().readTree(row[2]);
                    m.put("ev", row[3].substring(m.get("b").asInt(), m.get("en").asInt()));
                    p.setString(1, org.marsad.output.JsonOutput.write(m));
                    p.setLong(2, Long.parseLong(row[0]));
                    p.setInt(3, Integer.parseInt(row[1]));
                    p.executeUpdate();
                }
            }
            st.execute("ALTER TABLE link_state DROP COLUMN band_rows");
            st.execute("ALTER TABLE clusters DROP COLUMN one_report");
            st.execute("DELETE FROM schema_version WHERE version >= 4");
        }
        assertEquals(64, count(url, "SELECT COUNT(*) FROM link_bands"));
        List<String> linked;
        try (Store s = Store.open(url)) {
            assertEquals(Database.MIGRATIONS.size(), s.schemaVersion());
            assertEquals(1, count(url, "SELECT band_rows FROM link_state"), "a linked store keeps its band rows");
            evidenceIsTheStoredText(s, url);
            SaveResult copy = s.save(List.of(LinkedArticles.copyOfA())).get(0);
            assertFalse(copy.stored(), "the copy is found through the stored band rows");
            assertEquals("bombing-a", copy.docId());
            assertEquals(96, count(url, "SELECT COUNT(*) FROM link_bands"), "and its rows are written");
            s.save(List.of(LinkedArticles.c()));
            evidenceIsTheStoredText(s, url);
            linked = LinkedArticles.snapshot(s);
            s.relink(n -> { });
            assertEquals(linked, LinkedArticles.snapshot(s));
        }
        assertEquals(0, count(url, "SELECT band_rows FROM link_state"));
        assertEquals(0, count(url, "SELECT COUNT(*) FROM link_bands"));
        assertEquals(0, count(url, "SELECT COUNT(*) FROM cluster_members WHERE mention LIKE '%\"ev\"%'"));
        try (Store s = Store.open(url)) {
            evidenceIsTheStoredText(s, url);
            assertEquals(linked, LinkedArticles.snapshot(s));
        }
    }

    /**
     * A cluster of one report gets a narrow row, and what the store's readers give is what full
     * rows gave: every cluster listed and shown, every thread, every article's links, every event
     * with its cluster's counts; the filters and sorts of the cluster list.
     */
    @Test
    void singleReportRowsReadAsFullRows() throws Exception {
        String narrow = "jdbc:sqlite:" + dir.resolve("narrow.db");
        String full = "jdbc:sqlite:" + dir.resolve("full.db");
        for (String url : List.of(narrow, full)) {
            ClusterRows.narrow = url.equals(narrow);
            try (Store s = Store.open(url)) {
                s.save(batch1());
                s.save(batch2());
            } finally {
                ClusterRows.narrow = true;
            }
        }
        assertTrue(count(narrow, "SELECT COUNT(*) FROM clusters WHERE one_report = 1") >= 2);
        assertTrue(count(narrow, "SELECT COUNT(*) FROM clusters WHERE one_report = 0") >= 1);
        assertEquals(0, count(narrow, "SELECT COUNT(*) FROM clusters WHERE one_report = 1 AND (num_reports <> 1 "
                + "OR summary <> '' OR lat IS NOT NULL)"));
        assertEquals(0, count(full, "SELECT COUNT(*) FROM clusters WHERE one_report = 1"));
        assertEquals(reads(full), reads(narrow));
    }

    /**
     * A store of schema 4 (every row full, no {@code one_report}) is migrated: its rows read as they
     * are, the clusters it links next get narrow rows where they hold one report, and everything
     * reads as in a store of full rows only.
     */
    @Test
    void aStoreOfSchemaFourKeepsWorking() throws Exception {
        String old = "jdbc:sqlite:" + dir.resolve("v4.db");
        String full = "jdbc:sqlite:" + dir.resolve("full4.db");
        ClusterRows.narrow = false;
        try {
            try (Store s = Store.open(full)) {
                s.save(batch1());
                s.save(batch2());
            }
            try (Store s = Store.open(old)) {
                s.save(batch1());
            }
        } finally {
            ClusterRows.narrow = true;
        }
        try (Connection c = DriverManager.getConnection(old); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE clusters DROP COLUMN one_report");
            st.execute("DELETE FROM schema_version WHERE version = 5");
        }
        try (Store s = Store.open(old)) {
            assertEquals(Database.MIGRATIONS.size(), s.schemaVersion());
            assertEquals(0, count(old, "SELECT COUNT(*) FROM clusters WHERE one_report = 1"));
            s.save(batch2());
        }
        assertTrue(count(old, "SELECT COUNT(*) FROM clusters WHERE one_report = 1") >= 1);
        assertEquals(reads(full), reads(old));
        try (Store s = Store.open(old)) {
            s.relink(n -> { });
        }
        assertEquals(reads(full), reads(old));
    }

    /**
     * A cluster already stored that gains a report or copy without its day, country, admin1 or last
     * week moving is updated without those indexed columns: the rows, their indexes and what the
     * readers give are those of rows rewritten whole, one article a transaction (so that clusters
     * grow across transactions); and the update leaves the indexed columns alone.
     */
    @Test
    void aStoredClusterKeepingItsIndexedValuesIsUpdatedWithoutThem() throws Exception {
        String kept = "jdbc:sqlite:" + dir.resolve("kept.db");
        String whole = "jdbc:sqlite:" + dir.resolve("whole.db");
        List<ProcessedArticle> articles = new ArrayList<>(List.of(LinkedArticles.a(), LinkedArticles.mosul(),
                LinkedArticles.b(), LinkedArticles.c(), LinkedArticles.copyOfA(), LinkedArticles.arrest()));
        articles.addAll(Annotated.sample());
        for (String url : List.of(kept, whole)) {
            ClusterRows.keepIndexed = url.equals(kept);
            try (Store s = Store.open(url)) {
                for (ProcessedArticle a : articles) {
                    s.save(List.of(a));
                }
            } finally {
                ClusterRows.keepIndexed = true;
            }
        }
        assertTrue(count(kept, "SELECT COUNT(*) FROM clusters WHERE num_reports + num_copies >= 3") >= 1);
        assertEquals(rows(whole), rows(kept));
        assertEquals(reads(whole), reads(kept));
        for (String url : List.of(kept, whole)) {
            try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
                 ResultSet r = st.executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertEquals("ok", r.getString(1));
            }
        }
        // the update of a grown cluster sets no indexed column: a value put there stays
        String marked = "jdbc:sqlite:" + dir.resolve("marked.db");
        try (Store s = Store.open(marked)) {
            s.save(List.of(LinkedArticles.a()));
            s.save(List.of(LinkedArticles.b()));
            try (Connection c = DriverManager.getConnection(marked); Statement st = c.createStatement()) {
                assertEquals(1, st.executeUpdate("UPDATE clusters SET day = 'marked' WHERE num_reports = 2"));
            }
            s.save(List.of(LinkedArticles.c()));
        }
        assertEquals(1, count(marked, "SELECT COUNT(*) FROM clusters WHERE day = 'marked' AND num_reports = 3"));
    }

    /** Every column of every cluster row, the blocks sorted (their order is a set's). */
    private static List<String> rows(String url) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT * FROM clusters ORDER BY number")) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    String v = r.getString(i);
                    if (r.getMetaData().getColumnName(i).equals("blocks") && v != null) {
                        v = String.join("\n", new java.util.TreeSet<>(List.of(v.split("\n"))));
                    }
                    b.append(r.getMetaData().getColumnName(i)).append('=').append(v).append('|');
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    private static List<ProcessedArticle> batch1() {
        return List.of(LinkedArticles.a(), LinkedArticles.mosul());
    }

    private static List<ProcessedArticle> batch2() {
        List<ProcessedArticle> b = new ArrayList<>(List.of(LinkedArticles.b(), LinkedArticles.copyOfA(),
                LinkedArticles.arrest()));
        b.addAll(Annotated.sample());
        return b;
    }

    /** What the store's readers give about its clusters, as text. */
    private static List<String> reads(String url) {
        List<String> out = new ArrayList<>();
        try (Store s = Store.open(url)) {
            List<ClusterQuery> queries = List.of(ClusterQuery.builder().size(ClusterQuery.MAX_SIZE).build(),
                    ClusterQuery.builder().sort("sources").build(), ClusterQuery.builder().minSources(2).build(),
                    ClusterQuery.builder().country("SY").build(), ClusterQuery.builder().actor("isis").build(),
                    ClusterQuery.builder().place("Mosul").build(), ClusterQuery.builder().disagreements(true).build(),
                    ClusterQuery.builder().types(List.of("ATTACK", "BOMBING")).build());
            for (ClusterQuery q : queries) {
                out.add(q + " " + s.clusters(q).items());
            }
            for (ObjectNode c : s.clusters(queries.get(0)).items()) {
                out.add(s.cluster(c.get("number").asLong()).orElseThrow().toString());
            }
            for (ObjectNode t : s.threads(1, 200).items()) {
                out.add(s.thread(t.get("id").asText()).orElseThrow().toString());
            }
            for (String a : List.of("bombing-a", "bombing-b", "bombing-a-copy", "arrest-e", "mosul-f", "hasakah-riot",
                    "mosul-attack")) {
                out.add(s.articleLinks(a).toString());
            }
            out.add(s.events(EventQuery.builder().size(500).build()).items().toString());
            ObjectNode st = s.stats();
            out.add(st.get("clusters") + " " + st.get("multi_source_clusters") + " " + st.get("threads"));
        }
        return out;
    }

    /** Every report's and copy's evidence, as the API shows it, is its stored text between its offsets. */
    private static void evidenceIsTheStoredText(Store s, String url) throws Exception {
        int seen = 0;
        for (ObjectNode c : s.clusters(ClusterQuery.builder().size(ClusterQuery.MAX_SIZE).build()).items()) {
            ObjectNode full = s.cluster(c.get("number").asLong()).orElseThrow();
            for (String list : List.of("reports", "copies")) {
                for (JsonNode m : full.get(list)) {
                    String text = text(url, m.get("article").asText());
                    String ev = m.get("evidence").asText();
                    assertFalse(ev.isEmpty());
                    assertEquals(text.substring(m.get("begin").asInt(), m.get("end").asInt()), ev);
                    seen++;
                }
            }
        }
        assertTrue(seen > 0);
    }

    private static String text(String url, String docId) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement p = c.prepareStatement("SELECT text FROM articles WHERE doc_id = ? UNION ALL "
                     + "SELECT text FROM article_copies WHERE doc_id = ?")) {
            p.setString(1, docId);
            p.setString(2, docId);
            try (ResultSet r = p.executeQuery()) {
                assertTrue(r.next(), docId);
                return r.getString(1);
            }
        }
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
