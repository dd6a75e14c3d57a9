package org.marsad.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.eval.Evaluation;
import org.marsad.ingest.PlainTextReader;
import org.marsad.output.JsonOutput;
import org.marsad.testing.SharedData;

/**
 * Golden files: an article in, the reviewed JSON out ({@code src/test/resources/golden/}). A
 * deliberate change of output is accepted by regenerating the files with
 * {@code ./mvnw -pl marsad-core test -Dtest=GoldenTest -Dmarsad.golden.update=true} and
 * reviewing the diff before committing it. The seed's golden file leaves out the article's own
 * sentences (evidence and quoted content), which belong to its publisher.
 */
class GoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final Path EXAMPLES = Path.of("../examples");

    @Test
    void projectExamples() throws IOException {
        for (String name : List.of("hasakah-prison-2020", "baghdad-protest-2015")) {
            Document d = PlainTextReader.read(EXAMPLES.resolve(name + ".txt"));
            check(name, JsonOutput.toJson(Marsad.standard().process(d)));
        }
    }

    @Test
    void seedArticle() throws IOException {
        Path gf = SharedData.resolve("gold/dev/000_ef1a7bf83d9ce633.gold.json");
        Document d = Evaluation.article(gf, Evaluation.readJson(gf));
        ObjectNode out = JsonOutput.toJson(Marsad.standard().process(d));
        check("seed-000_ef1a7bf83d9ce633", withoutArticleText(out));
    }

    private static void check(String name, JsonNode actual) throws IOException {
        Path f = GOLDEN.resolve(name + ".expected.json");
        String text = JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n";
        if (Boolean.getBoolean("marsad.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(f, text);
            return;
        }
        assertTrue(Files.exists(f), "no golden file " + f + ": run with -Dmarsad.golden.update=true and review it");
        JsonNode expected = JsonOutput.mapper().readTree(f.toFile());
        assertEquals(JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(expected),
                text.strip(), "output of " + name + " differs from " + f);
    }

    /** Drops sentence-length text: evidence, claim contents; keeps names, codes, offsets. */
    static JsonNode withoutArticleText(ObjectNode o) {
        strip(o);
        return o;
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("evidence");
            JsonNode c = o.get("content");
            if (c instanceof ObjectNode co) {
                co.remove("text");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                strip(it.next().getValue());
            }
        } else if (n instanceof ArrayNode a) {
            a.forEach(GoldenTest::strip);
        }
    }
}
