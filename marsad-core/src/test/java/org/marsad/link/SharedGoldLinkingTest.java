package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.marsad.knowledge.Codebook;
import org.marsad.output.JsonOutput;
import org.marsad.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The project's own gold files ({@code ../shared/gold/dev}: the seed article and twelve 2015 news
 * articles, gold-style events) linked together with the dev set. The seed reports the Hasakah
 * prison riot and escape of 29 March 2020 (its gold says "Hasakah prison" where the dev set's
 * gazetteer says "Ghwayran prison"): those two reports must join the dev set's clusters, and its
 * other events, and the 2015 articles' events (which report different happenings of July-August
 * 2015), must merge with nothing: region-level places ("Eastern Aleppo countryside"), places
 * without coordinates and denied events made false merges here before areas known only by their
 * country cost half a point.
 */
class SharedGoldLinkingTest {
    private static List<ArticleRecord> sharedGold() throws Exception {
        Path dir = SharedData.resolve("gold/dev");
        List<ArticleRecord> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".gold.json")).sorted().toList()) {
                JsonNode n = JsonOutput.mapper().readTree(Files.readAllBytes(p));
                if (n.path("published").isNull()) {
                    // the seed has no publication date in its gold file; its sidecar-free text says 30 March 2020
                    ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("published", "2020-03-30");
                }
                out.add(ArticleRecord.fromJson(n, Codebook.standard(), Optional.empty()));
            }
        }
        return out;
    }

    @Test
    void theSeedJoinsTheDevSetsHasakahClustersAndNothingElseMerges() throws Exception {
        List<ArticleRecord> all = new ArrayList<>(DevSet.goldArticles());
        List<ArticleRecord> shared = sharedGold();
        all.addAll(shared);
        all.sort(DevSet.byPublication());
        EventLinker l = DevSet.link(all);
        for (EventCluster c : l.clusters()) {
            if (c.articles().size() > 1 && c.articles().stream().anyMatch(a -> a.startsWith("snn-") || a.startsWith("000_"))) {
                System.out.println("[shared gold] " + c.id() + " " + c.summary() + " "
                        + c.mentions().stream().map(EventMention::id).toList());
            }
        }
        assertEquals(List.of(), LinkingEvaluator.violations(l.clusters()));
        String seed = "000_ef1a7bf83d9ce633";
        for (String type : List.of("RIOT", "ESCAPE")) {
            EventCluster c = l.clusters().stream()
                    .filter(x -> x.type().equals(type) && x.articles().contains("hasakah-2020-a")).findFirst().orElseThrow();
            assertTrue(c.articles().contains(seed), type + " of the seed joins " + c);
        }
        long seedClusters = l.clusters().stream().filter(c -> c.articles().contains(seed)).count();
        assertEquals(shared.get(0).mentions().size(), seedClusters, "each seed event in its own cluster");
        for (EventCluster c : l.clusters()) {
            long snn = c.articles().stream().filter(a -> a.startsWith("snn-")).count();
            assertTrue(snn <= 1 && (snn == 0 || c.articles().size() == 1),
                    "the 2015 articles report different happenings, yet they merged: " + c);
        }
    }
}
