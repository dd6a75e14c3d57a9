package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.document.Document;
import org.marsad.ingest.WarcArticles;
import org.marsad.output.JsonOutput;
import org.marsad.testing.SharedData;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class ExtractJobTest {
    @TempDir
    Path dir;

    private final SparkSession spark = LocalSpark.session();

    /** The article objects the job stored, by id. */
    private Map<String, JsonNode> articles(Path out) throws Exception {
        Map<String, JsonNode> m = new HashMap<>();
        for (Row r : spark.read().parquet(out + "/articles").select("id", "json").collectAsList()) {
            m.put(r.getString(0), JsonOutput.mapper().readTree(r.getString(1)));
        }
        return m;
    }

    /** The events table, as event objects per article in article order. */
    private Map<String, List<JsonNode>> events(Path out, boolean located) throws Exception {
        Map<String, List<JsonNode>> m = new HashMap<>();
        for (Row r : spark.read().parquet(out + "/events").filter("located = " + located)
                .orderBy("article_id", "event_index").select("article_id", "json").collectAsList()) {
            m.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(JsonOutput.mapper().readTree(r.getString(1)));
        }
        return m;
    }

    /** Equal article objects, or a failure naming the first field that differs (not two pages of JSON). */
    static void assertSameArticles(Map<String, JsonNode> want, Map<String, JsonNode> got) {
        assertEquals(new java.util.TreeSet<>(want.keySet()), new java.util.TreeSet<>(got.keySet()));
        for (var e : want.entrySet()) {
            JsonNode g = got.get(e.getKey());
            if (!e.getValue().equals(g)) {
                var it = e.getValue().fieldNames();
                while (it.hasNext()) {
                    String f = it.next();
                    assertEquals(JsonOutput.write(e.getValue().get(f)), JsonOutput.write(g.get(f)),
                            e.getKey() + ": field " + f + " differs");
                }
                assertEquals(e.getValue(), g, e.getKey());
            }
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> l = new ArrayList<>();
        array.forEach(l::add);
        return l;
    }

    @Test
    void devTextsGiveTheEventsOfMarsadExtract() throws Exception {
        Path texts = SharedData.resolve("gold/dev-texts");
        Path seed = SharedData.resolve("seeds/000_ef1a7bf83d9ce633.txt");
        Map<String, JsonNode> cli = Reference.cli(List.of(texts, seed));
        Path out = dir.resolve("out");
        ExtractJob.Summary s = ExtractJob.run(spark, List.of(texts.toString(), seed.toString()), out.toString(), 3);
        assertEquals(cli.size(), s.articles());
        assertEquals(0, s.errors());
        Map<String, JsonNode> got = articles(out);
        assertEquals(cli.keySet(), got.keySet());
        Map<String, List<JsonNode>> ev = events(out, true);
        Map<String, List<JsonNode>> unlocated = events(out, false);
        int total = 0;
        for (var e : cli.entrySet()) {
            String id = e.getKey();
            assertSameArticles(Map.of(id, e.getValue()), Map.of(id, got.get(id)));
            List<JsonNode> want = list(e.getValue().get("events"));
            assertEquals(want, ev.getOrDefault(id, List.of()), id + ": events differ");
            assertEquals(list(e.getValue().get("unlocated_events")), unlocated.getOrDefault(id, List.of()), id);
            total += want.size();
        }
        assertTrue(total >= 10, "the dev texts report events: " + total);
        assertEquals(total, spark.read().parquet(out + "/events").filter("located").count());
        // every table is there, partitioned by date, with offsets that point into the text
        for (String t : List.of("entities", "places", "claims")) {
            assertTrue(spark.read().parquet(out + "/" + t).count() > 0, t);
            assertTrue(Files.isDirectory(out.resolve(t).resolve("pub_date=2015-07-21"))
                    || Files.list(out.resolve(t)).anyMatch(p -> p.getFileName().toString().startsWith("pub_date=")), t);
        }
        Row seedArticle = spark.read().parquet(out + "/articles").filter("id = '000_ef1a7bf83d9ce633'")
                .select("text").first();
        String text = seedArticle.getString(0);
        for (Row c : spark.read().parquet(out + "/claims").filter("article_id = '000_ef1a7bf83d9ce633'")
                .select("begin", "end", "evidence").collectAsList()) {
            assertEquals(text.substring(c.getInt(0), c.getInt(1)), c.getString(2));
        }
    }

    @Test
    void readsJsonLinesSplitByHadoopAndReportsBadLines() throws Exception {
        Path texts = SharedData.resolve("gold/dev-texts");
        List<String> lines = new ArrayList<>();
        Map<String, JsonNode> want = new HashMap<>();
        try (var files = Files.list(texts)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(6).toList()) {
                ObjectNode o = JsonOutput.mapper().createObjectNode();
                o.put("id", f.getFileName().toString().replace(".txt", ""));
                o.put("text", Files.readString(f));
                o.put("published", "2016-02-01");
                o.put("source", "test");
                lines.add(JsonOutput.write(o));
                Document d = org.marsad.ingest.JsonArticles.article("x", o);
                want.put(d.id(), Reference.extract(d));
            }
        }
        lines.add(2, "{not json");
        Path jsonl = dir.resolve("in/dump.jsonl");
        Files.createDirectories(jsonl.getParent());
        Files.write(jsonl, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        ExtractJob.Summary s = ExtractJob.run(spark, List.of(jsonl.getParent().toString()), out.toString(), 2);
        assertEquals(6, s.articles());
        assertEquals(1, s.errors());
        assertSameArticles(want, articles(out));
        Row err = spark.read().parquet(out + "/errors").first();
        assertTrue(err.getString(0).matches(".*dump\\.jsonl@\\d+"), err.getString(0));
        assertTrue(err.getString(2).contains("not JSON"), err.getString(2));
        assertTrue(Files.isDirectory(out.resolve("events/pub_date=2016-02-01")));
    }

    /** The Parquet files of a table. */
    private static long parquetFiles(Path table) throws Exception {
        try (var s = Files.walk(table)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".parquet")).count();
        }
    }

    @Test
    void readsAJsonArrayInByteRangesWithFewFilesPerTable() throws Exception {
        Path corpus = SharedData.resolve("data/news_saudinewsnet_syria_iraq/saudinewsnet_aawsat_spa_syria_iraq_subset.json");
        List<String> ids = new ArrayList<>();
        java.util.Set<String> dates = new java.util.HashSet<>();
        try (org.marsad.ingest.JsonArticles in = org.marsad.ingest.JsonArticles.open(corpus)) {
            in.forEachRemaining(a -> {
                Document d = a.read();
                ids.add(d.id());
                dates.add(d.metadata().published().orElseThrow().toString());
            });
        }
        // stored by date: the slices keep neighbouring dates together
        Path out = dir.resolve("out");
        ExtractJob.Summary s = ExtractJob.run(spark, List.of(corpus.toString()), out.toString(), 8);
        assertEquals(ids.size(), s.articles());
        assertEquals(0, s.errors());
        List<String> got = spark.read().parquet(out + "/articles").select("id").as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
        assertEquals(new java.util.TreeSet<>(ids), new java.util.TreeSet<>(got));
        assertEquals(ids.size(), got.size(), "every article once");
        long files = parquetFiles(out.resolve("articles"));
        assertTrue(files <= dates.size() + 8, files + " files for " + dates.size() + " dates");
        // the same articles out of date order: grouped by date before writing, one file per date
        List<JsonNode> shuffled = new ArrayList<>();
        JsonOutput.mapper().readTree(corpus.toFile()).forEach(shuffled::add);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        Path scattered = dir.resolve("scattered.json");
        Files.writeString(scattered, JsonOutput.mapper().writeValueAsString(shuffled));
        Path out2 = dir.resolve("out2");
        ExtractJob.Summary s2 = ExtractJob.run(spark, List.of(scattered.toString()), out2.toString(), 8);
        assertEquals(ids.size(), s2.articles());
        assertEquals(dates.size(), parquetFiles(out2.resolve("articles")));
        assertEquals(dates.size(), parquetFiles(out2.resolve("events")));
        assertEquals(spark.read().parquet(out + "/events").count(), spark.read().parquet(out2 + "/events").count());
    }

    @Test
    void readsWarcFilesOneTaskEach() throws Exception {
        Path in = dir.resolve("crawl");
        Files.createDirectories(in);
        String page = "<html><head><title>مقتل ثلاثة مدنيين في قصف على إدلب</title></head><body><article>"
                + "<p>قتل ثلاثة مدنيين وأصيب خمسة آخرون يوم الأحد 7 فبراير 2016 في قصف جوي استهدف مدينة إدلب "
                + "شمال غربي سوريا، بحسب ما أفاد المرصد السوري لحقوق الإنسان.</p></article></body></html>";
        write(in.resolve("a.warc.gz"), WarcCompression.GZIP, "http://news.example/1", page);
        write(in.resolve("b.warc"), WarcCompression.NONE, "http://news.example/2",
                page.replace("إدلب", "حلب").replace("ثلاثة", "أربعة"));
        Map<String, JsonNode> want = new HashMap<>();
        for (String f : List.of("a.warc.gz", "b.warc")) {
            try (WarcArticles w = WarcArticles.open(in.resolve(f))) {
                w.forEachRemaining(a -> {
                    JsonNode n = Reference.extract(a.read());
                    want.put(n.get("id").asText(), n);
                });
            }
        }
        assertEquals(2, want.size());
        Path out = dir.resolve("out");
        ExtractJob.Summary s = ExtractJob.run(spark, List.of(in.toString(), dir.resolve("missing").toString()),
                out.toString(), 2);
        assertEquals(2, s.articles());
        assertEquals(1, s.errors(), "the missing path is reported");
        assertSameArticles(want, articles(out));
        assertFalse(events(out, true).isEmpty(), "the pages report attacks");
        List<Row> origins = spark.read().parquet(out + "/articles").select("origin", "format").collectAsList();
        assertTrue(origins.stream().allMatch(r -> r.getString(0).matches(".*\\.warc(\\.gz)?@\\d+")
                && r.getString(1).equals("warc")), origins.toString());
    }

    private static void write(Path file, WarcCompression c, String url, String html) throws Exception {
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), c)) {
            HttpResponse logo = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"),
                    "PNG".getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder(url + ".png").date(java.time.Instant.parse("2016-02-08T10:00:00Z"))
                    .body(logo).build());
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                    html.getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder(url).date(java.time.Instant.parse("2016-02-08T10:00:00Z")).body(http).build());
        }
    }
}
