package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.link.Reports.*;

import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.marsad.knowledge.PlaceKind;
import org.junit.jupiter.api.Test;

/** Blocking must never hide a cluster that a report could join. */
class BlockingTest {
    private final LinkRules rules = LinkRules.defaults();

    private boolean found(EventMention m, EventCluster c) {
        Set<BlockKey> q = Blocking.queryKeys(m, rules.linkDate(m).orElseThrow(), rules);
        Set<BlockKey> reg = new HashSet<>(Blocking.keys(c));
        reg.retainAll(q);
        return !reg.isEmpty();
    }

    @Test
    void everyCompatiblePairIsInACommonBlock() {
        Random r = new Random(42);
        int compatible = 0;
        for (int i = 0; i < 20_000; i++) {
            EventMention a = random(r, "a");
            EventMention b = random(r, "b");
            EventCluster c = EventCluster.of(1, a);
            if (rules.linkable(b) && rules.linkable(a)
                    && rules.score(b, rules.linkDate(b).orElseThrow(), c).isPresent()) {
                compatible++;
                assertTrue(found(b, c), "blocking hides " + a + " from " + b);
            }
        }
        assertTrue(compatible > 1000, "the property was checked on " + compatible + " pairs only");
    }

    private static EventMention random(Random r, String id) {
        double lat = 36 + r.nextDouble() * 0.6;
        double lon = 40 + r.nextDouble() * 0.6;
        Location place = switch (r.nextInt(6)) {
            case 0 -> new Location("Area " + r.nextInt(2), "SY", Optional.of("A" + r.nextInt(2)), PlaceKind.REGION, 3,
                    Optional.empty());
            case 1 -> new Location("Syria", "SY", Optional.empty(), PlaceKind.COUNTRY, 3, Optional.empty());
            case 2 -> new Location("Near " + r.nextInt(3), "SY", Optional.of("A" + r.nextInt(2)), PlaceKind.CITY, 2,
                    Optional.of(new Location.LatLon(lat, lon)));
            case 3 -> new Location("Site " + r.nextInt(3), "SY", Optional.of("A" + r.nextInt(2)), PlaceKind.FACILITY, 1,
                    Optional.of(new Location.LatLon(lat, lon)));
            default -> new Location("Town " + r.nextInt(3), "SY", Optional.of("A" + r.nextInt(2)), PlaceKind.CITY, 1,
                    Optional.of(new Location.LatLon(lat, lon)));
        };
        Reports.Builder b = report(id, "ATTACK").at(place).published("2020-06-20");
        int d = r.nextInt(20);
        switch (r.nextInt(4)) {
            case 0 -> b.month("2020-06");
            case 1 -> { }
            default -> b.day("2020-06-" + String.format("%02d", 1 + d));
        }
        if (r.nextInt(4) == 0) {
            b.facility("Prison " + r.nextInt(2));
        }
        return b.build();
    }

    @Test
    void areaReportsLookInTheirDivisionAndCountry() {
        EventCluster town = EventCluster.of(1, report("a", "RIOT").at(QAMISHLI).day("2020-03-29").build());
        assertTrue(found(report("b", "RIOT").at(HASAKAH_GOV).day("2020-03-29").build(), town));
        assertTrue(found(report("b", "RIOT").at(NORTHERN_SYRIA).day("2020-03-29").build(), town));
        assertFalse(found(report("b", "RIOT").at(ALEPPO_GOV).day("2020-03-29").build(), town));
    }

    @Test
    void weeksFarApartAreNotLookedIn() {
        EventCluster c = EventCluster.of(1, report("a", "RIOT").at(HASAKAH).day("2020-03-29").build());
        assertFalse(found(report("b", "RIOT").at(HASAKAH).day("2020-04-29").build(), c));
        assertTrue(found(report("b", "RIOT").at(HASAKAH).day("2020-03-31").build(), c));
        assertTrue(Blocking.keys(EventCluster.of(1, report("a", "RIOT").at(HASAKAH).build())).isEmpty(),
                "no date, no publication: not indexed");
    }
}
