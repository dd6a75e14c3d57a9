package org.marsad.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * What a {@link PlaceNames} keeps of its first place for the resolver ({@link PlaceNames#firstPlace()},
 * {@link PlaceNames#firstFeatureCode()}, {@link PlaceNames#onlyEntry()}) is what its places and
 * facts give, on random lists and on every name list of the standard gazetteer.
 */
class PlaceNamesOnlyEntryTest {
    private static final PlaceKind[] KINDS = PlaceKind.values();

    private static Place place(int i) {
        return new Place("t:" + i, "Place " + i, List.of(), 30 + i, 40, KINDS[i % KINDS.length],
                i % 3 == 0 ? "SY" : "IQ", Optional.empty(), 0, Optional.empty(),
                i % 2 == 0 ? OptionalLong.of(1000 + i) : OptionalLong.empty(), "test");
    }

    /** The resolver's explanation for an only entry, as it was written before the list kept it. */
    private static String expected(Place p, String code) {
        String label = p.geonames().isPresent() ? code : p.kind().name().toLowerCase(Locale.ROOT);
        return p.name() + " (" + p.country() + ", " + label + "): only entry of that name";
    }

    private static void check(PlaceNames list) {
        if (list.isEmpty()) {
            assertNull(list.firstPlace());
            assertNull(list.onlyEntry());
            return;
        }
        assertSame(list.places().get(0), list.firstPlace());
        if (!list.hasFacts()) {
            assertNull(list.firstFeatureCode());
            assertNull(list.onlyEntry());
            return;
        }
        assertSame(list.featureCode(0), list.firstFeatureCode());
        String w = list.onlyEntry();
        assertEquals(expected(list.places().get(0), list.featureCode(0)), w);
        assertSame(w, list.onlyEntry(), "made once");
    }

    @Property(tries = 500)
    void keptAnswersAreThoseOfThePlaces(@ForAll @Size(max = 6) List<@IntRange(min = 0, max = 9) Integer> places,
                                        @ForAll boolean facts) {
        List<PlaceName> names = new ArrayList<>();
        for (int i : places) {
            names.add(new PlaceName(place(i), "form", List.of("k"), 0, i % 4 == 0));
        }
        check(facts ? PlaceNames.of(names, p -> "PPL" + p.id().length(), Set.of("SY")) : PlaceNames.of(names));
    }

    @Test
    void everyGazetteerListKeepsTheAnswersOfItsPlaces() {
        Gazetteer g = Gazetteer.standard();
        int lists = 0;
        for (Place p : g.places()) {
            for (String form : p.arabic()) {
                for (var m : g.names().findAll(org.marsad.text.Tokenizer.tokenize(
                        org.marsad.text.ArabicNormalizer.normalize(form)))) {
                    PlaceNames list = PlaceNames.of(m.values());
                    check(list);
                    assertEquals(g.featureCode(list.firstPlace()), list.firstFeatureCode());
                    lists++;
                }
            }
        }
        assertEquals(true, lists > 10_000, "lists checked: " + lists);
    }
}
