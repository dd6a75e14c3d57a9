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
import org.marsad.ingest.ArticleInput;
import org.marsad.ingest.ArticleSources;
import org.marsad.ingest.InputException;
import org.marsad.ingest.PlainTextReader;
import org.marsad.output.JsonOutput;
import org.marsad.pipeline.OrderedParallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad extract}: articles in, one JSON object per article out (JSONL), in input order.
 * Inputs are whatever {@link ArticleSources} reads, as for {@code marsad ingest}: {@code .txt}
 * files with an optional {@code NAME.meta.json}, HTML pages, RSS/Atom feeds, WARC files, JSON and
 * JSONL article dumps, lists of URLs, folders of them. An input that cannot be read is reported
 * on stderr with its origin and the problem; the others are still processed, and the exit code is 1.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities, places, dates, events and claims as JSON lines (schema: docs/OUTPUT.md).")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles: .txt (with an optional NAME.meta.json), "
            + ".html, .xml/.rss/.atom feeds, .warc[.gz], .json/.jsonl dumps, .urls lists, folders of them, http(s) URLs.")
    List<String> inputs;

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

    private record Result(String json, String error) {
    }

    @Override
    public Integer call() throws IOException {
        LocalDate pub = published == null ? null : PlainTextReader.parseDate("--published", published);
        AtomicInteger failed = new AtomicInteger();
        Marsad marsad = ner ? Marsad.withNameModel() : Marsad.standard();
        try (ArticleSources sources = ArticleSources.open(inputs);
             Writer w = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            PrintWriter pw = new PrintWriter(w);
            OrderedParallel.run(sources, in -> work(marsad, in, pub), r -> {
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

    private Result work(Marsad marsad, ArticleInput in, LocalDate pub) {
        try {
            Document d = in.read();
            if (pub != null && d.metadata().published().isEmpty()) {
                d = d.withMetadata(d.metadata().withPublished(pub));
            }
            Document done = marsad.process(d);
            var node = JsonOutput.toJson(done);
            String json = pretty ? JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node)
                    : JsonOutput.write(node);
            return new Result(json, null);
        } catch (InputException e) {
            return new Result(null, e.getMessage());
        } catch (RuntimeException | IOException e) {
            return new Result(null, in.origin() + ": extraction failed: " + e);
        }
    }
}
