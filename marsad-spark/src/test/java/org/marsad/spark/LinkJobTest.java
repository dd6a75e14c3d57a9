package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.document.Document;
import org.marsad.ingest.JsonArticles;
import org.marsad.knowledge.Codebook;
import org.marsad.link.ArticleRecord;
import org.marsad.link.EventCluster;
import org.marsad.link.EventLinker;
import org.marsad.link.NearDuplicateIndex;
import org.marsad.output.AcledCsv;
import org.marsad.output.EventRow;
import org.marsad.output.JsonOutput;
import org.marsad.output.PloverJson;
import org.marsad.testing.SharedData;

/**
 * The whole job (extract, link, export) on the 294 articles of the dev corpus against the
 * single-machine tools on the same articles: {@code EventLinker} fed in publication order, as
 * {@code marsad link} does, and {@code AcledCsv}/{@code PloverJson} over the same events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkJobTest {
    private final SparkSession spark = LocalSpark.session();
    private Path out;
    private List<JsonNode> reference;
    private EventLinker linker;
    private String log;

    @BeforeAll
    void runBoth(@TempDir Path dir) throws Exception {
        Path corpus = SharedData.resolve("data/news_saudinewsnet_syria_iraq/saudinewsnet_aawsat_spa_syria_iraq_subset.json");
        out = dir.resolve("out");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        MarsadSpark.Args a = MarsadSpark.parse(new String[] {"run", "--input", corpus.toString(), "--output",
                out.toString(), "--partitions", "4"});
        assertEquals(0, MarsadSpark.run(spark, a, new PrintStream(buf, true, StandardCharsets.UTF_8)));
        log = buf.toString(StandardCharsets.UTF_8);

        record Input(ArticleRecord record, JsonNode json) {
        }
        List<Input> inputs = new ArrayList<>();
        try (JsonArticles in = JsonArticles.open(corpus)) {
            while (in.hasNext()) {
                Document d = in.next().read();
                JsonNode n = Reference.extract(d);
                inputs.add(new Input(ArticleRecord.fromJson(n, Codebook.standard(), Optional.of(d.text())), n));
            }
        }
        inputs.sort(Comparator.comparing((Input i) -> i.record().published().orElse(LocalDate.MAX))
                .thenComparing(i -> i.record().id()));
        linker = EventLinker.inMemory();
        reference = new ArrayList<>();
        for (Input i : inputs) {
            linker.add(i.record());
            reference.add(i.json());
        }
    }

    @Test
    void everyArticleIsExtracted() {
        assertEquals(294, reference.size());
        assertEquals(294, spark.read().parquet(out + "/articles").count());
        assertTrue(log.contains("extract: 294 articles, 0 failed"), log);
        long events = reference.stream().mapToLong(n -> n.get("events").size()).sum();
        assertEquals(events, spark.read().parquet(out + "/events").filter("located").count());
    }

    @Test
    void nearDuplicatesAreThoseOfTheIndex() {
        Map<String, NearDuplicateIndex.Match> want = new TreeMap<>();
        for (NearDuplicateIndex.Group g : linker.nearDuplicates()) {
            g.copies().forEach(m -> want.put(m.article(), m));
        }
        Map<String, NearDuplicateIndex.Match> got = new TreeMap<>();
        for (Row r : spark.read().parquet(out + "/near_duplicates").collectAsList()) {
            got.put(r.getString(0), new NearDuplicateIndex.Match(r.getString(0), r.getString(1), r.getString(2),
                    r.getDouble(3)));
        }
        assertEquals(want, got);
    }

    @Test
    void eventClustersAreThoseOfTheSingleMachineLinker() {
        Map<String, Set<String>> want = new TreeMap<>();
        int multi = 0;
        for (EventCluster c : linker.clusters()) {
            Set<String> members = new TreeSet<>();
            c.mentions().forEach(m -> members.add(m.id() + " report"));
            c.copies().forEach(k -> members.add(k.mention().id() + " copy"));
            want.put(c.mentions().get(0).id(), members);
            multi += c.numArticles() > 1 ? 1 : 0;
        }
        assertTrue(multi >= 5, "the corpus has events reported by several articles: " + multi);
        Map<String, Set<String>> got = new TreeMap<>();
        for (Row r : spark.read().parquet(out + "/event_links").select("cluster_id", "mention_id", "role").collectAsList()) {
            got.computeIfAbsent(r.getString(0), k -> new TreeSet<>()).add(r.getString(1) + " " + r.getString(2));
        }
        assertEquals(want, got);
        assertEquals(want.size(), spark.read().parquet(out + "/event_clusters").count());
    }

    private List<EventRow> rows() {
        List<EventRow> rows = new ArrayList<>();
        reference.forEach(n -> rows.addAll(EventRow.of(n)));
        return rows;
    }

    @Test
    void acledCsvIsTheOneMarsadExportWrites() throws Exception {
        StringWriter w = new StringWriter();
        AcledCsv.write(rows(), w);
        String got = Files.readString(out.resolve("export/events.acled.csv"), StandardCharsets.UTF_8);
        assertEquals(w.toString(), got);
        assertTrue(got.lines().count() > 50, "rows: " + got.lines().count());
    }

    @Test
    void ploverJsonHasTheRecordsOfMarsadExport() throws Exception {
        JsonNode want = JsonOutput.mapper().readTree(JsonOutput.write(PloverJson.of(rows()).records()));
        JsonNode got = JsonOutput.mapper().readTree(out.resolve("export/events.plover.json").toFile());
        assertEquals(want, got);
        Map<String, Integer> types = new HashMap<>();
        got.forEach(r -> types.merge(r.get("event_type").asText(), 1, Integer::sum));
        assertTrue(types.size() > 3, types.toString());
    }
}
