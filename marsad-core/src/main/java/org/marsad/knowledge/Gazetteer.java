package org.marsad.knowledge;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.text.PhraseMatcher;

/**
 * The offline gazetteer: GeoNames places with Arabic names (derived by {@link GazetteerBuilder})
 * plus curated countries, first-level divisions, regions, localities and facilities, all under
 * {@code marsad/knowledge/places/} (see its PROVENANCE.md and {@code docs/GAZETTEER.md}).
 *
 * <p>Lookup is by id ({@code gn:173811}, {@code mr:SY}), by country code, and by Arabic name
 * through {@link #names()}, a {@link PhraseMatcher} over every name of every place.
 * Containment follows the data: a place lies in its parent, in its first-level division (by GeoNames
 * admin1 code or the nearest GeoNames place), in its country; around a town, within a radius that
 * grows with the town's population.
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the bundled data once.
 */
public final class Gazetteer {
    private final List<Place> places;
    private final Map<String, Place> byId;
    private final Map<String, Place> countries;
    /**
     * Each place's first-level division by the place's id, in one lookup rather than two (id to
     * division code to division): the resolver asks for every entry it scores (issue 4). Never handed
     * out, so not wrapped (one object fewer per lookup); likewise {@link #featureCodes}.
     */
    private final Map<String, Place> admin1ById;
    private final Map<String, String> featureCodes;
    private final Set<String> coreCountries;
    private final PhraseMatcher<PlaceName> names;
    private final Set<String> nameStarts;

    Gazetteer(List<Place> places, Map<String, Place> byId, Map<String, Place> countries,
              Map<String, Place> admin1ByCode, Map<String, String> admin1Code, Map<String, String> featureCodes,
              Set<String> coreCountries, PhraseMatcher<PlaceName> names, Set<String> nameStarts) {
        // the loader hands over maps it no longer touches: wrap them rather than copy 19,000 entries
        this.places = Collections.unmodifiableList(places);
        this.byId = Collections.unmodifiableMap(byId);
        this.countries = Collections.unmodifiableMap(countries);
        Map<String, Place> a1 = new HashMap<>(admin1Code.size() * 4 / 3 + 1);
        admin1Code.forEach((id, code) -> {
            Place a = admin1ByCode.get(code);
            if (a != null) {
                a1.put(id, a);
            }
        });
        this.admin1ById = a1;
        this.featureCodes = featureCodes;
        this.coreCountries = Set.copyOf(coreCountries);
        this.names = names;
        this.nameStarts = Collections.unmodifiableSet(nameStarts);
    }

    private static final class Holder {
        static final Gazetteer STANDARD = GazetteerLoader.load();
    }

    /** The bundled gazetteer, loaded on first use and shared. */
    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    /** Loads the gazetteer from {@code marsad/knowledge/places/} now (a fresh instance). */
    public static Gazetteer load() {
        return GazetteerLoader.load();
    }

    public List<Place> places() {
        return places;
    }

    public int size() {
        return places.size();
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The GeoNames entry with this id, if the gazetteer has it. */
    public Optional<Place> byGeonames(long geonamesId) {
        return byId("gn:" + geonamesId);
    }

    /** The country with this ISO 3166-1 alpha-2 code. */
    public Optional<Place> country(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso2));
    }

    /** Every name of every place, for one-pass matching over tokens. */
    public PhraseMatcher<PlaceName> names() {
        return names;
    }

    /** True when some name's first word has this lookup key: a cheap test before {@link #names()}. */
    public boolean isNameStart(String key) {
        return nameStarts.contains(key);
    }

    /** The lookup keys of the first words of all names. */
    public Set<String> nameStarts() {
        return nameStarts;
    }

    /** Countries of the region the news is mostly about (small places elsewhere need context). */
    public Set<String> coreCountries() {
        return coreCountries;
    }

    /** The GeoNames feature code (PPLC, PPLA, PPL, PPLX ...) or, for curated entries, the kind's name. */
    public String featureCode(Place p) {
        String f = featureCodes.get(p.id());
        return f != null ? f : p.kind().name();
    }

    /** The entry of the place's parent, if it has one. */
    public Optional<Place> parent(Place p) {
        return p.parent().map(byId::get);
    }

    /** The first-level division a place lies in (itself for a division), if the data knows it. */
    public Optional<Place> admin1(Place p) {
        if (p.kind() == PlaceKind.ADMIN1) {
            return Optional.of(p);
        }
        return Optional.ofNullable(admin1ById.get(p.id()));
    }

    /** The first-level division whose seat this town is, if it is one. */
    public Optional<Place> admin1Seated(Place town) {
        String f = featureCodes.get(town.id());
        if (f == null || !(f.equals("PPLA") || f.equals("PPLC"))) {
            return Optional.empty();
        }
        return admin1(town);
    }

    /**
     * Radius in kilometres within which a point counts as "in" a town: 8 km for a village, growing
     * with the logarithm of the population to about 20 km for a city of millions.
     */
    public static double radiusKm(Place town) {
        return Math.max(8.0, 2.0 + 2.5 * Math.log10(town.population() + 1.0));
    }

    /**
     * True when {@code inner} lies in {@code outer}: the same entry; the country of a country; the
     * first-level division of a division; for a region, the same country and (when the region has a
     * parent division) that division; for a town, a parent chain through it or a point within
     * {@link #radiusKm(Place)}.
     */
    public boolean within(Place inner, Place outer) {
        if (inner.id().equals(outer.id())) {
            return true;
        }
        if (!inner.country().equals(outer.country())) {
            return false;
        }
        switch (outer.kind()) {
            case COUNTRY:
                return true;
            case ADMIN1: {
                Optional<Place> a = admin1(inner);
                return a.isPresent() ? a.get().id().equals(outer.id()) : false;
            }
            case REGION: {
                if (outer.parent().isPresent()) {
                    Place op = byId.get(outer.parent().get());
                    if (op != null && op.kind() != PlaceKind.COUNTRY && !within(inner, op)) {
                        return false;
                    }
                }
                return inner.kind() != PlaceKind.COUNTRY;
            }
            default: {
                for (Optional<String> p = inner.parent(); p.isPresent(); ) {
                    if (p.get().equals(outer.id())) {
                        return true;
                    }
                    Place q = byId.get(p.get());
                    p = q == null ? Optional.empty() : q.parent();
                }
                return !inner.kind().isArea() && inner.distanceKm(outer.lat(), outer.lon()) <= radiusKm(outer);
            }
        }
    }

    @Override
    public String toString() {
        return "Gazetteer[" + places.size() + " places, " + names.size() + " names]";
    }
}
