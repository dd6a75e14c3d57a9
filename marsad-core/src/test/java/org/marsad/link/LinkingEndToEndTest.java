package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.ingest.PlainTextReader;
import org.junit.jupiter.api.Test;

/**
 * Evaluation (b): the standard pipeline on the dev texts, its events linked and scored against the
 * gold links after aligning them to the gold reports. The clustering figure is printed, not pinned:
 * it measures extraction as much as linking, and the event layer is still growing. Near-duplicates
 * depend only on the texts, so they are pinned.
 */
class LinkingEndToEndTest {
    @Test
    void standardPipelineOnDevTextsThenLinking() {
        GoldLinks gold = DevSet.gold();
        Marsad marsad = Marsad.standard();
        List<ArticleRecord> articles = new ArrayList<>();
        List<EventMention> goldReports = new ArrayList<>();
        for (Path t : DevSet.texts()) {
            Document d = marsad.process(PlainTextReader.read(t));
            articles.add(ArticleRecord.of(d));
        }
        DevSet.goldArticles().forEach(a -> goldReports.addAll(a.mentions()));
        articles.sort(DevSet.byPublication());
        EventLinker linker = DevSet.link(articles);
        LinkingEvaluator.Report r = LinkingEvaluator.evaluateExtracted(gold, goldReports, linker);
        System.out.println("[linking dev set, end to end: Marsad.standard() then linking]\n" + r.text());
        assertEquals(DevSet.texts().size(), linker.articleCount());
        assertEquals(1.0, r.nearDuplicates().f1(), 1e-9, "near-duplicates on full texts " + r.nearDuplicates());
        assertTrue(r.violations().isEmpty(), "violations: " + r.violations());
    }
}
