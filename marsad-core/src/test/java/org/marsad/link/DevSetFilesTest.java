package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.marsad.ingest.PlainTextReader;
import org.junit.jupiter.api.Test;

/** The dev set is consistent: sidecars, gold reports whose evidence lies at its offsets, gold links naming them. */
class DevSetFilesTest {
    @Test
    void everyTextHasMetadataAndGoldReportsWithTrueOffsets() throws Exception {
        GoldLinks gold = DevSet.gold();
        Set<String> reports = new HashSet<>();
        assertTrue(DevSet.texts().size() >= 25 && DevSet.texts().size() <= 40, "25-40 articles");
        for (Path t : DevSet.texts()) {
            String id = t.getFileName().toString().replace(".txt", "");
            assertTrue(Files.exists(t.resolveSibling(id + ".meta.json")), id);
            var doc = PlainTextReader.read(t);
            assertTrue(doc.metadata().published().isPresent() && doc.metadata().source().isPresent(), id);
            JsonNode a = DevSet.eventsJson(t);
            assertEquals(id, a.get("id").asText());
            assertEquals(doc.metadata().published().get().toString(), a.get("published").asText(), id);
            for (JsonNode e : a.get("events")) {
                int b = e.get("begin").asInt();
                int end = e.get("end").asInt();
                assertEquals(e.get("evidence").asText(), doc.text().substring(b, end), id + "#" + e.get("id").asText());
                reports.add(id + "#" + e.get("id").asText());
            }
        }
        assertEquals(reports, gold.clusterOf().keySet(), "every report has a gold cluster and nothing else does");
    }
}
