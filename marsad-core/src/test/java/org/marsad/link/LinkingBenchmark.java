package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.marsad.document.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Tokenizer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Linking cost per event on 10,000 synthetic reports ({@link SyntheticEvents}) in ~4,000 articles,
 * as in the pipeline: each article's tokens exist already (the text stage made them), and linking
 * makes its MinHash signature, checks near-duplicates, clusters its reports and threads the
 * clusters. Also measured: the extra cost of tokenizing a raw text first (what {@code marsad link}
 * does when given {@code --texts}). Times are CPU time of the linking thread (the machine may be
 * shared), with wall time beside them. Excluded from the default build; run it with
 * <pre>{@code ./mvnw -q -B -o -pl marsad-core test -Dtest=LinkingBenchmark -Dmarsad.excludedGroups=none}</pre>
 * ({@code -Dmarsad.benchmark.events=100000} for a larger stream).
 */
@Tag("benchmark")
class LinkingBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private record Prepared(ArticleRecord article, List<Token> tokens) {
    }

    @Test
    void linkingCostsAtMostTwoTenthsOfAMillisecondPerEvent() {
        int events = Integer.getInteger("marsad.benchmark.events", 10_000);
        int days = Math.max(30, events / 55); // ~55 reports a day across 40 towns: a dense news stream
        List<Prepared> warm = prepare(SyntheticEvents.articles(events, days, 1));
        List<Prepared> stream = prepare(SyntheticEvents.articles(events, days, 2));
        for (int i = 0; i < 3; i++) {
            run(warm);
        }
        int runs = 7;
        double[] cpu = new double[runs];
        double[] wall = new double[runs];
        EventLinker last = null;
        for (int i = 0; i < runs; i++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            last = run(stream);
            cpu[i] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6 / events;
            wall[i] = (System.nanoTime() - w0) / 1e6 / events;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        double median = cpu[runs / 2];
        long c0 = CPU.getCurrentThreadCpuTime();
        for (int rep = 0; rep < 3; rep++) {
            for (Prepared p : stream) {
                Tokenizer.tokenize(ArabicNormalizer.normalize(p.article().dedupText()));
            }
        }
        double tokenizeMsPerArticle = (CPU.getCurrentThreadCpuTime() - c0) / 1e6 / stream.size() / 3;
        int reports = last.clusters().stream().mapToInt(c -> c.mentions().size() + c.copies().size()).sum();
        LinkingEvaluator.Pairwise quality = SyntheticEvents.score(last);
        System.out.printf("[linking benchmark] %d events in %d articles over %d days -> %d clusters, %d threads%n"
                        + "  linking: %.4f ms CPU per event (median of %d; best %.4f, worst %.4f); wall %.4f ms median%n"
                        + "  tokenizing a raw ~200-word text first (marsad link --texts): +%.4f ms per article%n"
                        + "  clustering of the synthetic happenings: %s%n"
                        + "  %d available processors, load average %.1f%n",
                reports, stream.size(), days, last.clusters().size(), last.threads().size(), median, runs, cpu[0],
                cpu[runs - 1], wall[runs / 2], tokenizeMsPerArticle, quality, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertTrue(median <= 0.2, "linking should cost at most 0.2 ms per event, was " + median);
    }

    @Test
    void aClusterOfThousandsOfReportsGrowsAtConstantCost() {
        // one happening reported 8,000 times by 300 outlets (GDELT's kidnapping): compare the cost of
        // the last thousand reports with that of the first thousand
        for (int warm = 0; warm < 2; warm++) {
            bigCluster(8000);
        }
        double[] firstAndLast = bigCluster(8000);
        System.out.printf("[linking benchmark] one cluster of 8,000 reports: first 1,000 %.4f ms CPU per report,"
                + " last 1,000 %.4f ms%n", firstAndLast[0], firstAndLast[1]);
        assertTrue(firstAndLast[1] <= 0.2, "a report to a large cluster should cost at most 0.2 ms");
        assertTrue(firstAndLast[1] < 4 * firstAndLast[0] + 0.01, "cost grows with the cluster's size");
    }

    private static double[] bigCluster(int n) {
        EventLinker l = EventLinker.inMemory();
        double[] out = new double[2];
        long c0 = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || i == n - 1000) {
                c0 = CPU.getCurrentThreadCpuTime();
            }
            Location p = i % 3 == 0 ? Reports.HASAKAH : i % 3 == 1 ? Reports.GHWAYRAN : Reports.HASAKAH_GOV;
            l.add(Reports.article("a" + i, "outlet-" + (i % 300), "2020-03-30", "",
                    Reports.report("a" + i + "#e1", "ABDUCTION").outlet("outlet-" + (i % 300)).at(p)
                            .day(i % 2 == 0 ? "2020-03-29" : "2020-03-30").actor(Reports.ISIS).killed(i % 40).build()));
            if (i == 999) {
                out[0] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6 / 1000;
            }
        }
        out[1] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6 / 1000;
        assertTrue(l.clusters().size() == 1, "one happening, one cluster");
        return out;
    }

    private static List<Prepared> prepare(List<ArticleRecord> articles) {
        List<Prepared> out = new ArrayList<>(articles.size());
        for (ArticleRecord a : articles) {
            out.add(new Prepared(a, Tokenizer.tokenize(ArabicNormalizer.normalize(a.dedupText()))));
        }
        return out;
    }

    private static EventLinker run(List<Prepared> articles) {
        EventLinker l = EventLinker.inMemory();
        for (Prepared p : articles) {
            ArticleRecord a = p.article();
            l.add(new ArticleRecord(a.id(), a.outlet(), a.published(), a.title(), a.dedupText(), true, a.mentions(),
                    Optional.of(MinHasher.standard().signature(p.tokens()))));
        }
        return l;
    }
}
