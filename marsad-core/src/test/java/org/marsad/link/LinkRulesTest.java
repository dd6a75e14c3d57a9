package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.link.Reports.*;

import java.util.OptionalDouble;
import org.marsad.document.DateRange;
import org.marsad.document.Modality;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link LinkRules}. */
class LinkRulesTest {
    private final LinkRules rules = LinkRules.defaults();

    private OptionalDouble score(EventMention m, EventCluster c) {
        DateRange when = rules.linkDate(m).orElseThrow();
        return rules.score(m, when, c);
    }

    private static EventCluster cluster(EventMention... ms) {
        EventCluster c = EventCluster.of(1, ms[0]);
        for (int i = 1; i < ms.length; i++) {
            c = c.with(ms[i]);
        }
        return c;
    }

    private static Reports.Builder riot(String id) {
        return report(id, "RIOT").at(HASAKAH).day("2020-03-29").published("2020-03-30");
    }

    @Test
    void linkableExcludesHabitualPlacelessAndLongIntervals() {
        assertTrue(rules.linkable(riot("a").build()));
        assertFalse(rules.linkable(riot("a").habitual().build()));
        assertFalse(rules.linkable(report("a", "RIOT").day("2020-03-29").build()), "no place, no facility");
        assertTrue(rules.linkable(report("a", "RIOT").facility("Ghwayran prison").day("2020-03-29").build()));
        assertFalse(rules.linkable(riot("a").year(2020).build()), "a year is too vague");
        assertTrue(rules.linkable(riot("a").month("2020-03").build()));
    }

    @Test
    void undatedReportsAreLinkedByTheWeekBeforePublicationUnlessBackground() {
        EventMention m = report("a", "RIOT").at(HASAKAH).published("2020-03-30").build();
        DateRange d = rules.linkDate(m).orElseThrow();
        assertEquals("2020-03-24", d.start().toString());
        assertEquals("2020-03-30", d.end().toString());
        assertTrue(rules.linkDate(report("a", "RIOT").at(HASAKAH).published("2020-03-30").background().build()).isEmpty());
        assertTrue(rules.linkDate(report("a", "RIOT").at(HASAKAH).build()).isEmpty(), "no publication date");
        assertTrue(LinkRules.builder().linkUndated(false).build().linkDate(m).isEmpty());
    }

    @Test
    void familyMustMatch() {
        EventCluster c = cluster(riot("a").build());
        assertTrue(score(report("b", "ESCAPE").at(HASAKAH).day("2020-03-29").build(), c).isEmpty(), "custody vs protest");
        assertTrue(score(report("b", "PROTEST").at(HASAKAH).day("2020-03-29").build(), c).isPresent(), "same family");
    }

    @Test
    void plannedAndHypotheticalLinkOnlyWithEachOther() {
        EventCluster c = cluster(riot("a").build());
        assertTrue(score(riot("b").modality(Modality.PLANNED).build(), c).isEmpty());
        assertTrue(score(riot("b").modality(Modality.DENIED).build(), c).isPresent(), "a denial is about the same event");
        EventCluster planned = cluster(riot("a").modality(Modality.HYPOTHETICAL).build());
        assertTrue(score(riot("b").modality(Modality.PLANNED).build(), planned).isPresent());
    }

    @Test
    void twoReportsOfOneArticleAreNeverMerged() {
        EventCluster c = cluster(riot("a#e1").build());
        assertTrue(score(riot("a#e2").build(), c).isEmpty());
    }

    @Test
    void dayPreciseDatesMayDifferByTwoDaysAtMost() {
        EventCluster c = cluster(riot("a").actor(ISIS).build());
        assertEquals(7.0, score(riot("b").actor(ISIS).build(), c).getAsDouble(), 1e-9, "2 type + 2 day + 2 town + 1 actor");
        assertEquals(6.0, score(riot("b").actor(ISIS).day("2020-03-30").build(), c).getAsDouble(), 1e-9, "«الأحد» vs «الاثنين»");
        assertEquals(4.0, score(riot("b").actor(ISIS).day("2020-03-31").build(), c).getAsDouble(), 1e-9);
        assertTrue(score(riot("b").day("2020-04-01").build(), c).isEmpty(), "three days apart");
    }

    @Test
    void completeLinkageKeepsEveryDayWithinTheGap() {
        EventCluster c = cluster(riot("a").build(), riot("b").day("2020-03-31").build());
        assertTrue(score(riot("c").day("2020-04-01").build(), c).isEmpty(), "within 2 of the 31st, not of the 29th");
        assertTrue(score(riot("c").day("2020-03-30").build(), c).isPresent());
    }

    @Test
    void coarseDatesMustOverlapOrTouch() {
        EventCluster c = cluster(riot("a").build());
        assertEquals(6.5, score(riot("b").month("2020-03").facility("x").build(), cluster(riot("a").facility("x").build()))
                .getAsDouble(), 1e-9, "2 type + 0.5 coarse + 2 town + 2 facility");
        assertTrue(score(riot("b").month("2020-04").build(), cluster(riot("a").day("2020-03-31").build())).isPresent(),
                "touches");
        assertTrue(score(riot("b").month("2020-05").build(), c).isEmpty());
    }

    @Test
    void placesMustShareTheCountry() {
        Location hasakahTr = town("Al-Hasakah", "TR", "X", 36.50237, 40.74772);
        assertFalse(rules.placesCompatible(HASAKAH, hasakahTr));
    }

    @Test
    void twoTownsMustBeWithinTenKilometres() {
        assertFalse(rules.placesCompatible(HASAKAH, QAMISHLI), "~70 km");
        assertFalse(rules.placesCompatible(AZAZ, MAREA), "~18 km: two towns");
        assertTrue(rules.placesCompatible(HASAKAH, town("Hasakah", "SY", "Al-Hasakah", 36.49, 40.76)), "same town, other gazetteer point");
    }

    @Test
    void aSiteMayLieInATownUpToTwentyKilometresAway() {
        assertTrue(rules.placesCompatible(HASAKAH, GHWAYRAN));
        assertEquals(1.5, rules.placeScore(HASAKAH, GHWAYRAN), 1e-9);
        Location far = new Location("Far district", "SY", java.util.Optional.of("Al-Hasakah"),
                org.marsad.knowledge.PlaceKind.NEIGHBOURHOOD, 1, java.util.Optional.of(new Location.LatLon(36.75, 40.75)));
        assertFalse(rules.placesCompatible(HASAKAH, far), "~28 km");
    }

    @Test
    void twoSitesMustBeWithinFiveKilometres() {
        Location a = new Location("Site A", "SY", java.util.Optional.empty(), org.marsad.knowledge.PlaceKind.FACILITY, 1,
                java.util.Optional.of(new Location.LatLon(36.50, 40.74)));
        Location b = new Location("Site B", "SY", java.util.Optional.empty(), org.marsad.knowledge.PlaceKind.FACILITY, 1,
                java.util.Optional.of(new Location.LatLon(36.56, 40.74)));
        assertFalse(rules.placesCompatible(a, b), "~6.7 km");
        assertTrue(rules.placesCompatible(a, GHWAYRAN));
    }

    @Test
    void nearATownMeansFortyKilometres() {
        assertTrue(rules.placesCompatible(NEAR_MAREA, AZAZ));
        assertFalse(rules.placesCompatible(NEAR_MAREA, HASAKAH));
    }

    @Test
    void anAreaHoldsThePlacesOfItsDivision() {
        assertTrue(rules.placesCompatible(HASAKAH_GOV, QAMISHLI), "Governorate dropped from the division name");
        assertFalse(rules.placesCompatible(ALEPPO_GOV, QAMISHLI));
        assertTrue(rules.placesCompatible(NORTHERN_SYRIA, AZAZ), "a region without division: the country");
        assertEquals(0.5, rules.placeScore(HASAKAH_GOV, QAMISHLI), 1e-9);
        assertEquals(-0.5, rules.placeScore(NORTHERN_SYRIA, AZAZ), 1e-9, "the country only: needs support");
    }

    @Test
    void aReportWithoutPlaceJoinsOnlyThroughItsFacility() {
        EventCluster c = cluster(riot("a").facility("Ghwayran prison").build());
        assertTrue(score(report("b", "RIOT").day("2020-03-29").facility("Ghwayran Prison").build(), c).isPresent());
        assertTrue(rules.score(report("b", "RIOT").day("2020-03-29").facility("Other prison").build(),
                DateRange.day(java.time.LocalDate.of(2020, 3, 29)), c).isEmpty());
    }

    @Test
    void familyOnlyNeedsSupport() {
        EventMention a = report("a", "BOMBING").at(HASAKAH).day("2020-03-29").build();
        EventCluster c = cluster(a);
        assertEquals(4.5, score(report("b", "ATTACK").at(HASAKAH).day("2020-03-29").build(), c).getAsDouble(), 1e-9,
                "0.5 family + 2 day + 2 town");
        assertTrue(score(report("b", "ATTACK").at(HASAKAH).day("2020-03-30").build(), c).getAsDouble() < rules.threshold(),
                "a day apart and of another type needs support");
    }

    @Test
    void differentFacilitiesCostTwo() {
        EventCluster c = cluster(riot("a").facility("Ghwayran prison").build());
        assertEquals(4.0, score(riot("b").facility("Alaya prison").build(), c).getAsDouble(), 1e-9);
    }

    @Test
    void differentKnownPartiesCostOneAndAHalfAndSharedOnesHelp() {
        EventCluster c = cluster(riot("a").actor(ISIS).target(SDF).build());
        assertEquals(8.0, score(riot("b").actor(SDF).target(ISIS).build(), c).getAsDouble(), 1e-9, "roles may swap");
        assertEquals(4.5, score(riot("b").actor(SYRIAN_ARMY).build(), c).getAsDouble(), 1e-9);
        assertEquals(6.0, score(riot("b").actor(GUNMEN).build(), c).getAsDouble(), 1e-9, "an unresolved name says nothing");
    }

    @Test
    void closeFatalityFiguresHelp() {
        EventCluster c = cluster(riot("a").killed(27).build());
        assertEquals(6.5, score(riot("b").killed(31).build(), c).getAsDouble(), 1e-9);
        assertEquals(6.0, score(riot("b").killed(60).build(), c).getAsDouble(), 1e-9);
    }

    @Test
    void mergeableChecksEveryPair() {
        EventCluster a = cluster(riot("a").build());
        EventCluster b = EventCluster.of(2, riot("b").day("2020-03-30").build());
        assertTrue(rules.mergeable(a, b));
        assertFalse(rules.mergeable(a, EventCluster.of(3, riot("c").at(QAMISHLI).build())));
        assertFalse(rules.mergeable(a, EventCluster.of(3, riot("a#e2").build())), "same article");
        assertFalse(rules.mergeable(a, EventCluster.of(3, riot("c").day("2020-04-02").build())));
    }

    @Test
    void builderRejectsBadSettings() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> LinkRules.builder().maxDayGap(-1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> LinkRules.builder().cityKm(0));
    }
}
