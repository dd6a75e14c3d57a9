package org.marsad.recognize.number;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.ingest.LayoutStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.recognize.time.TimeStage;
import org.marsad.testing.SharedData;
import org.marsad.text.TextStage;

/**
 * Cost of the time, quantity and casualty stages together on the 294-article SaudiNewsNet subset
 * (about 580 words an article), in thread CPU time (the machine is shared). Prints the figure;
 * fails only far above the 0.5 ms target. Run with
 * {@code ./mvnw -q -B -o -pl marsad-core test -Dtest=StagesPerformanceTest}.
 */
class StagesPerformanceTest {
    @Test
    void timeAndNumberStagesAreCheap() throws IOException {
        Path corpus = SharedData.resolve("data/news_saudinewsnet_syria_iraq/saudinewsnet_aawsat_spa_syria_iraq_subset.json");
        long t0 = System.nanoTime();
        TimeStage time = TimeStage.standard();
        QuantityStage quantities = QuantityStage.standard();
        CasualtyStage casualties = CasualtyStage.standard();
        long load = System.nanoTime() - t0;
        Pipeline text = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage()).build();
        List<Document> docs = new ArrayList<>();
        long words = 0;
        for (JsonNode a : new ObjectMapper().readTree(corpus.toFile())) {
            String body = a.get("title").asText() + "\n\n" + a.get("content").asText();
            LocalDate pub = LocalDate.parse(a.get("date_extracted").asText().substring(0, 10));
            Document d = text.apply(Document.of("a" + docs.size(), body, Metadata.EMPTY.withPublished(pub)));
            words += d.get(Layers.TOKENS).stream().filter(t -> t.isWord()).count();
            docs.add(d);
        }
        long best = Long.MAX_VALUE;
        int times = 0;
        int found = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 20; round++) {
            long s = cpu.getCurrentThreadCpuTime();
            int n = 0;
            for (Document d : docs) {
                Document r = casualties.apply(quantities.apply(time.apply(d)));
                n += r.get(Layers.TIMES).size() + r.get(Layers.CASUALTIES).size();
            }
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - s);
            found = n;
            times++;
        }
        double perArticle = best / 1e6 / docs.size();
        String report = String.format("%d articles, %.0f words/article; time+quantity+casualty stages: %.3f ms/article "
                + "(thread CPU time, best of %d rounds, one thread); %d expressions and casualties; lexicons loaded in %.0f ms",
                docs.size(), (double) words / docs.size(), perArticle, times, found, load / 1e6);
        System.out.println(report);
        Files.writeString(Path.of("target", "time-performance.txt"), report + "\n");
        assertTrue(perArticle < 5.0, report);
    }
}
