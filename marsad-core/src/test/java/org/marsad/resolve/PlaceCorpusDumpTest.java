package org.marsad.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.document.PlaceMention;
import org.marsad.testing.SharedData;

class PlaceCorpusDumpTest {
    @Test
    void dump() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("places.corpusdump"));
        JsonNode arr = new ObjectMapper().readTree(SharedData.resolve(
                "data/news_saudinewsnet_syria_iraq/saudinewsnet_aawsat_spa_syria_iraq_subset.json").toFile());
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode a : arr) {
            Document d = DevGoldPlaces.pipeline().apply(Document.of("x", a.get("title").asText() + "\n"
                    + a.get("content").asText(), Metadata.EMPTY));
            for (PlaceMention p : d.get(Layers.PLACES)) {
                String w = p.why();
                int over = w.indexOf("; over ");
                counts.merge(p.text() + "\t" + p.place().name() + "\t" + p.place().country() + "\t"
                        + (over >= 0 ? w.substring(over + 7, Math.min(w.length(), over + 60)) : ""), 1, Integer::sum);
            }
        }
        counts.forEach((k, v) -> System.out.println("DUMP\t" + v + "\t" + k));
    }
}
