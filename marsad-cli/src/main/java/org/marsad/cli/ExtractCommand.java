package org.marsad.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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

    /** One article's outcome: its JSON as UTF-8 bytes, or the problem that stopped it. */
    private record Result(byte[] json, String error) {
    }

    @Override
    public Integer call() throws IOException {
        LocalDate pub = published == null ? null : PlainTextReader.parseDate("--published", published);
        AtomicInteger failed = new AtomicInteger();
        Marsad marsad = ner ? Marsad.withNameModel() : Marsad.standard();
        // the workers encode each line as UTF-8; this thread only copies bytes out, in input order
        try (ArticleSources sources = ArticleSources.open(inputs);
             OutputStream w = new BufferedOutputStream(out == null ? System.out : Files.newOutputStream(out), 1 << 16)) {
            OrderedParallel.run(sources, in -> work(marsad, in, pub), r -> {
                if (r.error != null) {
                    System.err.println("marsad extract: " + r.error);
                    failed.incrementAndGet();
                } else {
                    try {
                        w.write(r.json);
                        w.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException("error writing output", e);
                    }
                }
            }, Math.max(1, threads));
            w.flush();
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
            return new Result(JsonOutput.toBytes(done, pretty), null);
        } catch (InputException e) {
            return new Result(null, e.getMessage());
        } catch (RuntimeException e) {
            return new Result(null, in.origin() + ": extraction failed: " + e);
        }
    }
}
