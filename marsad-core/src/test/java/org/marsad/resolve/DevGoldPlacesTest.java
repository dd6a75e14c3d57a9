package org.marsad.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marsad.testing.SharedData;

/** Place resolution on the dev gold, pinned at the figure reached (see docs/quality/places.md). */
class DevGoldPlacesTest {
    /** The share reached when this test was last pinned; lower means a regression. */
    static final double PINNED = 1.0;

    @Test
    void resolvesGoldPlacesWithinTwentyFiveKilometres() {
        Path shared = SharedData.resolve("gold/dev");
        DevGoldPlaces.Score s = DevGoldPlaces.score(shared.getParent().getParent());
        for (DevGoldPlaces.Outcome o : s.outcomes()) {
            System.out.println((o.resolved() ? "ok   " : "MISS ") + (o.wrongCountry() ? "WRONG-COUNTRY " : "")
                    + o.file() + " " + o.canonical() + o.detail());
        }
        System.out.printf(Locale.ROOT, "places: %d/%d = %.3f resolved within 25 km, %d to a wrong country%n",
                s.resolved(), s.total(), s.share(), s.wrongCountry());
        s.regionMisses().forEach(r -> System.out.println("region miss " + r));
        System.out.printf(Locale.ROOT, "regions (no coordinates): %d/%d by country and name%n", s.regionsResolved(),
                s.regions());
        s.entityErrors().forEach(System.out::println);
        System.out.printf(Locale.ROOT, "LOCATION/FACILITY entities: tp %d fp %d fn %d%n", s.entityTp(), s.entityFp(),
                s.entityFn());
        assertTrue(s.share() >= PINNED, "share " + s.share());
        assertEquals(0, s.wrongCountry());
    }
}
