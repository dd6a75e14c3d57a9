package org.marsad.recognize;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Metadata;
import org.marsad.ingest.LayoutStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.testing.SharedData;
import org.marsad.text.TextStage;

/**
 * LOCATION mentions against ANERcorp's LOC tags on its reconstructed test split (unseen news, 2007):
 * a mention counts as correct when it overlaps a LOC span, a LOC span as found when a mention
 * overlaps it. Pinned a little under the figures reached (precision 0.842, recall 0.922).
 */
class AnercorpLocationsTest {
    @Test
    void locationsAgainstAnercorp() throws Exception {
        Path f = SharedData.resolve("data/anercorp/ANERcorp_CamelSplit_RECONSTRUCTED_test.txt");
        Pipeline p = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage())
                .add(new EntityStage(List.of(PlaceNameFinder.standard()))).build();
        int tp = 0;
        int fp = 0;
        int found = 0;
        int gold = 0;
        List<String> errors = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (text.length() > 0) {
                    int[] r = score(p, text.toString(), spans, errors);
                    tp += r[0];
                    fp += r[1];
                    found += r[2];
                    gold += spans.size();
                }
                text.setLength(0);
                spans.clear();
                continue;
            }
            int sp = line.lastIndexOf(' ');
            String tok = line.substring(0, sp);
            String tag = line.substring(sp + 1);
            if (text.length() > 0) {
                text.append(' ');
            }
            int b = text.length();
            text.append(tok);
            if (tag.equals("B-LOC")) {
                spans.add(new int[] {b, text.length()});
            } else if (tag.equals("I-LOC") && !spans.isEmpty()) {
                spans.get(spans.size() - 1)[1] = text.length();
            }
        }
        if (Boolean.getBoolean("places.dump")) {
            errors.forEach(System.out::println);
        }
        System.out.printf(Locale.ROOT, "ANERcorp test LOC: precision %d/%d = %.3f, recall %d/%d = %.3f%n", tp, tp + fp,
                (double) tp / (tp + fp), found, gold, (double) found / gold);
        org.junit.jupiter.api.Assertions.assertTrue((double) tp / (tp + fp) >= 0.82, "precision");
        org.junit.jupiter.api.Assertions.assertTrue((double) found / gold >= 0.90, "recall");
    }

    private static int[] score(Pipeline p, String text, List<int[]> spans, List<String> errors) {
        Document d = p.apply(Document.of("a", text, Metadata.EMPTY));
        int tp = 0;
        int fp = 0;
        boolean[] hit = new boolean[spans.size()];
        for (Mention m : d.get(Layers.MENTIONS)) {
            if (m.type() != EntityType.LOCATION) {
                continue;
            }
            boolean ok = false;
            for (int i = 0; i < spans.size(); i++) {
                if (m.begin() < spans.get(i)[1] && spans.get(i)[0] < m.end()) {
                    ok = true;
                    hit[i] = true;
                }
            }
            if (ok) {
                tp++;
            } else {
                fp++;
                errors.add("FP «" + m.text() + "» " + m.canonical().orElse("-"));
            }
        }
        int found = 0;
        for (int i = 0; i < spans.size(); i++) {
            if (hit[i]) {
                found++;
            } else {
                errors.add("FN «" + text.substring(spans.get(i)[0], spans.get(i)[1]) + "»");
            }
        }
        return new int[] {tp, fp, found};
    }
}
