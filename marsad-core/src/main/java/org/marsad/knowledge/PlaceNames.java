package org.marsad.knowledge;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The names a text span matches: an immutable list of {@link PlaceName}s with what the place finder
 * and the resolver ask about them worked out once, when the list is made, instead of at every match
 * (issue 4: asking each name and its place again touched objects spread over the heap). The
 * gazetteer's name matcher holds one such list per name it knows, so a match hands it over as is.
 *
 * <p>Equal to any list with the same names in the same order ({@link AbstractList}'s equality).
 * Immutable and thread-safe.
 */
public final class PlaceNames extends AbstractList<PlaceName> implements RandomAccess {
    private static final PlaceNames EMPTY = new PlaceNames(new PlaceName[0]);

    private final PlaceName[] names;
    private final List<Place> places;
    private final int words;
    private final int articleMask;
    private final boolean allNeedContext;
    private final boolean allFacility;
    private final boolean allCountry;
    private final String country;

    private PlaceNames(PlaceName[] names) {
        this.names = names;
        List<Place> distinct = new ArrayList<>(names.length);
        int w = names.length == 0 ? -1 : names[0].words();
        int mask = names.length == 0 ? -1 : names[0].articleMask();
        boolean needs = true;
        boolean facility = true;
        boolean countries = true;
        String cc = null;
        boolean oneCountry = true;
        for (PlaceName n : names) {
            Place p = n.place();
            if (!distinct.contains(p)) {
                distinct.add(p);
            }
            if (n.words() != w || n.articleMask() != mask) {
                w = -1;
                mask = -1;
            }
            needs &= n.needsContext();
            facility &= p.kind() == PlaceKind.FACILITY;
            countries &= p.kind() == PlaceKind.COUNTRY;
            if (cc == null) {
                cc = p.country();
            } else if (!cc.equals(p.country())) {
                oneCountry = false;
            }
        }
        this.places = List.copyOf(distinct);
        this.words = w;
        this.articleMask = mask;
        this.allNeedContext = needs;
        this.allFacility = facility;
        this.allCountry = countries;
        this.country = oneCountry ? cc : null;
    }

    /** The names as a {@code PlaceNames}: the list itself when it is one, else a copy. */
    public static PlaceNames of(List<PlaceName> names) {
        if (names instanceof PlaceNames p) {
            return p;
        }
        return names.isEmpty() ? EMPTY : new PlaceNames(names.toArray(new PlaceName[0]));
    }

    @Override
    public PlaceName get(int index) {
        return names[index];
    }

    @Override
    public int size() {
        return names.length;
    }

    /** The places named, each once, in the order of their first name. */
    public List<Place> places() {
        return places;
    }

    /** The number of words every name has, or -1 when they differ (or there are none). */
    public int words() {
        return words;
    }

    /** The {@link PlaceName#articleMask()} every name has, or -1 when they differ (or there are none). */
    public int articleMask() {
        return articleMask;
    }

    /** True when every name needs context ({@link PlaceName#needsContext()}); true for none. */
    public boolean allNeedContext() {
        return allNeedContext;
    }

    /** True when every name is a facility's; true for none. */
    public boolean allFacility() {
        return allFacility;
    }

    /** True when every name is a country's; true for none. */
    public boolean allCountry() {
        return allCountry;
    }

    /** The country all the places lie in (possibly empty), or null when they differ or there are none. */
    public String country() {
        return country;
    }
}
