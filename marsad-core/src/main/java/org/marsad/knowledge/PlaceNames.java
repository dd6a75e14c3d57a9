package org.marsad.knowledge;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;

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
    private static final PlaceNames EMPTY = new PlaceNames(new PlaceName[0], null, null, false);

    private final PlaceName[] names;
    private final List<Place> places;
    /**
     * What the place finder and the resolver ask of every list, kept in the list itself rather than
     * read through the arrays and names it refers to (issue 4: each is one more object out of the
     * caches): the number of names and of places, the first name's first key, and per place whether
     * it is named here only by names that need context.
     */
    private final int size;
    private final int placeCount;
    private final String firstKey;
    private final boolean[] onlyNeedingContext;
    private final int words;
    private final int articleMask;
    private final boolean allNeedContext;
    private final boolean allFacility;
    private final boolean allCountry;
    private final String country;
    /** Per word of the first name: its key's length. */
    private final int[] keyLengths;
    /**
     * The first of {@link #keyLengths} (0 when there is none), kept in the list itself: most names are
     * one word, and the place finder then reads no other object (issue 4).
     */
    private final int firstKeyLength;
    /** Per place of {@link #places}, when the gazetteer made the list: its feature code and prior. */
    private final String[] featureCodes;
    private final double[] priors;
    /**
     * For a gazetteer list whose names differ in length or article ({@link #words()} -1): per shape
     * ({@link #shape(int, int)}) the names of that shape, in order, with their facts; else null.
     */
    private final long[] shapes;
    private final PlaceNames[] shaped;
    /**
     * The first place and, when known ({@link #hasFacts()}), its feature code, kept in the list itself:
     * the resolver reads them for every name with a single place (most of an article's names)
     * without going through {@link #places} and {@link #featureCodes} (issue 4).
     */
    private final Place firstPlace;
    private final String firstFeatureCode;
    /**
     * {@link #onlyEntry()}, made on first use and then kept: a pure function of this immutable list,
     * written and read without synchronization as {@link String#hashCode()} keeps its hash (a thread
     * that sees null makes the same string again).
     */
    private String onlyEntry;

    private PlaceNames(PlaceName[] names, Function<Place, String> featureCode, Set<String> coreCountries,
                       boolean byShape) {
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
        this.size = names.length;
        this.placeCount = places.size();
        this.firstKey = names.length == 0 ? null : names[0].keys().get(0);
        this.onlyNeedingContext = new boolean[placeCount];
        for (int k = 0; k < placeCount; k++) {
            boolean only = true;
            for (PlaceName n : names) {
                if (n.place() == places.get(k) && !n.needsContext()) {
                    only = false;
                    break;
                }
            }
            onlyNeedingContext[k] = only;
        }
        this.words = w;
        this.articleMask = mask;
        this.allNeedContext = needs;
        this.allFacility = facility;
        this.allCountry = countries;
        this.country = oneCountry ? cc : null;
        this.keyLengths = new int[names.length == 0 ? 0 : names[0].words()];
        for (int i = 0; i < keyLengths.length; i++) {
            keyLengths[i] = names[0].keys().get(i).length();
        }
        this.firstKeyLength = keyLengths.length > 0 ? keyLengths[0] : 0;
        if (featureCode == null) {
            this.featureCodes = null;
            this.priors = null;
        } else {
            this.featureCodes = new String[places.size()];
            this.priors = new double[places.size()];
            for (int k = 0; k < places.size(); k++) {
                featureCodes[k] = featureCode.apply(places.get(k));
                priors[k] = PlacePriors.of(places.get(k), featureCodes[k], coreCountries);
            }
        }
        this.firstPlace = places.isEmpty() ? null : places.get(0);
        this.firstFeatureCode = featureCodes == null || featureCodes.length == 0 ? null : featureCodes[0];
        if (byShape && words < 0 && names.length > 1) {
            java.util.Map<Long, List<PlaceName>> groups = new java.util.LinkedHashMap<>();
            for (PlaceName n : names) {
                groups.computeIfAbsent(shape(n.words(), n.articleMask()), k -> new ArrayList<>()).add(n);
            }
            this.shapes = new long[groups.size()];
            this.shaped = new PlaceNames[groups.size()];
            int g = 0;
            for (java.util.Map.Entry<Long, List<PlaceName>> e : groups.entrySet()) {
                shapes[g] = e.getKey();
                shaped[g++] = new PlaceNames(e.getValue().toArray(new PlaceName[0]), featureCode, coreCountries, false);
            }
        } else {
            this.shapes = null;
            this.shaped = null;
        }
    }

    /** A name's shape: its number of words and which of them carry the article. */
    private static long shape(int words, int articleMask) {
        return ((long) words << 32) | (articleMask & ((1L << words) - 1));
    }

    /**
     * The names of {@code words} words whose article mask, on those words, is {@code articleMask}, in
     * order and with this list's facts ({@link #hasFacts()}); this list itself when all are; null when
     * this list does not keep its names by shape (a list the gazetteer did not make, or one whose
     * names all have one shape). The place finder asks it for the names a text span matches with
     * the articles it has, where the list mixes shapes («الباب» and «باب»).
     */
    public PlaceNames withShape(int words, int articleMask) {
        if (shapes == null) {
            return null;
        }
        long key = shape(words, articleMask);
        for (int g = 0; g < shapes.length; g++) {
            if (shapes[g] == key) {
                return shaped[g].size() == size() ? this : shaped[g];
            }
        }
        return EMPTY;
    }

    /** The names as a {@code PlaceNames}: the list itself when it is one, else a copy. */
    public static PlaceNames of(List<PlaceName> names) {
        if (names instanceof PlaceNames p) {
            return p;
        }
        return names.isEmpty() ? EMPTY : new PlaceNames(names.toArray(new PlaceName[0]), null, null, false);
    }

    /**
     * The names as the gazetteer keeps them: with each place's feature code and prior
     * ({@link PlacePriors}) worked out now.
     *
     * @param featureCode   {@link Gazetteer#featureCode(Place)}
     * @param coreCountries {@link Gazetteer#coreCountries()}
     */
    public static PlaceNames of(List<PlaceName> names, Function<Place, String> featureCode, Set<String> coreCountries) {
        return new PlaceNames(names.toArray(new PlaceName[0]), featureCode, coreCountries, true);
    }

    @Override
    public PlaceName get(int index) {
        return names[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    /** The number of {@link #places()}. */
    public int placeCount() {
        return placeCount;
    }

    /** The first key of the first name ({@code get(0).keys().get(0)}); null when there are no names. */
    public String firstKey() {
        return firstKey;
    }

    /**
     * True when place {@code k} of {@link #places()} is named here only by names that need context
     * ({@link PlaceName#needsContext()}; its names are those whose place is that very object).
     */
    public boolean onlyNeedingContext(int k) {
        return onlyNeedingContext[k];
    }

    /** The places named, each once, in the order of their first name. */
    public List<Place> places() {
        return places;
    }

    /** True when {@link #featureCode(int)} and {@link #prior(int)} are known (the gazetteer made the list). */
    public boolean hasFacts() {
        return priors != null;
    }

    /** The feature code of place {@code k} of {@link #places()}; see {@link #hasFacts()}. */
    public String featureCode(int k) {
        return featureCodes[k];
    }

    /** {@code places().get(0)}; null when there are no names. */
    public Place firstPlace() {
        return firstPlace;
    }

    /** {@code featureCode(0)}; null when the facts are not known ({@link #hasFacts()}) or there are no names. */
    public String firstFeatureCode() {
        return firstFeatureCode;
    }

    /**
     * Why the resolver picks the first place when it is the only one a text's name can mean:
     * «Hasakah (SY, PPLA): only entry of that name» (its name, country, then its feature code for a
     * GeoNames entry, else its kind in lower case). Made once per list, on first use; null when the
     * facts are not known ({@link #hasFacts()}) or there are no names.
     */
    public String onlyEntry() {
        String w = onlyEntry;
        if (w == null && firstFeatureCode != null) {
            w = onlyEntry(firstPlace, firstFeatureCode);
            onlyEntry = w;
        }
        return w;
    }

    /**
     * Why the resolver picks {@code p}, of feature code {@code featureCode}, as the only entry of a
     * name (see {@link #onlyEntry()}).
     */
    public static String onlyEntry(Place p, String featureCode) {
        return appendLabel(new StringBuilder(80), p, featureCode).append(": only entry of that name").toString();
    }

    /** {@link PlaceKind#name()} in lower case, the label of entries without a GeoNames id. */
    private static final String[] KIND_LABELS = java.util.Arrays.stream(PlaceKind.values())
            .map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    /**
     * Appends how the resolver's explanations name a place: «Hasakah (SY, PPLA)», its name, country,
     * then its feature code for a GeoNames entry, else its kind in lower case.
     */
    public static StringBuilder appendLabel(StringBuilder w, Place p, String featureCode) {
        return w.append(p.name()).append(" (").append(p.country()).append(", ")
                .append(p.geonames().isPresent() ? featureCode : KIND_LABELS[p.kind().ordinal()]).append(')');
    }

    /** The prior ({@link PlacePriors}) of place {@code k} of {@link #places()}; see {@link #hasFacts()}. */
    public double prior(int k) {
        return priors[k];
    }

    /** The length of the key of word {@code i} of the first name. */
    public int keyLength(int i) {
        return i == 0 && firstKeyLength > 0 ? firstKeyLength : keyLengths[i];
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
