package org.marsad.recognize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Metadata;
import org.marsad.ingest.LayoutStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.testing.SharedData;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TextStage;

/**
 * ORGANIZATION and PERSON entity precision, recall and F1 of {@link ActorNameFinder} alone on the dev
 * gold (entities compared per file as sets of type + normalized surface text, as gold/FORMAT.md
 * defines). The figures are printed and pinned so that they cannot silently drop.
 */
class ActorEntityQualityTest {
    static final double MIN_PRECISION = 0.93;
    static final double MIN_RECALL = 0.97;
    static final double MIN_F1 = 0.95;

    @Test
    void devGoldOrganizationAndPersonEntities() throws IOException {
        Path shared = SharedData.dir();
        Path goldDir = SharedData.resolve("gold/dev");
        Pipeline p = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage())
                .add(new EntityStage(List.of(ActorNameFinder.standard()))).build();
        ObjectMapper json = new ObjectMapper();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList();
        }
        StringBuilder report = new StringBuilder();
        for (Path g : golds) {
            JsonNode gold = json.readTree(g.toFile());
            Path textFile = shared.resolve(gold.get("text_file").asText());
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            Metadata meta = Metadata.EMPTY;
            if (gold.hasNonNull("published")) {
                meta = meta.withPublished(LocalDate.parse(gold.get("published").asText()));
            }
            Document d = p.apply(Document.of(gold.get("id").asText(), text, meta));
            Set<String> want = new TreeSet<>();
            for (JsonNode e : gold.get("entities")) {
                String type = e.get("type").asText();
                if (type.equals("PERSON") || type.equals("ORGANIZATION")) {
                    want.add(type + "|" + norm(e.get("text").asText()));
                }
            }
            Set<String> got = new TreeSet<>();
            for (Mention m : d.get(Layers.MENTIONS)) {
                if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) {
                    got.add(m.type() + "|" + norm(m.text()));
                }
            }
            for (String w : want) {
                if (got.contains(w)) {
                    tp++;
                } else {
                    fn++;
                    report.append(g.getFileName()).append(" missed ").append(w).append('\n');
                }
            }
            for (String x : got) {
                if (!want.contains(x)) {
                    fp++;
                    report.append(g.getFileName()).append(" spurious ").append(x).append('\n');
                }
            }
        }
        double precision = tp / (double) Math.max(1, tp + fp);
        double recall = tp / (double) Math.max(1, tp + fn);
        double f1 = 2 * precision * recall / Math.max(1e-9, precision + recall);
        System.out.print(report);
        System.out.printf(Locale.ROOT, "actor entities (ORG+PER) on %d dev files: P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n",
                golds.size(), precision, recall, f1, tp, fp, fn);
        assertTrue(precision >= MIN_PRECISION, "precision " + precision);
        assertTrue(recall >= MIN_RECALL, "recall " + recall);
        assertTrue(f1 >= MIN_F1, "F1 " + f1);
    }

    static String norm(String s) {
        return ArabicNormalizer.fold(s).replace("\"", "").replace("'", "").strip().replaceAll("\\s+", " ");
    }
}
