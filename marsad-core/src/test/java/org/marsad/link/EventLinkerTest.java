package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.link.Reports.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventLinkerTest {
    @Test
    void aNewArticleJoinsExistingClustersIncrementally() {
        EventLinker l = EventLinker.inMemory();
        l.add(article("a", "x", "2020-03-30", "", report("a#e1", "RIOT").at(HASAKAH).day("2020-03-29").build()));
        EventCluster before = l.clusters().get(0);
        EventLinker.ArticleLink r = l.add(article("b", "y", "2020-03-31", "",
                report("b#e1", "RIOT").at(HASAKAH).day("2020-03-30").build(),
                report("b#e2", "RIOT").at(QAMISHLI).day("2020-03-30").build()));
        assertEquals(List.of(EventLinker.Outcome.JOINED, EventLinker.Outcome.NEW),
                r.assignments().stream().map(EventLinker.Assignment::outcome).toList());
        assertEquals(before.id(), r.assignments().get(0).cluster());
        assertEquals(1, before.mentions().size(), "clusters handed out are snapshots");
        assertEquals(2, l.clusters().size());
    }

    @Test
    void unlinkableReportsStandAlone() {
        EventLinker l = EventLinker.inMemory();
        l.add(article("a", "x", "2020-03-30", "", report("a#e1", "RIOT").at(HASAKAH).day("2020-03-29").habitual().build()));
        EventLinker.ArticleLink r = l.add(article("b", "y", "2020-03-30", "",
                report("b#e1", "RIOT").at(HASAKAH).day("2020-03-29").habitual().build()));
        assertEquals(EventLinker.Outcome.ALONE, r.assignments().get(0).outcome());
        assertEquals(2, l.clusters().size());
    }

    @Test
    void aReportThatBridgesTwoClustersMergesThem() {
        EventLinker l = EventLinker.inMemory();
        // a riot placed only in the governorate, and one in the town two days later: too far apart to join
        l.add(article("a", "x", "2020-03-30", "", report("a#e1", "RIOT").at(HASAKAH_GOV).day("2020-03-28").actor(ISIS).build()));
        l.add(article("b", "y", "2020-03-30", "", report("b#e1", "RIOT").at(HASAKAH).day("2020-03-30").actor(ISIS).build()));
        assertEquals(2, l.clusters().size());
        // the third names the prison town, the day between and ISIS: it fits both
        l.add(article("c", "z", "2020-03-31", "", report("c#e1", "RIOT").at(HASAKAH).day("2020-03-29").actor(ISIS).build()));
        assertEquals(1, l.clusters().size());
        assertEquals(3, l.clusters().get(0).mentions().size());
    }

    @Test
    void aSyndicatedCopyIsLinkedAsACopyEvenWhenItsReportCannotBeLinked() {
        String text = DevSet.text(DevSet.dir().resolve("istanbul-2022-b.txt"));
        EventLinker l = EventLinker.inMemory();
        l.add(article("orig", "x", "2022-11-14", text, report("orig#e1", "ACCUSE").published("2022-11-14").build()));
        EventLinker.ArticleLink r = l.add(article("copy", "y", "2022-11-14", text + "\nوتابع المراسل.",
                report("copy#e1", "ACCUSE").published("2022-11-14").build()));
        assertEquals("orig", r.copyOf().orElseThrow().matched());
        assertEquals(EventLinker.Outcome.COPY, r.assignments().get(0).outcome());
        EventCluster c = l.clusters().get(0);
        assertEquals(2, c.numArticles());
        assertEquals(2, c.numSources());
        assertEquals(1, c.mentions().size());
    }

    @Test
    void aMatchFoundElsewhereLinksAsTheOwnIndexWould() {
        String text = DevSet.text(DevSet.dir().resolve("istanbul-2022-b.txt"));
        ArticleRecord orig = article("orig", "x", "2022-11-14", text, report("orig#e1", "ACCUSE").published("2022-11-14").build());
        ArticleRecord copy = article("copy", "y", "2022-11-14", text + "\nوتابع المراسل.",
                report("copy#e1", "ACCUSE").published("2022-11-14").build());
        EventLinker own = EventLinker.inMemory();
        own.add(orig);
        EventLinker.ArticleLink byIndex = own.add(copy);
        EventLinker outside = EventLinker.inMemory();
        outside.add(orig, java.util.Optional.empty());
        EventLinker.ArticleLink byMatch = outside.add(copy, byIndex.copyOf());
        assertEquals(byIndex, byMatch);
        assertEquals(own.clusters().get(0).copies().size(), outside.clusters().get(0).copies().size());
        assertEquals(0, outside.articleCount(), "the linker's own index is neither consulted nor updated");
    }

    @Test
    void workIsBoundedByTheBlocksNotByTheStore() {
        EventLinker l = EventLinker.inMemory();
        List<ArticleRecord> stream = SyntheticEvents.articles(3000, 200, 11);
        stream.forEach(l::add);
        EventMention m = report("new#e1", "BOMBING").at(HASAKAH).day("2019-03-10").build();
        List<Long> candidates = l.store().candidates(Blocking.queryKeys(m, m.date().orElseThrow(), l.rules()));
        assertTrue(candidates.size() < l.clusters().size() / 20,
                candidates.size() + " candidates among " + l.clusters().size() + " clusters");
    }

    @Test
    void aSyntheticStreamNeverMergesDistantDaysOrTowns() {
        EventLinker l = EventLinker.inMemory();
        SyntheticEvents.articles(4000, 60, 5).forEach(l::add);
        assertEquals(List.of(), LinkingEvaluator.violations(l.clusters()));
        LinkingEvaluator.Pairwise p = SyntheticEvents.score(l);
        assertTrue(p.recall() > 0.8 && p.precision() > 0.6, p.toString());
    }

    @Test
    void concurrentAddsLoseNothing() throws Exception {
        List<ArticleRecord> stream = SyntheticEvents.articles(2000, 100, 3);
        EventLinker l = EventLinker.inMemory();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> fs = new ArrayList<>();
        for (ArticleRecord a : stream) {
            fs.add(pool.submit(() -> l.add(a)));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        int reports = l.clusters().stream().mapToInt(c -> c.mentions().size() + c.copies().size()).sum();
        assertEquals(stream.stream().mapToInt(a -> a.mentions().size()).sum(), reports);
        assertEquals(stream.size(), l.articleCount());
        Set<String> ids = new java.util.HashSet<>();
        l.clusters().forEach(c -> c.mentions().forEach(m -> assertTrue(ids.add(m.id()), "report linked twice: " + m.id())));
    }
}
