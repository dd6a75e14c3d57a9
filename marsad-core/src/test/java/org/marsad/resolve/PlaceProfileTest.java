package org.marsad.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.ingest.LayoutStage;
import org.marsad.knowledge.Gazetteer;
import org.marsad.pipeline.Pipeline;
import org.marsad.recognize.place.PlaceCandidate;
import org.marsad.recognize.place.PlaceScanner;
import org.marsad.resolve.geo.PlaceResolver;
import org.marsad.testing.SharedData;
import org.marsad.text.TextStage;

class PlaceProfileTest {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @Test
    void profile() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("places.profile"));
        Path corpus = SharedData.resolve("data/news_saudinewsnet_syria_iraq/saudinewsnet_aawsat_spa_syria_iraq_subset.json");
        JsonNode arr = new ObjectMapper().readTree(corpus.toFile());
        Pipeline prep = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage()).build();
        List<Document> docs = new ArrayList<>();
        for (JsonNode a : arr) {
            docs.add(prep.apply(Document.of("x", a.get("title").asText() + "\n" + a.get("content").asText(), Metadata.EMPTY)));
        }
        PlaceScanner sc = PlaceScanner.standard();
        PlaceResolver rs = new PlaceResolver(Gazetteer.standard());
        for (int w = 0; w < 3; w++) {
            for (Document d : docs) {
                rs.resolve(sc.scan(d.text(), d.get(Layers.TOKENS), d.get(Layers.SENTENCES)), d.get(Layers.TOKENS));
            }
        }
        long scan = 0, res = 0, match = 0;
        for (int r = 0; r < Integer.getInteger("places.rounds", 5); r++) {
            for (Document d : docs) {
                long t0 = CPU.getCurrentThreadCpuTime();
                Gazetteer.standard().names().findAll(d.get(Layers.TOKENS));
                long t1 = CPU.getCurrentThreadCpuTime();
                List<PlaceCandidate> c = sc.scan(d.text(), d.get(Layers.TOKENS), d.get(Layers.SENTENCES));
                long t2 = CPU.getCurrentThreadCpuTime();
                rs.resolve(c, d.get(Layers.TOKENS));
                long t3 = CPU.getCurrentThreadCpuTime();
                match += t1 - t0; scan += t2 - t1; res += t3 - t2;
            }
        }
        long marks = 0;
        for (int r = 0; r < Integer.getInteger("places.rounds", 5); r++) {
            for (Document d : docs) {
                long t0 = CPU.getCurrentThreadCpuTime();
                org.marsad.recognize.place.PlaceCues.standard().marks(d.get(Layers.TOKENS));
                marks += CPU.getCurrentThreadCpuTime() - t0;
            }
        }
        int n = Integer.getInteger("places.rounds", 5) * docs.size();
        System.out.printf("marks %.4f%n", marks / 1e6 / (Integer.getInteger("places.rounds", 5) * docs.size()));
        System.out.printf("findAll %.4f scan %.4f resolve %.4f ms/article%n", match / 1e6 / n, scan / 1e6 / n, res / 1e6 / n);
    }
}
