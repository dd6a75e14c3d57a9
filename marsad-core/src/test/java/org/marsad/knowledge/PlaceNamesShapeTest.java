package org.marsad.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PlaceNames#withShape}: the same names, in the same order, as filtering the list by shape;
 * and the answers the list keeps in itself are those its names give.
 */
class PlaceNamesShapeTest {
    private static Place place(int i) {
        return new Place("t:" + i, "P" + i, List.of(), 30 + i, 40, i % 2 == 0 ? PlaceKind.CITY : PlaceKind.ADMIN1,
                i % 3 == 0 ? "SY" : "IQ", Optional.empty(), 0, Optional.empty(), OptionalLong.empty(), "test");
    }

    private static PlaceName name(Place p, int words, int mask) {
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < words; k++) {
            keys.add("k" + k);
        }
        return new PlaceName(p, "form", keys, mask, false);
    }

    @Test
    void shapesAreTheFilteredNamesWithTheirFacts() {
        Random r = new Random(4);
        for (int trial = 0; trial < 500; trial++) {
            List<PlaceName> names = new ArrayList<>();
            int n = 1 + r.nextInt(6);
            for (int i = 0; i < n; i++) {
                int words = 1 + r.nextInt(3);
                names.add(name(place(r.nextInt(5)), words, r.nextInt(1 << words)));
            }
            PlaceNames list = PlaceNames.of(names, p -> "PPL" + p.id(), Set.of("SY"));
            for (int w = 1; w <= 3; w++) {
                for (int art = 0; art < 1 << w; art++) {
                    PlaceNames shaped = list.withShape(w, art);
                    if (list.words() >= 0) {
                        assertNull(shaped, "one shape: nothing kept");
                        continue;
                    }
                    List<PlaceName> expected = new ArrayList<>();
                    for (PlaceName x : names) {
                        if (x.words() == w && (x.articleMask() & ((1 << w) - 1)) == art) {
                            expected.add(x);
                        }
                    }
                    assertEquals(expected, shaped);
                    assertTrue(shaped.isEmpty() || shaped.hasFacts());
                    for (int k = 0; k < shaped.places().size(); k++) {
                        Place p = shaped.places().get(k);
                        assertEquals("PPL" + p.id(), shaped.featureCode(k));
                        assertEquals(PlacePriors.of(p, "PPL" + p.id(), Set.of("SY")), shaped.prior(k));
                    }
                }
            }
        }
    }

    @Test
    void keptAnswersAreThoseOfTheNames() {
        Random r = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            List<PlaceName> names = new ArrayList<>();
            int n = r.nextInt(6);
            for (int i = 0; i < n; i++) {
                names.add(new PlaceName(place(r.nextInt(4)), "form", List.of("k" + r.nextInt(3)), 0, r.nextBoolean()));
            }
            PlaceNames list = r.nextBoolean() ? PlaceNames.of(names) : PlaceNames.of(names, p -> "PPL", Set.of());
            assertEquals(names.size(), list.size());
            assertEquals(names.isEmpty(), list.isEmpty());
            assertEquals(list.places().size(), list.placeCount());
            assertEquals(names.isEmpty() ? null : names.get(0).keys().get(0), list.firstKey());
            for (int k = 0; k < list.placeCount(); k++) {
                Place p = list.places().get(k);
                boolean only = names.stream().noneMatch(x -> x.place() == p && !x.needsContext());
                assertEquals(only, list.onlyNeedingContext(k));
            }
        }
    }

    @Test
    void aListNotMadeByTheGazetteerKeepsNoShapes() {
        PlaceNames list = PlaceNames.of(List.of(name(place(1), 1, 1), name(place(2), 2, 0)));
        assertNull(list.withShape(1, 1));
    }

    @Test
    void allOfOneShapeIsTheListItself() {
        PlaceNames list = PlaceNames.of(List.of(name(place(1), 1, 1), name(place(2), 1, 3)), p -> "PPL", Set.of());
        assertEquals(-1, list.words());
        assertSame(list, list.withShape(1, 1));
    }
}
