package org.marsad.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.document.Mention;
import org.marsad.ingest.LayoutStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.recognize.EntityStage;
import org.marsad.recognize.PlaceNameFinder;
import org.marsad.testing.SharedData;
import org.marsad.text.TextStage;

/**
 * Time per article of the place stages (PlaceNameFinder inside EntityStage, and Geocoder) on the
 * 294-article SaudiNewsNet subset; text and layout stages run before and are not counted.
 */
class PlaceThroughputTest {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @Test
    void placeStagesTakeWellUnderATenthOfAMillisecondPerArticle() throws Exception {
        Path corpus = SharedData.resolve(
                "data/news_saudinewsnet_syria_iraq/saudinewsnet_aawsat_spa_syria_iraq_subset.json");
        JsonNode arr = new ObjectMapper().readTree(corpus.toFile());
        Pipeline prep = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage()).build();
        List<Document> docs = new ArrayList<>();
        int i = 0;
        for (JsonNode a : arr) {
            String text = a.get("title").asText() + "\n" + a.get("content").asText();
            docs.add(prep.apply(Document.of("snn-" + i++, text, Metadata.EMPTY)));
        }
        EntityStage entities = new EntityStage(List.of(PlaceNameFinder.standard()));
        Geocoder geocoder = Geocoder.standard();
        for (int w = 0; w < 5; w++) { // warm up the JIT
            for (Document d : docs) {
                geocoder.apply(entities.apply(d));
            }
        }
        int rounds = Integer.getInteger("places.rounds", 10);
        long t0 = CPU.getCurrentThreadCpuTime();
        int places = 0;
        for (int r = 0; r < rounds; r++) {
            for (Document d : docs) {
                places += geocoder.apply(entities.apply(d)).get(Layers.PLACES).size();
            }
        }
        double msPerArticle = (CPU.getCurrentThreadCpuTime() - t0) / 1e6 / (rounds * docs.size());
        System.out.printf(Locale.ROOT, "place stages: %.4f ms/article over %d articles (%d place mentions each pass)%n",
                msPerArticle, docs.size(), places / rounds);
        Map<String, Integer> counts = new HashMap<>();
        for (Document d : docs) {
            for (Mention m : entities.apply(d).get(Layers.MENTIONS)) {
                counts.merge(m.type() + " " + m.text() + " → " + m.canonical().orElse("-"), 1, Integer::sum);
            }
        }
        if (Boolean.getBoolean("places.dump")) {
            counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
        }
        assertTrue(msPerArticle < 1.0, "place stages take " + msPerArticle + " ms/article");
    }
}
