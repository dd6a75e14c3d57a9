package org.marsad.link;

import java.util.Optional;
import org.marsad.knowledge.PlaceKind;

/**
 * Where an event happened, as the linker sees it: the gazetteer entry's name, country, first-level
 * division and kind, a point when the entry has one, and ACLED's geo-precision of the mention.
 *
 * @param name      canonical English name of the place
 * @param country   ISO 3166-1 alpha-2 code
 * @param admin1    English name of the first-level division the place lies in, when known
 * @param precision ACLED geo_precision: 1 the town itself, 2 near it or part of a region, 3 a region
 * @param point     latitude/longitude, absent for regions without a representative point
 */
public record Location(String name, String country, Optional<String> admin1, PlaceKind kind, int precision,
                       Optional<LatLon> point) {

    /** A point on the globe, in degrees. */
    public record LatLon(double lat, double lon) {
        public LatLon {
            if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
            }
        }
    }

    public Location {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a location needs a name");
        }
        country = country == null ? "" : country;
        admin1 = admin1 == null ? Optional.empty() : admin1.filter(a -> !a.isBlank());
        if (precision < 1 || precision > 3) {
            throw new IllegalArgumentException("geo precision must be 1, 2 or 3, not " + precision);
        }
        point = point == null ? Optional.empty() : point;
    }

    /**
     * True for places that are areas rather than points: regions, first-level divisions and
     * countries, anything of precision 3, and anything without coordinates.
     */
    public boolean isArea() {
        return precision >= 3 || point.isEmpty() || kind == PlaceKind.COUNTRY || kind == PlaceKind.ADMIN1
                || kind == PlaceKind.REGION;
    }

    /** The first-level division the place is or lies in: itself for an {@code admin1} entry. */
    public Optional<String> region() {
        if (admin1.isPresent()) {
            return admin1;
        }
        return kind == PlaceKind.ADMIN1 ? Optional.of(name) : Optional.empty();
    }

    /** Comparison key: normalized name and country. */
    public String key() {
        return Names.key(name) + "@" + country;
    }

    /**
     * How specific the place is, smaller is more specific: facilities and neighbourhoods, then
     * towns, then second-level divisions, regions, first-level divisions and countries; a mention
     * of lower geo-precision comes first among places of the same kind.
     */
    public int specificity() {
        int kindRank = switch (kind) {
            case FACILITY, NEIGHBOURHOOD -> 0;
            case CITY -> 1;
            case ADMIN2 -> 2;
            case REGION -> 3;
            case ADMIN1 -> 4;
            case COUNTRY -> 5;
        };
        return precision * 10 + kindRank;
    }
}
