package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.link.Reports.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link StoryThreads}. */
class StoryThreadsTest {
    private static List<StoryThread> threads(EventMention... ms) {
        EventLinker l = EventLinker.inMemory();
        for (EventMention m : ms) {
            l.add(article(m.article(), m.article(), m.published().map(Object::toString).orElse(null), "", m));
        }
        return l.threads();
    }

    @Test
    void theSameFacilityThreadsClustersYearsApart() {
        List<StoryThread> t = threads(
                report("a", "RIOT").at(HASAKAH).facility("Ghwayran prison").day("2020-03-29").build(),
                report("b", "ATTACK").at(HASAKAH).facility("Ghwayran Prison").day("2022-01-20").build(),
                report("c", "ESCAPE").at(QAMISHLI).facility("Alaya prison").day("2021-05-01").build());
        assertEquals(1, t.size());
        assertEquals(2, t.get(0).clusters().size());
        assertEquals("2020-03-29", t.get(0).start().orElseThrow().toString());
        assertEquals("2022-01-20", t.get(0).end().orElseThrow().toString());
        assertEquals(List.of("facility: Ghwayran Prison"), t.get(0).links());
    }

    @Test
    void threadOfGivesTheThreadThatHoldsACluster() {
        EventLinker l = EventLinker.inMemory();
        for (EventMention m : List.of(
                report("a", "RIOT").at(HASAKAH).facility("Ghwayran prison").day("2020-03-29").build(),
                report("b", "ATTACK").at(HASAKAH).facility("Ghwayran Prison").day("2022-01-20").build(),
                report("c", "ESCAPE").at(QAMISHLI).facility("Alaya prison").day("2021-05-01").build())) {
            l.add(article(m.article(), m.article(), m.published().map(Object::toString).orElse(null), "", m));
        }
        StoryThreads threads = new StoryThreads();
        l.clusters().forEach(threads::update);
        StoryThread t = l.threads().get(0);
        for (long n : t.clusters()) {
            assertEquals(t, threads.threadOf(n, l.store()).orElseThrow());
        }
        long alone = l.clusters().stream().mapToLong(EventCluster::number).filter(n -> !t.clusters().contains(n))
                .findFirst().getAsLong();
        assertTrue(threads.threadOf(alone, l.store()).isEmpty());
        assertTrue(threads.threadOf(999, l.store()).isEmpty());
    }

    @Test
    void aTownAndAKnownActorThreadWithinThirtyDays() {
        assertEquals(1, threads(
                report("a", "BOMBING").at(HASAKAH).actor(ISIS).day("2020-03-01").build(),
                report("b", "ARREST").at(HASAKAH).target(ISIS).day("2020-03-20").build()).size());
        assertEquals(0, threads(
                report("a", "BOMBING").at(HASAKAH).actor(ISIS).day("2020-03-01").build(),
                report("b", "ARREST").at(HASAKAH).target(ISIS).day("2020-04-20").build()).size(), "50 days apart");
        assertEquals(0, threads(
                report("a", "BOMBING").at(HASAKAH).actor(GUNMEN).day("2020-03-01").build(),
                report("b", "ARREST").at(HASAKAH).target(GUNMEN).day("2020-03-02").build()).size(), "unknown actor");
        assertEquals(0, threads(
                report("a", "BOMBING").at(HASAKAH_GOV).actor(ISIS).day("2020-03-01").build(),
                report("b", "ARREST").at(HASAKAH_GOV).target(ISIS).day("2020-03-02").build()).size(), "not a town");
    }

    @Test
    void aThreadOfTownAndActorSpansHalfAYearAtMost() {
        EventMention[] ms = new EventMention[10];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = report("a" + i, "SHELLING").at(HASAKAH).actor(ISIS)
                    .day(java.time.LocalDate.of(2020, 1, 1).plusDays(25L * i).toString()).build();
        }
        List<StoryThread> t = threads(ms);
        assertTrue(t.size() >= 2, "ten shellings 25 days apart over 225 days make more than one thread: " + t);
        for (StoryThread x : t) {
            assertTrue(x.end().get().toEpochDay() - x.start().get().toEpochDay() <= StoryThreads.DEFAULT_MAX_SPAN_DAYS);
        }
    }

    @Test
    void clustersReportedTogetherByTwoArticlesAreOneThread() {
        EventLinker l = EventLinker.inMemory();
        EventMention bomb = report("a#e1", "BOMBING").at(ISTANBUL_CITY).day("2022-11-13").build();
        EventMention arrest = report("a#e2", "ARREST").at(ANKARA).day("2022-11-14").build();
        l.add(article("a", "x", "2022-11-14", "", bomb, arrest));
        assertEquals(0, l.threads().size(), "one article is not enough");
        l.add(article("b", "y", "2022-11-15", "",
                report("b#e1", "BOMBING").at(ISTANBUL_CITY).day("2022-11-13").build(),
                report("b#e2", "ARREST").at(ANKARA).day("2022-11-14").build()));
        assertEquals(1, l.threads().size());
        assertEquals(List.of("reported together"), l.threads().get(0).links());
    }

    private static final Location ISTANBUL_CITY = town("Istanbul", "TR", "Istanbul", 41.01384, 28.94966);
    private static final Location ANKARA = town("Ankara", "TR", "Ankara", 39.91987, 32.85427);
}
