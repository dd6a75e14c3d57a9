package org.marsad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.ingest.ArticleInput;
import org.marsad.ingest.InputException;
import org.marsad.output.JsonOutput;
import org.marsad.pipeline.OrderedParallel;
import org.marsad.store.search.SearchIndex;

/**
 * Reads inputs, runs the pipeline and stores the results, idempotently: an input whose content hash
 * is already stored skips the pipeline and is recorded as a duplicate sighting. Inputs are read and
 * processed on {@code threads} workers ({@link OrderedParallel}); results are written in input order,
 * {@code batchSize} articles per transaction. Killed midway, a run loses at most the uncommitted
 * batch, and running it again stores exactly what is missing. The search index, when given, is
 * brought up to date after every batch and committed at the end (and every few thousand articles).
 *
 * <p>Not thread-safe: one run at a time per instance.
 */
public final class Ingestor {
    private static final int COMMIT_EVERY = 5000;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private final java.util.concurrent.atomic.LongAdder extractionNanos = new java.util.concurrent.atomic.LongAdder();
    private final Store store;
    private final Marsad marsad;
    private final Optional<SearchIndex> index;
    private final int threads;
    private final int batchSize;
    private final boolean link;

    /** An ingestor that links what it stores ({@code docs/LINKING.md}). */
    public Ingestor(Store store, Marsad marsad, Optional<SearchIndex> index, int threads, int batchSize) {
        this(store, marsad, index, threads, batchSize, true);
    }

    /**
     * @param link whether each batch is also linked as it is stored (event clusters, near-duplicate
     *             copies, story threads); without it, {@link Store#linkPending} can link later
     */
    public Ingestor(Store store, Marsad marsad, Optional<SearchIndex> index, int threads, int batchSize, boolean link) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be 1 or more");
        }
        this.store = store;
        this.marsad = marsad;
        this.index = index;
        this.threads = threads;
        this.batchSize = batchSize;
        this.link = link;
    }

    /** Counts so far; {@code expected} is -1 when the inputs were not counted. */
    public record Progress(long done, long ingested, long duplicates, long failed, long expected, double seconds) {
        public double rate() {
            return seconds <= 0 ? 0 : done / seconds;
        }
    }

    /** An input that could not be read or processed. */
    public record Failure(String origin, String reason) {
    }

    /**
     * The outcome of a run.
     *
     * @param duplicates     inputs whose content was stored already (exact copies)
     * @param nearDuplicates inputs found to be near-duplicate copies of stored articles, recorded as
     *                       another source of them, not stored as articles
     * @param indexed        articles added to the search index
     * @param extractionCpu  CPU seconds the pipeline took, summed over the workers
     * @param linkingCpu     CPU seconds linking took (in the writer thread, database work included)
     */
    public record Report(long ingested, long duplicates, long nearDuplicates, long failed, List<Failure> failures,
                         double seconds, int indexed, List<SaveResult> saved, double extractionCpu, double linkingCpu) {
        public Report {
            failures = List.copyOf(failures);
            saved = List.copyOf(saved);
        }
    }

    /** Receives progress after every input (on the thread that called {@link #run}). */
    @FunctionalInterface
    public interface Listener {
        void progress(Progress p);
    }

    private record Outcome(ArticleInput input, ProcessedArticle article, String knownHash, String error) {
    }

    /** Ingests every input; {@code expected} (or -1) is only for progress reports. */
    public Report run(Iterator<ArticleInput> inputs, long expected, Listener listener) {
        long t0 = System.nanoTime();
        double linked0 = store.linkingSeconds()[0];
        extractionNanos.reset();
        List<ProcessedArticle> batch = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        List<SaveResult> saved = new ArrayList<>();
        long[] n = new long[5]; // done, ingested, duplicates, failed, near-duplicates
        Optional<BackgroundIndexer> indexer = index.map(i -> new BackgroundIndexer(i, store));
        try {
            OrderedParallel.run(inputs, this::work, o -> {
                n[0]++;
                if (o.error != null) {
                    n[3]++;
                    failures.add(new Failure(o.input.origin(), o.error));
                    store.recordFailure(o.input.origin(), o.input.format(), o.error);
                } else if (o.knownHash != null) {
                    n[2]++;
                    store.recordDuplicate(o.knownHash, o.input.origin(), o.input.format());
                } else {
                    // new content, or a twin of an article in this batch: save() tells them apart
                    batch.add(o.article);
                    if (batch.size() >= batchSize) {
                        long before = n[1];
                        flush(batch, saved, n);
                        indexer.ifPresent(x -> x.catchUp(n[1] / COMMIT_EVERY != before / COMMIT_EVERY));
                    }
                }
                listener.progress(new Progress(n[0], n[1] + batch.size(), n[2], n[3], expected, secs(t0)));
            }, threads);
            flush(batch, saved, n);
        } catch (RuntimeException | Error e) {
            indexer.ifPresent(BackgroundIndexer::abandon);
            throw e;
        }
        int indexed = indexer.map(BackgroundIndexer::finish).orElse(0);
        listener.progress(new Progress(n[0], n[1], n[2], n[3], expected, secs(t0)));
        return new Report(n[1], n[2], n[4], n[3], failures, secs(t0), indexed, saved, extractionNanos.sum() / 1e9,
                store.linkingSeconds()[0] - linked0);
    }

    /**
     * Feeds the search index on its own thread while the run goes on: after each batch, one catch-up
     * is queued unless one is already waiting; {@link #finish()} waits, commits and reports how many
     * articles were added (or rethrows what went wrong).
     */
    private static final class BackgroundIndexer {
        private final SearchIndex index;
        private final Store store;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "marsad-indexer");
            t.setDaemon(true);
            return t;
        });
        private final List<Future<Integer>> done = new ArrayList<>();
        private Future<Integer> waiting;

        BackgroundIndexer(SearchIndex index, Store store) {
            this.index = index;
            this.store = store;
        }

        void catchUp(boolean commit) {
            if (waiting == null || waiting.isDone() || commit) {
                waiting = thread.submit(() -> index.sync(store, commit));
                done.add(waiting);
            }
        }

        /** Stops after the catch-up in progress; what was not indexed is picked up by the next sync. */
        void abandon() {
            thread.shutdownNow();
        }

        int finish() {
            done.add(thread.submit(() -> index.sync(store, true)));
            thread.shutdown();
            int n = 0;
            try {
                for (Future<Integer> f : done) {
                    n += f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while indexing", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                throw c instanceof RuntimeException r ? r : new StoreException("indexing failed: " + c, c);
            }
            return n;
        }
    }

    private void flush(List<ProcessedArticle> batch, List<SaveResult> saved, long[] n) {
        if (batch.isEmpty()) {
            return;
        }
        for (SaveResult r : store.save(batch, link)) {
            if (r.stored()) {
                n[1]++;
            } else if (r.nearDuplicate()) {
                n[4]++;
            } else {
                n[2]++;
            }
            saved.add(r);
        }
        batch.clear();
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** On a worker: read, hash, skip known content, run the pipeline. */
    private Outcome work(ArticleInput in) {
        try {
            Document d = in.read();
            String hash = ContentHash.of(d.text());
            if (store.contains(hash)) {
                return new Outcome(in, null, hash, null);
            }
            long c0 = CPU.getCurrentThreadCpuTime();
            Document done = marsad.process(d);
            extractionNanos.add(CPU.getCurrentThreadCpuTime() - c0);
            // the near-duplicate signature while the tokens are in the cache (its time counts as linking)
            ProcessedArticle.SignedAhead signed = link ? ProcessedArticle.signAhead(done) : null;
            ObjectNode output = JsonOutput.toJson(done);
            // written here, in parallel, rather than on the one thread that stores; straight from the
            // document, which is cheaper than writing the tree out
            return new Outcome(in, new ProcessedArticle(done, output, hash, in.origin(), in.format(),
                    new String(JsonOutput.toBytes(done, false), java.nio.charset.StandardCharsets.UTF_8), signed),
                    null, null);
        } catch (InputException e) {
            return new Outcome(in, null, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(in, null, null, in.origin() + ": extraction failed: " + e);
        }
    }
}
