package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.ArticleInput;
import org.marsad.ingest.JsonArticles;
import org.marsad.store.ContentHash;
import org.marsad.store.Store;
import org.marsad.store.search.SearchIndex;
import org.marsad.testing.SharedData;

class IngestCommandTest {
    static final String SAUDI =
            "data/news_saudinewsnet_syria_iraq/saudinewsnet_aawsat_spa_syria_iraq_subset.json";
    @TempDir
    Path dir;

    /** Runs the CLI in this JVM; returns the exit code and what it wrote to stderr. */
    static Object[] run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Object[] {code, err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void ingestsTheDemoCorpusOnceAndReportsDuplicatesAndFailures() throws Exception {
        String db = dir.resolve("m.db").toString();
        Path bad = dir.resolve("broken.jsonl");
        Files.writeString(bad, "{\"text\": \"نص سليم في ملف فيه سطر معطوب.\"}\nnot json\n");
        Object[] r = run("ingest", "--db", db, "--threads", "2", "../demo", bad.toString(),
                dir.resolve("missing.txt").toString());
        String err = (String) r[1];
        assertEquals(1, r[0], err);
        assertTrue(err.contains("17 ingested, 0 duplicates skipped, 1 near-duplicate recorded as a copy, 2 failed"), err);
        assertTrue(err.contains("event clusters (8 reported by several sources)"), err);
        assertTrue(err.contains("broken.jsonl:2: not JSON"), err);
        assertTrue(err.contains("missing.txt: no such file or folder"), err);
        Object[] again = run("ingest", "--db", db, "../demo");
        assertEquals(0, again[0], (String) again[1]);
        assertTrue(((String) again[1]).contains("0 ingested, 17 duplicates skipped, 0 failed"), (String) again[1]);
        try (Store s = Store.open(db)) {
            assertEquals(17, s.stats().get("articles").asInt());
            assertEquals(1, s.stats().get("near_duplicates").asInt());
            assertEquals(2, s.stats().get("failures").asInt());
        }
        Object[] re = run("reindex", "--db", db);
        assertEquals(0, re[0], (String) re[1]);
        assertTrue(((String) re[1]).contains("17 articles"), (String) re[1]);
        long events;
        String clusters;
        try (Store s = Store.open(db)) {
            events = s.stats().get("events").asLong();
            clusters = s.stats().get("clusters").asText() + "/" + s.stats().get("multi_source_clusters").asText();
        }
        Object[] rp = run("reprocess", "--db", db, "--threads", "2");
        assertEquals(0, rp[0], (String) rp[1]);
        assertTrue(((String) rp[1]).contains("17 articles analysed again, linked again and reindexed"), (String) rp[1]);
        try (Store s = Store.open(db)) {
            assertEquals(events, s.stats().get("events").asLong(), "the same pipeline finds the same events");
            assertEquals(17, s.stats().get("articles").asInt());
            assertEquals(clusters, s.stats().get("clusters").asText() + "/" + s.stats().get("multi_source_clusters")
                    .asText(), "and links them the same way");
        }
    }

    @Test
    void progressBarLineShowsRateAndEta() {
        String line = ProgressBar.line(new org.marsad.store.Ingestor.Progress(50, 40, 5, 5, 200, 2.0));
        assertTrue(line.contains("50/200") && line.contains("25%") && line.contains("25.0 art/s")
                && line.contains("ETA 0:06"), line);
    }

    /**
     * Kill -9 midway, run again: every article stored exactly once. The first run is a real child JVM
     * killed with SIGKILL as soon as it has committed its first batch.
     */
    @Test
    void killedIngestResumesWithoutLossOrDuplicates() throws Exception {
        Path corpus = SharedData.resolve(SAUDI);
        Set<String> hashes = new HashSet<>();
        try (JsonArticles in = JsonArticles.open(corpus)) {
            in.forEachRemaining((ArticleInput a) -> hashes.add(ContentHash.of(a.read().text())));
        }
        String db = dir.resolve("k.db").toString();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.marsad.cli.Main", "ingest", "--db", db, "--threads", "1", "--batch", "2", corpus.toString());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        Process child = pb.start();
        long killedAt = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            long n = storedCount(db);
            if (n > 0) {
                child.destroyForcibly(); // SIGKILL
                child.waitFor(10, TimeUnit.SECONDS);
                killedAt = n;
                break;
            }
            Thread.sleep(5);
        }
        assertTrue(killedAt > 0, "the child was killed after its first commit: " + Files.readString(
                dir.resolve("child.log")));
        long afterKill = storedCount(db);
        assertTrue(afterKill < hashes.size(), "killed midway (" + afterKill + " of " + hashes.size() + " stored)");

        Object[] r = run("ingest", "--db", db, "--threads", "2", corpus.toString());
        assertEquals(0, r[0], (String) r[1]);
        try (Store s = Store.open(db); SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            assertEquals(hashes.size(), s.stats().get("articles").asInt() + s.stats().get("near_duplicates").asInt(),
                    "every article exactly once, as an article or as a near-duplicate copy of one");
            var events = s.events(org.marsad.store.EventQuery.builder().size(5000).build());
            assertEquals(s.stats().get("events").asLong(), events.total());
            assertTrue(events.items().stream().allMatch(e -> !e.get("cluster").isNull()),
                    "every stored event was linked, also across the kill");
            assertEquals(s.lastSeq(), index.lastSeq(), "the index caught up");
            assertEquals(0, s.stats().get("failures").asInt());
        }
        String err = (String) r[1];
        long resumed = hashes.size() - afterKill;
        Matcher m = Pattern.compile("(\\d+) ingested, \\d+ duplicates skipped, (?:(\\d+) "
                + "near-duplicates?)?").matcher(err);
        assertTrue(m.find(), err);
        assertEquals(resumed, Long.parseLong(m.group(1)) + (m.group(2) == null ? 0 : Long.parseLong(m.group(2))),
                "the second run stores only what was missing: " + err);
    }

    static long storedCount(String db) {
        if (!Files.exists(Path.of(db))) {
            return 0;
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout=5000");
            try (java.sql.ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM articles) "
                    + "+ (SELECT COUNT(*) FROM article_copies)")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            return 0; // the schema is not there yet
        }
    }

}
