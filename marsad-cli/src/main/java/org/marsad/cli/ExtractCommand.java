package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.ingest.ArticleFiles;
import org.marsad.ingest.InputException;
import org.marsad.ingest.PlainTextReader;
import org.marsad.output.JsonOutput;
import org.marsad.pipeline.OrderedParallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad extract}: plain-text articles in (files or folders of {@code .txt}, each with an
 * optional {@code NAME.meta.json}), one JSON object per article out (JSONL), in input order.
 * A file that cannot be read is reported on stderr with its name and the problem; the others are
 * still processed, and the exit code is 1.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities, places, dates, events and claims as JSON lines (schema: docs/OUTPUT.md).")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt) or folders of them.")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles whose sidecar gives none (anchors «اليوم», «أمس»...).")
    String published;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads (default: all cores). Output order is input order whatever N is.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--pretty", description = "Indent each object (not JSONL any more; for reading).")
    boolean pretty;

    @Option(names = "--ner", description = "Add the trained name finder after the dictionaries (names they do not know).")
    boolean ner;

    private record Result(Path file, String json, String error) {
    }

    @Override
    public Integer call() throws IOException {
        LocalDate pub = published == null ? null : PlainTextReader.parseDate("--published", published);
        ArticleFiles.Expansion ex = ArticleFiles.expand(paths);
        AtomicInteger failed = new AtomicInteger();
        for (InputException p : ex.problems()) {
            System.err.println("marsad extract: " + p.getMessage());
            failed.incrementAndGet();
        }
        Marsad marsad = ner ? Marsad.withNameModel() : Marsad.standard();
        try (Writer w = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            PrintWriter pw = new PrintWriter(w);
            OrderedParallel.run(ex.files().iterator(), f -> work(marsad, f, pub), r -> {
                if (r.error != null) {
                    System.err.println("marsad extract: " + r.error);
                    failed.incrementAndGet();
                } else {
                    pw.println(r.json);
                }
            }, Math.max(1, threads));
            pw.flush();
            if (pw.checkError()) {
                throw new UncheckedIOException(new IOException("error writing output"));
            }
        }
        return failed.get() == 0 ? 0 : 1;
    }

    private Result work(Marsad marsad, Path file, LocalDate pub) {
        try {
            Document d = PlainTextReader.read(file);
            if (pub != null && d.metadata().published().isEmpty()) {
                d = d.withMetadata(d.metadata().withPublished(pub));
            }
            Document done = marsad.process(d);
            var node = JsonOutput.toJson(done);
            String json = pretty ? JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node)
                    : JsonOutput.write(node);
            return new Result(file, json, null);
        } catch (InputException e) {
            return new Result(file, null, e.getMessage());
        } catch (RuntimeException | IOException e) {
            return new Result(file, null, file + ": extraction failed: " + e);
        }
    }
}
