package org.marsad.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.ingest.LayoutStage;
import org.marsad.knowledge.Gazetteer;
import org.marsad.pipeline.Pipeline;
import org.marsad.recognize.EntityStage;
import org.marsad.recognize.PlaceNameFinder;
import org.marsad.recognize.place.PlaceScanner;
import org.marsad.resolve.geo.PlaceResolver;
import org.marsad.testing.SharedData;
import org.marsad.text.TextStage;

/** Per-part CPU time of the place stages (best round of many); a measurement run with -Dplaces.profile=true. */
class PlaceProfileTest {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static double best(List<Document> docs, int rounds, Consumer<Document> work) {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            for (Document d : docs) {
                work.accept(d);
            }
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - t0);
        }
        return best / 1e6 / docs.size();
    }

    @Test
    void profile() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("places.profile"));
        Path corpus = SharedData.resolve("data/news_saudinewsnet_syria_iraq/saudinewsnet_aawsat_spa_syria_iraq_subset.json");
        JsonNode arr = new ObjectMapper().readTree(corpus.toFile());
        Pipeline prep = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage()).build();
        List<Document> raw = new ArrayList<>();
        for (JsonNode a : arr) {
            raw.add(Document.of("x", a.get("title").asText() + "\n" + a.get("content").asText(), Metadata.EMPTY));
        }
        List<Document> docs = new ArrayList<>();
        raw.forEach(d -> docs.add(prep.apply(d)));
        int rounds = Integer.getInteger("places.rounds", 20);
        PlaceScanner sc = PlaceScanner.standard();
        PlaceResolver rs = new PlaceResolver(Gazetteer.standard());
        EntityStage es = new EntityStage(List.of(PlaceNameFinder.standard()));
        Geocoder geo = Geocoder.standard();
        System.out.printf("layout+text %.4f ms/article%n", best(raw, rounds, prep::apply));
        System.out.printf("name matcher %.4f ms/article%n",
                best(docs, rounds, d -> Gazetteer.standard().names().findAll(d.get(Layers.TOKENS))));
        System.out.printf("scan %.4f ms/article%n",
                best(docs, rounds, d -> sc.scan(d.text(), d.get(Layers.TOKENS), d.get(Layers.SENTENCES))));
        System.out.printf("scan+resolve %.4f ms/article%n", best(docs, rounds,
                d -> rs.resolve(sc.scan(d.text(), d.get(Layers.TOKENS), d.get(Layers.SENTENCES)), d.get(Layers.TOKENS))));
        double pair = best(docs, rounds, d -> geo.apply(es.apply(d)));
        System.out.printf("EntityStage(PlaceNameFinder)+Geocoder %.4f ms/article%n", pair);
        org.junit.jupiter.api.Assertions.assertTrue(pair < 0.5, "place stages take " + pair + " ms/article");
    }
}
