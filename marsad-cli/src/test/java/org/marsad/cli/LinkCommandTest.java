package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest {
    private static final Path DEV = Path.of("..", "marsad-core", "src", "test", "resources", "linking");

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static List<String> devEvents() throws Exception {
        try (Stream<Path> s = Files.list(DEV)) {
            return s.filter(p -> p.toString().endsWith(".events.json")).sorted().map(Path::toString).toList();
        }
    }

    @Test
    void linksTheDevSetAndScoresItAgainstGold() throws Exception {
        List<String> args = new ArrayList<>(List.of("link", "--gold", DEV.resolve("gold.json").toString()));
        args.addAll(devEvents());
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("event clusters (pairwise): P 1.000  R 1.000  F1 1.000"), r.out());
        assertTrue(r.out().contains("violations: 0"), r.out());
    }

    @Test
    void writesClustersThreadsAndNearDuplicatesAsJson(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("in.jsonl");
        ObjectMapper m = new ObjectMapper();
        StringBuilder b = new StringBuilder();
        for (String f : devEvents()) {
            if (f.contains("istanbul")) {
                b.append(m.writeValueAsString(m.readTree(Path.of(f).toFile()))).append('\n');
            }
        }
        Files.writeString(jsonl, b.toString());
        Path out = dir.resolve("clusters.json");
        Run r = run("link", jsonl.toString(), "--texts", DEV.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode o = m.readTree(out.toFile());
        assertEquals(4, o.get("articles").asInt());
        assertEquals("istanbul-2022-b", o.get("near_duplicates").get(0).get("original").asText());
        assertEquals(3, o.get("clusters").size(), "bombing, arrest, accusation");
        assertEquals(1, o.get("threads").size());
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndTheRestIsLinked(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(jsonl, """
                {"id": "a", "published": "2020-03-30", "events": [{"id": "e1", "type": "RIOT", "date": {"start": "2020-03-29"},
                  "place": {"canonical": "Al-Hasakah", "country": "SY", "lat": 36.5, "lon": 40.7}}]}
                {"id": "b", "events": [{"id": "e1", "type": "RIOT", "fatalities": "many"}]}
                {"id": "c", "published": "2020-03-30", "events": [{"id": "e1", "type": "RIOT", "date": {"start": "2020-03-29"},
                  "place": {"canonical": "Al-Hasakah", "country": "SY", "lat": 36.5, "lon": 40.7}}]}
                """);
        Run r = run("link", jsonl.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(jsonl + ":3: event b#e1"), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(1, o.get("clusters").size());
        assertEquals(2, o.get("clusters").get(0).get("num_articles").asInt());
        Run twice = run("link", jsonl.toString(), jsonl.toString());
        assertTrue(twice.err().contains("article a was added"), twice.err());
        assertEquals(1, new ObjectMapper().readTree(twice.out()).get("clusters").size());
        Run missing = run("link", dir.resolve("nope.jsonl").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope.jsonl: no such file"), missing.err());
    }

    /**
     * A store filled without linking is linked by {@code marsad link --db}, the same as ingest links
     * it, and {@code --rebuild} gives the same result again.
     */
    @Test
    void linksAStoreFilledWithoutLinkingAndRebuildsIt(@TempDir Path dir) throws Exception {
        String plain = dir.resolve("plain.db").toString();
        String linked = dir.resolve("linked.db").toString();
        assertEquals(0, Main.run("ingest", "--db", plain, "--no-index", "--no-link", "-t", "2", "../demo"));
        assertEquals(0, Main.run("ingest", "--db", linked, "--no-index", "-t", "2", "../demo"));
        String before;
        try (org.marsad.store.Store s = org.marsad.store.Store.open(plain)) {
            assertEquals(0, s.stats().get("clusters").asInt());
            assertEquals(17, s.stats().get("articles").asInt(), "without linking the copy is stored as an article");
        }
        try (org.marsad.store.Store s = org.marsad.store.Store.open(linked)) {
            before = s.stats().get("clusters") + " " + s.stats().get("multi_source_clusters") + " "
                    + s.stats().get("threads");
        }
        Run r = run("link", "--db", plain);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("17 stored articles linked"), r.err());
        assertTrue(r.err().contains("(8 reported by several sources)"), r.err());
        Run again = run("link", "--db", linked, "--rebuild");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("17 stored articles linked again"), again.err());
        try (org.marsad.store.Store s = org.marsad.store.Store.open(linked)) {
            assertEquals(before, s.stats().get("clusters") + " " + s.stats().get("multi_source_clusters") + " "
                    + s.stats().get("threads"), "a rebuild gives what ingest gave");
        }
        Run none = run("link");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("--db"), none.err());
        Run both = run("link", "--db", linked, "x.jsonl");
        assertEquals(2, both.code());
    }
}
