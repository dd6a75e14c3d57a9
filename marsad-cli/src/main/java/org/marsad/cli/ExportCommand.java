package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.eval.Evaluation;
import org.marsad.ingest.ArticleFiles;
import org.marsad.ingest.InputException;
import org.marsad.ingest.PlainTextReader;
import org.marsad.output.AcledCsv;
import org.marsad.output.EventRow;
import org.marsad.output.GeoJson;
import org.marsad.output.JsonOutput;
import org.marsad.output.PloverJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad export}: events in the formats analysts load directly. Input is the JSONL of
 * {@code marsad extract} ({@code .jsonl} files) or articles ({@code .txt} files and folders), which
 * are then extracted first.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export events as ACLED-style CSV, PLOVER JSON, GeoJSON or JSON lines.")
final class ExportCommand implements Callable<Integer> {
    enum Format { ACLED_CSV, PLOVER_JSON, GEOJSON, JSONL }

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            converter = FormatConverter.class, description = "acled-csv, plover-json, geojson or jsonl.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for articles without one.")
    String published;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "extract output (.jsonl) or articles (.txt, folders).")
    List<Path> inputs;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String s) {
            return Format.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    @Override
    public Integer call() throws IOException {
        List<EventRow> rows = new ArrayList<>();
        int failed = 0;
        List<Path> articles = new ArrayList<>();
        for (Path p : inputs) {
            if (p.getFileName().toString().endsWith(".jsonl")) {
                try {
                    for (JsonNode a : Evaluation.readJsonl(p).values()) {
                        rows.addAll(EventRow.of(a));
                    }
                } catch (InputException e) {
                    System.err.println("marsad export: " + e.getMessage());
                    failed++;
                }
            } else {
                articles.add(p);
            }
        }
        if (!articles.isEmpty()) {
            ArticleFiles.Expansion ex = ArticleFiles.expand(articles);
            for (InputException e : ex.problems()) {
                System.err.println("marsad export: " + e.getMessage());
                failed++;
            }
            Marsad m = Marsad.standard();
            for (Path f : ex.files()) {
                try {
                    var d = PlainTextReader.read(f);
                    if (published != null && d.metadata().published().isEmpty()) {
                        d = d.withMetadata(d.metadata().withPublished(PlainTextReader.parseDate("--published", published)));
                    }
                    rows.addAll(EventRow.of(JsonOutput.toJson(m.process(d))));
                } catch (InputException e) {
                    System.err.println("marsad export: " + e.getMessage());
                    failed++;
                }
            }
        }
        try (Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int skipped = 0;
            switch (format) {
                case ACLED_CSV -> skipped = AcledCsv.write(rows, w);
                case PLOVER_JSON -> {
                    PloverJson.Result r = PloverJson.of(rows);
                    skipped = r.skipped();
                    w.write(JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r.records()));
                    w.write('\n');
                }
                case GEOJSON -> {
                    w.write(JsonOutput.write(GeoJson.of(rows)));
                    w.write('\n');
                }
                case JSONL -> {
                    for (EventRow r : rows) {
                        ObjectNode o = r.event().deepCopy();
                        o.put("article_id", r.articleId());
                        o.put("article_url", r.articleUrl());
                        o.put("article_source", r.articleSource());
                        o.put("article_published", r.published());
                        w.write(JsonOutput.write(o));
                        w.write('\n');
                    }
                }
                default -> throw new IllegalStateException();
            }
            w.flush();
            if (skipped > 0) {
                System.err.println("marsad export: " + skipped + " event(s) left out: their type has no "
                        + (format == Format.ACLED_CSV ? "ACLED" : "PLOVER") + " code in the codebook");
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
