package org.marsad.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.ingest.PlainTextReader;

/**
 * The article's JSON is defined once ({@link JsonOutput#write(Document, com.fasterxml.jackson.core.JsonGenerator)}):
 * the bytes {@code marsad extract} writes and the tree the store and the evaluator read are the
 * same JSON, compact and pretty, with nulls, numbers and nested objects where the schema puts them.
 */
class JsonOutputTest {
    private static final Path EXAMPLES = Path.of("../examples");

    private static List<Document> processed() throws IOException {
        return List.of(Marsad.standard().process(PlainTextReader.read(EXAMPLES.resolve("hasakah-prison-2020.txt"))),
                Marsad.standard().process(PlainTextReader.read(EXAMPLES.resolve("baghdad-protest-2015.txt"))));
    }

    @Test
    void bytesAreTheTreeWrittenOut() throws IOException {
        for (Document d : processed()) {
            assertArrayEquals(JsonOutput.write(JsonOutput.toJson(d)).getBytes(StandardCharsets.UTF_8),
                    JsonOutput.toBytes(d, false), d.id());
            assertEquals(JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(JsonOutput.toJson(d)),
                    new String(JsonOutput.toBytes(d, true), StandardCharsets.UTF_8), d.id());
        }
    }

    @Test
    void bytesOfLongStringsWithEscapesAndOfTheArticleAfterThem() {
        // longer than the string buffer and the byte buffer a thread keeps; quotes, control
        // characters and Arabic, each needing its own encoding
        String piece = "قال \"المرصد\"\n\u0001\t\\ x/y ";
        Document huge = Document.of("huge", "نص", org.marsad.document.Metadata.EMPTY.withTitle(piece.repeat(40_000)));
        Document small = Document.of("small", "نص", org.marsad.document.Metadata.EMPTY.withTitle(piece));
        for (Document d : List.of(small, huge, small, huge)) {
            assertArrayEquals(JsonOutput.write(JsonOutput.toJson(d)).getBytes(StandardCharsets.UTF_8),
                    JsonOutput.toBytes(d, false), d.id());
        }
    }

    @Test
    void charactersOutsideTheBasicPlaneAndLoneSurrogatesComeOutEscaped() throws IOException {
        // Jackson's UTF-8 writer escapes UTF-16 surrogates (and so never fails on a lone one, which
        // scraped text can hold) where a String writer keeps the characters: the same JSON value
        String title = "رمز \uD83D\uDE00 وحده \uD83D.";
        Document d = Document.of("emoji", "نص", org.marsad.document.Metadata.EMPTY.withTitle(title));
        String json = new String(JsonOutput.toBytes(d, false), StandardCharsets.UTF_8);
        assertEquals(true, json.contains("\\uD83D\\uDE00"), json);
        assertEquals(title, JsonOutput.mapper().readTree(json).get("title").asText());
    }

    @Test
    void treeKeepsTypesAndNulls() throws IOException {
        Document d = processed().get(0);
        JsonNode o = JsonOutput.toJson(d);
        JsonNode ev = o.get("events").get(0);
        assertEquals(List.of("schema", "id", "title", "published", "url", "source", "related_links", "entities", "places",
                "dates", "actors", "events", "unlocated_events", "claims"), fields(o));
        assertEquals(true, ev.get("trigger").get("begin").isInt());
        assertEquals(true, ev.get("confidence").isDouble());
        assertEquals(true, ev.get("habitual").isBoolean());
        assertEquals(true, o.get("url").isNull());
        assertEquals(true, o.get("places").get(0).get("lat").isDouble());
        // the parsed bytes are the same tree
        assertEquals(o, JsonOutput.mapper().readTree(JsonOutput.toBytes(d, false)));
    }

    private static List<String> fields(JsonNode o) {
        List<String> names = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
