package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Evaluation (a): the clustering algorithm on the gold reports of the dev set, independent of extraction. */
class LinkingDevSetTest {
    @Test
    void goldReportsClusterWithPairwiseF1AtLeast090AndNoViolation() {
        GoldLinks gold = DevSet.gold();
        EventLinker linker = DevSet.link(DevSet.goldArticles());
        LinkingEvaluator.Report r = LinkingEvaluator.evaluate(gold, linker);
        System.out.println("[linking dev set, gold reports]\n" + r.text());
        for (EventCluster c : linker.clusters()) {
            System.out.println(c.id() + " " + c.mentions().stream().map(EventMention::id).toList()
                    + " copies=" + c.copies().stream().map(k -> k.mention().id()).toList());
        }
        linker.threads().forEach(t -> System.out.println(t));
        assertEquals(gold.clusterOf().size(), r.alignedReports(), "every gold report is linked");
        assertTrue(r.clusters().f1() >= 0.90, "pairwise F1 " + r.clusters());
        assertTrue(r.violations().isEmpty(), "violations: " + r.violations());
    }
}
