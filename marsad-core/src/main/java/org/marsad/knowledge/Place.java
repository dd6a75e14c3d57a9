package org.marsad.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An entry of the gazetteer.
 *
 * @param id         {@code gn:173811} for GeoNames entries, {@code mr:...} for curated ones
 * @param name       canonical English name
 * @param arabic     Arabic names, citation form
 * @param lat        latitude (a representative point for areas)
 * @param country    ISO 3166-1 alpha-2
 * @param admin1     English name of the first-level division, when known
 * @param parent     id of the place it lies in (a neighbourhood's city, a facility's town)
 * @param geonames   the GeoNames id, when the entry comes from or matches GeoNames
 */
public record Place(String id, String name, List<String> arabic, double lat, double lon, PlaceKind kind,
                    String country, Optional<String> admin1, long population, Optional<String> parent,
                    OptionalLong geonames, String source) {
    public Place {
        arabic = List.copyOf(arabic);
        // a few hundred codes shared by tens of thousands of places: one string each, so that the
        // resolver's many comparisons of countries find them identical or read the same few cached
        // strings (issue 4)
        country = country == null ? null : country.intern();
    }

    /** Great-circle distance in kilometres. */
    public double distanceKm(double lat2, double lon2) {
        return Geo.distanceKm(lat, lon, lat2, lon2);
    }
}
