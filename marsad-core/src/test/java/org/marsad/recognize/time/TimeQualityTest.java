package org.marsad.recognize.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.document.NormalizedText;
import org.marsad.document.TimeExpression;
import org.marsad.ingest.LayoutStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.testing.SharedData;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TextStage;
import org.junit.jupiter.api.Test;

/**
 * Date quality on the dev gold ({@code ../shared/gold/dev}): the share of gold date expressions
 * that the system resolves exactly. A gold expression counts as resolved when a system expression
 * overlaps one of its occurrences in the text and has the same interval (FORMAT.md, "Dates").
 * Prints a per-expression report; run with
 * {@code ./mvnw -q -B -o -pl marsad-core test -Dtest=TimeQualityTest}.
 */
class TimeQualityTest {
    static final double REQUIRED = 0.90;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Outcome(int gold, int resolved, int precisionAgrees, List<String> lines) {
    }

    @Test
    void devGoldDatesResolveExactly() throws IOException {
        Path shared = SharedData.dir();
        Path goldDir = SharedData.resolve("gold/dev");
        Pipeline p = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage()).add(TimeStage.standard()).build();
        int gold = 0;
        int resolved = 0;
        int precision = 0;
        List<String> report = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(goldDir, "*.gold.json")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path f : sorted) {
                JsonNode g = JSON.readTree(f.toFile());
                Path text = shared.resolve(g.get("text_file").asText());
                Metadata meta = Metadata.EMPTY;
                if (g.hasNonNull("published")) {
                    meta = meta.withPublished(LocalDate.parse(g.get("published").asText()));
                }
                Document doc = p.apply(Document.of(g.get("id").asText(), Files.readString(text), meta));
                Outcome o = score(doc, g.get("dates"));
                gold += o.gold();
                resolved += o.resolved();
                precision += o.precisionAgrees();
                report.add("== " + doc.id() + " (published " + g.path("published").asText("null") + ")");
                report.addAll(o.lines());
            }
        }
        double share = gold == 0 ? 0 : (double) resolved / gold;
        report.add(String.format("resolved %d of %d gold date expressions = %.3f; precision label agrees on %d",
                resolved, gold, share, precision));
        String out = String.join("\n", report);
        System.out.println(out);
        Files.writeString(Path.of("target", "time-quality.txt"), out + "\n");
        assertTrue(share >= REQUIRED, "dev gold date resolution " + share + " < " + REQUIRED);
    }

    static Outcome score(Document doc, JsonNode dates) {
        NormalizedText norm = doc.get(Layers.NORMALIZED);
        List<TimeExpression> times = doc.get(Layers.TIMES);
        int resolved = 0;
        int precisionAgrees = 0;
        List<String> lines = new ArrayList<>();
        for (JsonNode d : dates) {
            String text = d.get("text").asText();
            LocalDate start = LocalDate.parse(d.get("start").asText());
            LocalDate end = LocalDate.parse(d.get("end").asText());
            String prec = d.hasNonNull("precision") ? d.get("precision").asText() : null;
            String needle = ArabicNormalizer.fold(text);
            boolean ok = false;
            boolean precOk = false;
            List<String> seen = new ArrayList<>();
            for (int at = norm.text().indexOf(needle); at >= 0; at = norm.text().indexOf(needle, at + 1)) {
                int b = norm.originalBegin(at);
                int e = norm.originalEnd(at + needle.length());
                for (TimeExpression t : times) {
                    if (t.begin() < e && b < t.end()) {
                        String r = t.range().map(x -> x.start() + ".." + x.end() + " " + x.precision().label())
                                .orElse("unresolved");
                        seen.add("«" + t.text() + "» " + r);
                        if (t.range().isPresent() && t.range().get().start().equals(start) && t.range().get().end().equals(end)) {
                            ok = true;
                            precOk |= java.util.Objects.equals(t.range().get().precision().label(), prec);
                        }
                    }
                }
            }
            if (ok) {
                resolved++;
            }
            if (precOk) {
                precisionAgrees++;
            }
            lines.add((ok ? "  ok   " : "  MISS ") + "«" + text + "» gold " + start + ".." + end + " " + prec
                    + (ok ? "" : "  system: " + (seen.isEmpty() ? "nothing" : String.join("; ", seen))));
        }
        return new Outcome(dates.size(), resolved, precisionAgrees, lines);
    }
}
