package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.link.Reports.*;

import java.util.List;
import org.marsad.document.Modality;
import org.junit.jupiter.api.Test;

/** The consensus fields of {@link EventCluster}. */
class EventClusterTest {
    private static EventCluster three() {
        EventMention a = report("cnn#e1", "ATTACK").outlet("cnn").published("2022-01-21").at(HASAKAH)
                .facility("Ghwayran prison").day("2022-01-20").actor(ISIS).target(SDF).killed(27).speaker("SDF").build();
        EventMention b = report("arab#e2", "ATTACK").outlet("arab").published("2022-01-21").at(GHWAYRAN)
                .facility("Ghwayran prison").day("2022-01-20").actor(ISIS).killed(31).injured(12).build();
        EventMention c = report("raqqa#e1", "CLASH").outlet("cnn").published("2022-01-22").at(HASAKAH_GOV)
                .month("2022-01").actor(SDF).target(ISIS).killed(40).speaker("Activists").build();
        return EventCluster.of(7, a).with(b).with(c);
    }

    @Test
    void consensusIsTheMostSpecificPlaceTheTightestDateAndTheLowestToll() {
        EventCluster c = three();
        assertEquals("c7", c.id());
        assertEquals("ATTACK", c.type());
        assertEquals("assault", c.family());
        assertEquals("Ghwayran", c.place().orElseThrow().name(), "a neighbourhood is more specific than its town");
        assertEquals("2022-01-20", c.date().orElseThrow().start().toString());
        assertEquals(1, c.date().orElseThrow().days());
        assertEquals(27, c.fatalities().getAsInt());
        assertEquals(12, c.injured().getAsInt());
        assertEquals("ISIS", c.actor().orElseThrow().canonical());
        assertEquals("SDF", c.target().orElseThrow().canonical());
        assertEquals("Ghwayran prison", c.facility().orElseThrow());
    }

    @Test
    void articlesSourcesAndReportingDates() {
        EventCluster c = three();
        assertEquals(3, c.numArticles());
        assertEquals(2, c.numSources(), "two articles of one outlet are one source");
        assertEquals(List.of("cnn", "arab"), c.sources());
        assertEquals(List.of("SDF", "Activists"), c.speakers());
        assertEquals("2022-01-21", c.firstReported().orElseThrow().toString());
        assertEquals("2022-01-22", c.lastReported().orElseThrow().toString());
    }

    @Test
    void copiesCountAsArticlesAndSourcesButNotAsReports() {
        EventMention copy = report("nour#e1", "ATTACK").outlet("nour").published("2022-01-24").at(HASAKAH)
                .day("2022-01-19").killed(3).build();
        EventCluster c = three().withCopy(new EventCluster.Copy(copy, "cnn", 0.8));
        assertEquals(4, c.numArticles());
        assertEquals(3, c.numSources());
        assertEquals("2022-01-24", c.lastReported().orElseThrow().toString());
        assertEquals(27, c.fatalities().getAsInt(), "a copy's figure takes no part in the consensus");
        assertEquals(3, c.mentions().size());
    }

    @Test
    void disagreementsSayWhoGaveWhichValue() {
        List<Disagreement> d = three().disagreements();
        Disagreement f = d.stream().filter(x -> x.field().equals("fatalities")).findFirst().orElseThrow();
        assertEquals(List.of("27", "31", "40"), f.values().stream().map(Disagreement.Value::value).toList());
        assertEquals(List.of("arab#e2".split("#")[0]), f.values().get(1).articles());
        assertEquals(List.of("arab"), f.values().get(1).sources());
        assertTrue(d.stream().anyMatch(x -> x.field().equals("type")));
        assertTrue(d.stream().anyMatch(x -> x.field().equals("actor")), "ISIS and SDF as actor");
        assertTrue(d.stream().noneMatch(x -> x.field().equals("date")), "one day-precise date only");
        assertTrue(d.stream().noneMatch(x -> x.field().equals("place")), "a town and its neighbourhood do not disagree");
    }

    @Test
    void datesAndDenialsDisagree() {
        EventMention a = report("a", "RIOT").at(HASAKAH).day("2020-03-29").build();
        EventMention b = report("b", "RIOT").at(HASAKAH).day("2020-03-30").modality(Modality.DENIED).build();
        List<Disagreement> d = EventCluster.of(1, a).with(b).disagreements();
        assertEquals(List.of("date", "modality"), d.stream().map(Disagreement::field).toList());
    }

    @Test
    void onTiesTheDateMostOutletsGiveWins() {
        EventMention a = report("a", "RIOT").outlet("x").at(HASAKAH).day("2020-03-30").build();
        EventMention b = report("b", "RIOT").outlet("y").at(HASAKAH).day("2020-03-29").build();
        EventMention c = report("c", "RIOT").outlet("z").at(HASAKAH).day("2020-03-29").build();
        assertEquals("2020-03-29", EventCluster.of(1, a).with(b).with(c).date().orElseThrow().start().toString());
        assertEquals("2020-03-29", EventCluster.of(1, a).with(b).date().orElseThrow().start().toString(), "then the earliest");
    }

    @Test
    void mergeKeepsTheNumberAndEveryReport() {
        EventCluster a = EventCluster.of(3, report("a", "RIOT").at(HASAKAH).day("2020-03-29").build());
        EventCluster b = EventCluster.of(9, report("b", "RIOT").at(HASAKAH).day("2020-03-29").build());
        EventCluster m = a.merge(b);
        assertEquals(3, m.number());
        assertEquals(2, m.mentions().size());
        assertTrue(m.summary().startsWith("RIOT in Al-Hasakah (SY), 2020-03-29: 2 articles, 2 sources"), m.summary());
    }

    @Test
    void snapshotsNeverChangeWhenOthersGrowFromThem() {
        EventCluster base = EventCluster.of(1, report("a", "RIOT").outlet("x").at(HASAKAH).day("2020-03-29").build());
        EventCluster left = base.with(report("b", "RIOT").outlet("y").at(HASAKAH).day("2020-03-29").killed(3).build());
        EventCluster right = base.with(report("c", "RIOT").outlet("z").at(QAMISHLI).day("2020-03-30").build());
        EventCluster leftMore = left.with(report("d", "RIOT").outlet("y").at(HASAKAH).day("2020-03-29").build())
                .withCopy(new EventCluster.Copy(report("e", "RIOT").outlet("w").build(), "a", 0.9));
        assertEquals(List.of("a"), base.articles().stream().toList());
        assertEquals(List.of("a", "b"), left.articles().stream().toList());
        assertEquals(List.of("a", "c"), right.articles().stream().toList(), "grown from an older snapshot: a copy");
        assertEquals(List.of("a", "b", "d", "e"), leftMore.articles().stream().toList());
        assertEquals(List.of("x", "z"), right.sources());
        assertEquals(List.of("x", "y", "w"), leftMore.sources());
        assertTrue(!right.hasArticle("b") && !left.hasArticle("c") && !base.hasArticle("b"));
        assertEquals(1, base.mentions().size());
        assertEquals(2, right.mentions().size());
        assertEquals("c", right.mentions().get(1).article());
        assertEquals(0, left.copies().size());
        assertEquals(1, leftMore.copies().size());
        assertTrue(base.fatalities().isEmpty() && left.fatalities().getAsInt() == 3 && right.fatalities().isEmpty());
        assertEquals(List.of("b", "d", "e"), leftMore.articlesFrom(1));
        EventCluster merged = left.merge(right);
        assertEquals(List.of("a", "b", "a", "c").size(), merged.mentions().size());
        assertEquals(List.of("a", "b", "c"), merged.articles().stream().toList());
        assertEquals(2, left.numArticles(), "merging made a new cluster, the old one is as it was");
    }

    @Test
    void undatedClustersAreIndexedByTheWeekBeforePublication() {
        EventCluster c = EventCluster.of(1, report("a", "RIOT").at(HASAKAH).published("2020-03-30").build());
        assertEquals("2020-03-24", c.hull().orElseThrow().start().toString());
        assertTrue(EventCluster.of(1, report("a", "RIOT").at(HASAKAH).build()).hull().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new EventMention("a", "e1", null, null, "RIOT", "protest",
                null, null, null, null, null, null, null, null, false, false, List.of(), 5, 2, ""));
    }
}
