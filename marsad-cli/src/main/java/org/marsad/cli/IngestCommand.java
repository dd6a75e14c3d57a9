package org.marsad.cli;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.ingest.ArticleInput;
import org.marsad.ingest.ArticleSources;
import org.marsad.store.Ingestor;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad ingest PATH|URL ...}: reads articles (plain text with sidecars, HTML pages, RSS/Atom
 * feeds, WARC files, JSON/JSONL, URL lists, folders of them), runs the pipeline and stores the
 * results, links them (event clusters across outlets, near-duplicate copies, story threads; see
 * {@code docs/LINKING.md}), then brings the search index up to date. Idempotent: content already
 * stored is skipped as a duplicate, so a run that was interrupted can simply be run again.
 * Exit code 0 when every input was read, 1 when some failed, 2 when the store cannot be opened.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read articles into the store: .txt (+ .meta.json), .html, .xml/.rss/.atom feeds, .warc[.gz], "
                + ".jsonl/.json, .urls lists, http(s) URLs, or folders of them.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Inputs.")
    List<String> inputs;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", description = "Articles per transaction (default 50).")
    int batch = 50;

    @Option(names = "--no-index", description = "Do not update the search index (run `marsad reindex` later).")
    boolean noIndex;

    @Option(names = "--progress", description = "Show the progress bar even when stderr is not a terminal.")
    boolean progress;

    @Option(names = "--no-link", description = "Do not link the articles (event clusters, near-duplicates, story "
            + "threads) as they are stored; `marsad link --db` links them later.")
    boolean noLink;

    @Override
    public Integer call() {
        boolean bar = progress || System.console() != null;
        long expected = -1;
        if (bar) {
            expected = count();
        }
        try (Store s = store.openStore()) {
            Optional<SearchIndex> index = Optional.empty();
            if (!noIndex) {
                try {
                    index = Optional.of(store.openIndex());
                } catch (StoreException e) {
                    System.err.println("marsad ingest: " + e.getMessage() + "; not indexing now");
                }
            }
            try (ArticleSources sources = ArticleSources.open(inputs)) {
                Ingestor.Report r = new Ingestor(s, Marsad.standard(), index, Math.max(1, threads), Math.max(1, batch),
                        !noLink).run(sources, expected, new ProgressBar(System.err, bar));
                summary(r, s.location(), index);
                if (!noLink) {
                    System.err.printf(Locale.ROOT, "marsad ingest: CPU time: extraction %.2f s, linking %.2f s (%.1f%%)%n",
                            r.extractionCpu(), r.linkingCpu(), r.extractionCpu() > 0
                                    ? 100 * r.linkingCpu() / r.extractionCpu() : 0.0);
                    LinkCommand.storeSummary("marsad ingest", s);
                }
                return r.failed() == 0 ? 0 : 1;
            } finally {
                index.ifPresent(SearchIndex::close);
            }
        } catch (StoreException e) {
            System.err.println("marsad ingest: " + e.getMessage());
            return 2;
        }
    }

    /** Counts the inputs without parsing them, for the progress bar's total and ETA. */
    private long count() {
        long n = 0;
        try (ArticleSources sources = ArticleSources.open(inputs)) {
            for (Iterator<ArticleInput> it = sources; it.hasNext(); it.next()) {
                n++;
            }
        }
        return n;
    }

    private static void summary(Ingestor.Report r, String where, Optional<SearchIndex> index) {
        System.err.printf(Locale.ROOT, "marsad ingest: %d ingested, %d duplicates skipped, %s%d failed in %.1f s "
                        + "(%.1f articles/s) into %s%s%n", r.ingested(), r.duplicates(),
                r.nearDuplicates() == 1 ? "1 near-duplicate recorded as a copy, " : r.nearDuplicates() > 1
                        ? r.nearDuplicates() + " near-duplicates recorded as copies, " : "", r.failed(),
                r.seconds(), r.seconds() > 0 ? (r.ingested() + r.duplicates() + r.nearDuplicates() + r.failed())
                        / r.seconds() : 0.0, where,
                index.map(i -> "; search index +" + r.indexed() + " articles").orElse(""));
        if (!r.failures().isEmpty()) {
            Map<String, Integer> reasons = new LinkedHashMap<>();
            System.err.println("failed inputs:");
            int shown = 0;
            for (Ingestor.Failure f : r.failures()) {
                if (shown++ < 20) {
                    System.err.println("  " + f.reason());
                }
                String reason = f.reason().substring(Math.min(f.reason().length(), f.origin().length()))
                        .replaceFirst("^: ", "");
                reasons.merge(reason.length() > 60 ? reason.substring(0, 60) + "…" : reason, 1, Integer::sum);
            }
            if (r.failures().size() > 20) {
                System.err.println("  … and " + (r.failures().size() - 20) + " more; by reason:");
                reasons.forEach((k, v) -> System.err.println("    " + v + " × " + k));
            }
        }
    }
}
