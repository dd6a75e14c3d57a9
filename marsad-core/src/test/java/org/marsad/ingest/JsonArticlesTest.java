package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.document.Document;
import org.marsad.testing.SharedData;

class JsonArticlesTest {
    @TempDir
    Path dir;

    static List<ArticleInput> all(Path f) {
        List<ArticleInput> out = new ArrayList<>();
        try (JsonArticles j = JsonArticles.open(f)) {
            j.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void readsJsonLinesAndNamesBadLines() throws Exception {
        Path f = dir.resolve("a.jsonl");
        Files.writeString(f, """
                {"id":"x1","title":"عنوان","text":"فقرة أولى.\\n\\nفقرة ثانية.","published":"2020-01-02","url":"http://u/1","source":"s"}

                not json
                {"title":"بلا نص"}
                {"content":"نص فقط","date":"2021-02-03 10:00:00"}
                """);
        List<ArticleInput> in = all(f);
        assertEquals(4, in.size());
        Document d = in.get(0).read();
        assertEquals("x1", d.id());
        assertEquals("عنوان\n\nفقرة أولى.\n\nفقرة ثانية.", d.text());
        assertEquals(LocalDate.of(2020, 1, 2), d.metadata().published().orElseThrow());
        assertEquals("s", d.metadata().source().orElseThrow());
        InputException bad = assertThrows(InputException.class, () -> in.get(1).read());
        assertTrue(bad.getMessage().startsWith(f + ":3: not JSON"), bad.getMessage());
        InputException noText = assertThrows(InputException.class, () -> in.get(2).read());
        assertTrue(noText.getMessage().startsWith(f + ":4: no text"), noText.getMessage());
        Document e = in.get(3).read();
        assertEquals("نص فقط", e.text());
        assertEquals(LayoutText.idOf("نص فقط"), e.id());
        assertEquals(LocalDate.of(2021, 2, 3), e.metadata().published().orElseThrow());
    }

    @Test
    void readsArraysAndSingleObjects() throws Exception {
        Path arr = dir.resolve("b.json");
        Files.writeString(arr, "[{\"title\":\"أ\",\"content\":\"نص أ\"},\n {\"title\":\"ب\",\"content\":\"نص ب\","
                + "\"date_extracted\":\"bad\"}]");
        List<ArticleInput> in = all(arr);
        assertEquals(2, in.size());
        assertEquals("أ\n\nنص أ", in.get(0).read().text());
        InputException e = assertThrows(InputException.class, () -> in.get(1).read());
        assertTrue(e.getMessage().startsWith(arr + "[1]: bad publication date"), e.getMessage());
        Path one = dir.resolve("c.json");
        Files.writeString(one, "{\n  \"id\": \"solo\",\n  \"text\": \"نص وحيد\"\n}\n");
        assertEquals("solo", all(one).get(0).read().id());
    }

    @Test
    void readsTheSaudiNewsNetSubset() {
        Path f = SharedData.resolve("data/news_saudinewsnet_syria_iraq/saudinewsnet_aawsat_spa_syria_iraq_subset.json");
        List<ArticleInput> in = all(f);
        assertEquals(294, in.size());
        Set<String> sources = new HashSet<>();
        for (ArticleInput i : in) {
            Document d = i.read();
            assertTrue(d.metadata().published().isPresent() && d.metadata().url().isPresent(), i.origin());
            assertTrue(d.text().startsWith(d.metadata().title().orElseThrow()), i.origin());
            assertTrue(!d.text().contains("\n\n\n") && !d.text().contains("\n "), i.origin());
            sources.add(d.metadata().source().orElseThrow());
        }
        assertEquals(Set.of("aawsat", "was"), sources);
    }

    /** What readers of the byte ranges cut at {@code cuts} give together: origins, and the problem or text. */
    static List<String> ranges(Path f, long... cuts) throws Exception {
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= cuts.length; i++) {
            long from = i == 0 ? 0 : cuts[i - 1];
            long to = i == cuts.length ? Long.MAX_VALUE : cuts[i];
            try (JsonArticles j = JsonArticles.open(f.toString(), Files.newInputStream(f), from, to)) {
                j.forEachRemaining(a -> out.add(describe(a)));
            }
        }
        return out;
    }

    static String describe(ArticleInput a) {
        try {
            return a.origin() + " " + a.read().text();
        } catch (InputException e) {
            return a.origin() + " " + e.getMessage();
        }
    }

    @Test
    void byteRangesGiveEveryArticleOnceInOrder() throws Exception {
        Path f = SharedData.resolve("data/news_saudinewsnet_syria_iraq/saudinewsnet_aawsat_spa_syria_iraq_subset.json");
        List<String> whole = all(f).stream().map(JsonArticlesTest::describe).toList();
        long size = Files.size(f);
        assertEquals(whole, ranges(f));
        assertEquals(whole, ranges(f, size / 2));
        assertEquals(whole, ranges(f, 1, 2, 3, size / 7, size / 3, size / 3 + 1, size - 1, size + 5));
    }

    @Test
    void byteRangesReportAMalformedArrayOnce() throws Exception {
        Path f = dir.resolve("bad.json");
        String good = "{\"id\":\"a\",\"text\":\"نص أ\"}";
        Files.writeString(f, "[" + good + ",\n" + good.replace("\"a\"", "\"b\"") + ",\n{\"id\":\"c\",\"text\": oops},\n"
                + good.replace("\"a\"", "\"d\"") + "]");
        List<String> whole = all(f).stream().map(JsonArticlesTest::describe).toList();
        assertEquals(3, whole.size(), whole.toString());
        assertTrue(whole.get(2).contains("malformed JSON"), whole.get(2));
        long size = Files.size(f);
        for (long cut = 1; cut < size; cut += 3) {
            assertEquals(whole, ranges(f, cut), "cut at " + cut);
            if (cut > 1) {
                assertEquals(whole, ranges(f, cut / 2, cut), "cuts at " + cut / 2 + ", " + cut);
            }
        }
    }

    @Test
    void jsonLinesAndSingleObjectsAreReadWholeByTheFirstRange() throws Exception {
        Path lines = dir.resolve("l.json");
        Files.writeString(lines, "{\"id\":\"x\",\"text\":\"نص\"}\n{\"id\":\"y\",\"text\":\"نص آخر\"}\n");
        assertEquals(all(lines).stream().map(JsonArticlesTest::describe).toList(), ranges(lines, 5));
        Path one = dir.resolve("o.json");
        Files.writeString(one, "{\n  \"id\": \"solo\",\n  \"text\": \"نص وحيد\"\n}\n");
        assertEquals(all(one).stream().map(JsonArticlesTest::describe).toList(), ranges(one, 5));
        assertThrows(IllegalArgumentException.class,
                () -> JsonArticles.open("x.json", new java.io.ByteArrayInputStream(new byte[0]), 5, 5));
    }
}
