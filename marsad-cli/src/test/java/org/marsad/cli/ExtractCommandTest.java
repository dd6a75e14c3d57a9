package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad extract} reads every kind of input {@code ingest} reads, keeps input order, names bad inputs. */
class ExtractCommandTest {
    private static final String BOMBING = "قتل خمسة مدنيين في تفجير سيارة مفخخة وسط مدينة الموصل أمس الاثنين.";

    @TempDir
    Path dir;

    private List<JsonNode> lines(Path out) throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            nodes.add(m.readTree(l));
        }
        return nodes;
    }

    @Test
    void aJsonArrayOfArticlesIsReadAsArticlesNotAsOneText() throws Exception {
        Path in = dir.resolve("dump.json");
        Files.writeString(in, "[{\"id\": \"a1\", \"title\": \"تفجير في الموصل\", \"content\": \"" + BOMBING
                + "\", \"date_extracted\": \"2015-07-21 02:51:48\"},"
                + " {\"id\": \"a2\", \"title\": \"خبر آخر\", \"content\": \"عقد المجلس جلسته الأسبوعية.\"}]");
        Path out = dir.resolve("out.jsonl");
        Object[] r = IngestCommandTest.run("extract", "-t", "2", "-o", out.toString(), in.toString());
        assertEquals(0, r[0], (String) r[1]);
        List<JsonNode> docs = lines(out);
        assertEquals(List.of("a1", "a2"), docs.stream().map(d -> d.get("id").asText()).toList());
        assertEquals("2015-07-21", docs.get(0).get("published").asText());
        JsonNode ev = docs.get(0).get("events");
        assertTrue(ev.size() >= 1 && ev.get(0).get("date").get("start").asText().equals("2015-07-20"), ev.toString());
    }

    @Test
    void textFilesKeepInputOrderAndABadInputIsNamedWithoutStoppingTheOthers() throws Exception {
        for (String n : List.of("c", "a", "b")) {
            Files.writeString(dir.resolve(n + ".txt"), "عنوان " + n + "\n\n" + BOMBING + "\n");
        }
        Files.writeString(dir.resolve("a.meta.json"), "{\"published\": \"2016-03-01\"}");
        Path out = dir.resolve("out.jsonl");
        Path missing = dir.resolve("missing.txt");
        Object[] r = IngestCommandTest.run("extract", "-t", "2", "--published", "2015-01-05", "-o", out.toString(),
                missing.toString(), dir.toString());
        assertEquals(1, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("missing.txt: no such file or folder"), (String) r[1]);
        List<JsonNode> docs = lines(out);
        assertEquals(List.of("a", "b", "c"), docs.stream().map(d -> d.get("id").asText()).toList());
        assertEquals("2016-03-01", docs.get(0).get("published").asText(), "the sidecar wins over --published");
        assertEquals("2015-01-05", docs.get(1).get("published").asText());
    }
}
