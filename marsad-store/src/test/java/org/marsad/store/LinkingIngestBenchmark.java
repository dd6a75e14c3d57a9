package org.marsad.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.ingest.ArticleInput;
import org.marsad.ingest.ArticleSources;
import org.marsad.output.JsonOutput;
import org.marsad.testing.SharedData;

/**
 * What linking costs at ingest against what extraction costs, on the 294 articles of the
 * SaudiNewsNet Syria/Iraq subset ({@code docs/quality/linking.md}): the pipeline's CPU time per
 * article, and the CPU time of storing the same processed articles in batches of 50 into a fresh
 * SQLite store with and without linking (the writer thread; SQLite runs in it). Warm: the pipeline
 * and both kinds of store are run {@code marsad.benchmark.warmup} times (default 3) before
 * {@code marsad.benchmark.rounds} measured rounds; medians are printed. The default number of
 * rounds is the least that links at least {@code marsad.benchmark.events} events (default 10,000,
 * the figure: 7 rounds of this corpus's ~1,450 events), and the totals over the measured
 * rounds are printed beside the medians: the events linked, the CPU time linking them took and the
 * CPU time extracting the same articles took. With
 * {@code -Dmarsad.benchmark.db=pg} the stores are fresh schemas of {@code PG_TEST_URL} (the
 * database's own work then runs in its server: compare wall times). Tagged {@code benchmark}: run
 * with {@code -Dmarsad.excludedGroups=none}.
 */
@Tag("benchmark")
class LinkingIngestBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    @TempDir
    Path dir;

    @Test
    void linkingCostsLessThanATenthOfExtraction() throws Exception {
        Path corpus = SharedData.resolve(
                "data/news_saudinewsnet_syria_iraq/saudinewsnet_aawsat_spa_syria_iraq_subset.json");
        List<Document> docs = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        try (ArticleSources src = ArticleSources.open(List.of(corpus.toString()))) {
            while (src.hasNext()) {
                ArticleInput in = src.next();
                docs.add(in.read());
                origins.add(in.origin());
            }
        }
        Marsad marsad = Marsad.standard();
        int wantEvents = Integer.getInteger("marsad.benchmark.events", 10_000);
        int eventsPerRound = 0;
        for (Document d : docs) {
            eventsPerRound += marsad.process(d).find(org.marsad.document.Layers.EVENTS).map(List::size).orElse(0);
        }
        int rounds = Integer.getInteger("marsad.benchmark.rounds",
                Math.max(1, (wantEvents + Math.max(1, eventsPerRound) - 1) / Math.max(1, eventsPerRound)));
        int warmup = Integer.getInteger("marsad.benchmark.warmup", 3);
        List<ProcessedArticle> processed = new ArrayList<>();
        List<Double> extract = new ArrayList<>();
        List<Double> signs = new ArrayList<>();
        for (int r = 0; r < warmup + rounds; r++) {
            processed.clear();
            long c0 = CPU.getCurrentThreadCpuTime();
            long signing = 0;
            for (int i = 0; i < docs.size(); i++) {
                Document d = marsad.process(docs.get(i));
                // as Ingestor's workers do: the signature right after the pipeline, its time counted
                // as linking (by the store, each time the article is linked), not as extraction
                ProcessedArticle.SignedAhead signed = ProcessedArticle.signAhead(d);
                signing += signed == null ? 0 : signed.cpuNanos();
                processed.add(new ProcessedArticle(d, JsonOutput.toJson(d), ContentHash.of(d.text()), origins.get(i),
                        "json", null, signed));
            }
            if (r >= warmup) {
                extract.add((CPU.getCurrentThreadCpuTime() - c0 - signing) / 1e6 / docs.size());
                signs.add(signing / 1e6 / docs.size());
            }
        }
        // the linking algorithm alone, in memory (org.marsad.link.EventLinker over the same records)
        List<Double> memory = new ArrayList<>();
        int reports = 0;
        for (int r = 0; r < warmup + rounds; r++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long signing = 0;
            org.marsad.link.EventLinker l = org.marsad.link.EventLinker.inMemory();
            for (ProcessedArticle a : processed) {
                ProcessedArticle.SignedAhead signed = a.signedAhead();
                signing += signed == null ? 0 : signed.cpuNanos();
                l.add(StoreLinker.record(a.output(), a.document().id(), a.document().text(), a.document(),
                        signed == null ? null : signed.signature()));
            }
            l.threads();
            if (r >= warmup) {
                memory.add((CPU.getCurrentThreadCpuTime() - c0 + signing) / 1e6 / docs.size());
            }
            reports = l.clusters().stream().mapToInt(c -> c.mentions().size() + c.copies().size()).sum();
        }
        List<Double> plain = new ArrayList<>();
        List<Double> linked = new ArrayList<>();
        List<Double> linking = new ArrayList<>();
        List<Double> linkingWall = new ArrayList<>();
        String summary = "";
        List<Double> plainWall = new ArrayList<>();
        List<Double> linkedWall = new ArrayList<>();
        for (int r = 0; r < warmup + rounds; r++) {
            for (boolean link : new boolean[] {false, true}) {
                boolean pg = "pg".equals(System.getProperty("marsad.benchmark.db"));
                try (Store s = Store.open(pg ? PostgresStoreTest.freshSchema() : dir.resolve("r" + r + link + ".db").toString())) {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    for (int i = 0; i < processed.size(); i += 50) {
                        s.save(processed.subList(i, Math.min(processed.size(), i + 50)), link);
                    }
                    double ms = (CPU.getCurrentThreadCpuTime() - c0) / 1e6 / docs.size();
                    double wall = (System.nanoTime() - w0) / 1e6 / docs.size();
                    if (r >= warmup) {
                        (link ? linked : plain).add(ms);
                        (link ? linkedWall : plainWall).add(wall);
                        if (link) {
                            double[] t = s.linkingSeconds();
                            linking.add(t[0] * 1e3 / docs.size());
                            linkingWall.add(t[1] * 1e3 / docs.size());
                        }
                    }
                    if (link) {
                        summary = s.stats().toString();
                    }
                }
            }
        }
        double extractTotal = extract.stream().mapToDouble(Double::doubleValue).sum() * docs.size();
        double linkingTotal = linking.stream().mapToDouble(Double::doubleValue).sum() * docs.size();
        System.out.printf(Locale.ROOT, "[measured rounds together: %d events of %d articles linked in %.0f ms CPU; "
                        + "extracting the same articles took %.0f ms CPU: linking = %.1f%% of extraction]%n",
                eventsPerRound * rounds, docs.size() * rounds, linkingTotal, extractTotal,
                100 * linkingTotal / extractTotal);
        System.out.printf(Locale.ROOT, "[linking at ingest, %d articles, medians of %d rounds after %d warm-up, "
                        + System.getProperty("marsad.benchmark.db", "sqlite") + "]%n"
                        + "extraction (pipeline + JSON)    %.3f ms CPU per article%n"
                        + "store without linking           %.3f ms CPU, %.3f ms wall per article%n"
                        + "store with linking              %.3f ms CPU, %.3f ms wall per article%n"
                        + "linking alone (StoreLinker)     %.3f ms CPU, %.3f ms wall per article = %.1f%% of extraction%n"
                        + "the same linking in memory      %.3f ms CPU per article (EventLinker.inMemory, %d reports)%n"
                        + "of which the signature ahead    %.3f ms CPU per article (ProcessedArticle.signAhead)%n"
                        + "%s%n", docs.size(), rounds, warmup, median(extract), median(plain), median(plainWall), median(linked),
                median(linkedWall),
                median(linking), median(linkingWall), 100 * median(linking) / median(extract), median(memory), reports,
                median(signs), summary);
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
