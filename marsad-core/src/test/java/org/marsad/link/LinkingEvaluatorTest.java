package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.link.Reports.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkingEvaluatorTest {
    @Test
    void pairwiseCountsPairs() {
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");
        // system: {a, b}, {c, d}, {e}
        Map<String, String> sys = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "z");
        LinkingEvaluator.Pairwise p = LinkingEvaluator.pairwise(gold, sys);
        assertEquals(1, p.tp(), "a-b");
        assertEquals(1, p.fp(), "c-d");
        assertEquals(3, p.fn(), "a-c, b-c, d-e");
        assertEquals(0.5, p.precision(), 1e-9);
        assertEquals(0.25, p.recall(), 1e-9);
        assertEquals(1.0 / 3, p.f1(), 1e-9);
    }

    @Test
    void itemsTheSystemDidNotPlaceAreSingletons() {
        LinkingEvaluator.Pairwise p = LinkingEvaluator.pairwise(Map.of("a", "1", "b", "1"), Map.of("a", "x"));
        assertEquals(new LinkingEvaluator.Pairwise(0, 0, 1), p);
        assertEquals(1.0, p.precision(), 1e-9, "no pair claimed, none wrong");
        assertEquals(0.0, p.f1(), 1e-9);
    }

    @Test
    void violationsFlagDistantDaysAndTowns() {
        EventCluster days = EventCluster.of(1, report("a", "RIOT").at(HASAKAH).day("2020-03-20").build())
                .with(report("b", "RIOT").at(HASAKAH).day("2020-03-29").build());
        EventCluster towns = EventCluster.of(2, report("a", "RIOT").at(HASAKAH).day("2020-03-29").build())
                .with(report("b", "RIOT").at(QAMISHLI).day("2020-03-29").build());
        EventCluster fine = EventCluster.of(3, report("a", "RIOT").at(HASAKAH).day("2020-03-29").build())
                .with(report("b", "RIOT").at(GHWAYRAN).day("2020-03-31").build());
        List<LinkingEvaluator.Violation> v = LinkingEvaluator.violations(List.of(days, towns, fine));
        assertEquals(List.of("c1", "c2"), v.stream().map(LinkingEvaluator.Violation::cluster).toList());
        assertTrue(v.get(1).why().contains("Qamishli"), v.get(1).why());
    }

    @Test
    void extractedReportsAreAlignedToGoldReportsOfTheSameArticle() {
        EventMention gold1 = report("a#e1", "RIOT").at(HASAKAH).day("2020-03-29").build();
        EventMention sys1 = report("a#s7", "RIOT").at(GHWAYRAN).day("2020-03-29").build();
        assertTrue(LinkingEvaluator.alignment(gold1, sys1) > Double.NEGATIVE_INFINITY);
        assertEquals(Double.NEGATIVE_INFINITY, LinkingEvaluator.alignment(gold1,
                report("a#s8", "RIOT").at(QAMISHLI).day("2020-03-29").build()), "70 km");
        assertEquals(Double.NEGATIVE_INFINITY, LinkingEvaluator.alignment(gold1,
                report("a#s8", "ESCAPE").at(HASAKAH).day("2020-03-29").build()), "type");
        assertEquals(Double.NEGATIVE_INFINITY, LinkingEvaluator.alignment(gold1,
                report("a#s8", "RIOT").at(HASAKAH).day("2020-04-29").build()), "date");
    }

    @Test
    void goldLinksAreCheckedWhenRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("gold.json");
        Files.writeString(f, "{\"clusters\": {\"x\": [\"a#e1\"], \"y\": [\"a#e1\"]}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldLinks.read(f));
        assertTrue(e.getMessage().contains("a#e1") && e.getMessage().contains(f.toString()), e.getMessage());
        Files.writeString(f, "{\"clusters\": {\"x\": [\"a-e1\"]}}");
        assertThrows(IllegalArgumentException.class, () -> GoldLinks.read(f));
        Files.writeString(f, "{\"clusters\": {\"x\": [\"a#e1\"]}, \"threads\": [[\"x\", \"nope\"]]}");
        assertThrows(IllegalArgumentException.class, () -> GoldLinks.read(f));
        Files.writeString(f, "[1, 2]");
        assertThrows(IllegalArgumentException.class, () -> GoldLinks.read(f));
        Files.writeString(f, "{\"clusters\": {\"x\": [\"a#e1\", \"b#e1\"]}, \"near_duplicates\": [[\"a\", \"b\"]]}");
        GoldLinks g = GoldLinks.read(f);
        assertEquals("x", g.clusterOf().get("b#e1"));
        assertEquals(List.of(java.util.Set.of("a", "b")), g.nearDuplicates());
    }
}
