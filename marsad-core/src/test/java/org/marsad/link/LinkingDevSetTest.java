package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Evaluation (a): the clustering algorithm on the gold reports of the dev set
 * ({@code src/test/resources/linking/}), independent of extraction quality.
 */
class LinkingDevSetTest {
    @Test
    void goldReportsClusterWithPairwiseF1AtLeast090AndNoViolation() {
        GoldLinks gold = DevSet.gold();
        EventLinker linker = DevSet.link(DevSet.goldArticles());
        LinkingEvaluator.Report r = LinkingEvaluator.evaluate(gold, linker);
        System.out.println("[linking dev set, gold reports, publication order]\n" + r.text());
        assertEquals(gold.clusterOf().size(), r.alignedReports(), "every gold report is linked");
        assertTrue(r.clusters().f1() >= 0.90, "pairwise F1 " + r.clusters());
        assertTrue(r.violations().isEmpty(), "violations: " + r.violations());
        assertEquals(1.0, r.nearDuplicates().f1(), 1e-9, "near-duplicate groups " + r.nearDuplicates());
    }

    @Test
    void anyArrivalOrderStillScoresAtLeast090() {
        GoldLinks gold = DevSet.gold();
        List<ArticleRecord> articles = new ArrayList<>(DevSet.goldArticles());
        Random rnd = new Random(20220120);
        double min = 1;
        double sum = 0;
        int runs = 30;
        for (int i = 0; i < runs; i++) {
            Collections.shuffle(articles, rnd);
            LinkingEvaluator.Report r = LinkingEvaluator.evaluate(gold, DevSet.link(articles));
            assertTrue(r.violations().isEmpty(), "violations in order " + i + ": " + r.violations());
            min = Math.min(min, r.clusters().f1());
            sum += r.clusters().f1();
        }
        System.out.printf("[linking dev set, %d random orders] pairwise F1 min %.3f mean %.3f%n", runs, min, sum / runs);
        assertTrue(min >= 0.90, "worst order F1 " + min);
    }

    @Test
    void theDevSetPunishesRulesThatIgnoreDistanceOrDates() {
        GoldLinks gold = DevSet.gold();
        LinkRules anywhere = LinkRules.builder().cityKm(2000).cityToSiteKm(2000).siteKm(2000).nearKm(2000).build();
        LinkRules anyDay = LinkRules.builder().maxDayGap(400).coarseSlackDays(400).maxLinkableDays(400).build();
        for (LinkRules loose : List.of(anywhere, anyDay)) {
            EventLinker l = new EventLinker(loose, MinHasher.standard(), new NearDuplicateIndex(),
                    new InMemoryClusterStore(), new StoryThreads());
            DevSet.goldArticles().forEach(l::add);
            LinkingEvaluator.Report r = LinkingEvaluator.evaluate(gold, l);
            System.out.println("[linking dev set, " + (loose == anywhere ? "distance ignored" : "dates ignored") + "] "
                    + r.clusters() + ", " + r.violations().size() + " violations");
            assertTrue(r.clusters().precision() < 1.0, "loose rules should merge distractors: " + r.clusters());
            assertFalse(r.violations().isEmpty(), "the evaluator should flag the merged distractors");
        }
    }

    @Test
    void everyReportAloneHasNoRecall() {
        GoldLinks gold = DevSet.gold();
        EventLinker l = new EventLinker(LinkRules.builder().threshold(1000).build(), MinHasher.standard(),
                new NearDuplicateIndex(1, 1.0, 100_000), new InMemoryClusterStore(), new StoryThreads());
        DevSet.goldArticles().forEach(l::add);
        assertEquals(0.0, LinkingEvaluator.evaluate(gold, l).clusters().recall(), 1e-9);
    }
}
