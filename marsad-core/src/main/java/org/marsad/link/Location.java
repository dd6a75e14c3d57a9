package org.marsad.link;

import java.util.Objects;
import java.util.Optional;
import org.marsad.knowledge.PlaceKind;

/**
 * Where an event happened, as the linker sees it: the gazetteer entry's name, country, first-level
 * division and kind, a point when the entry has one, and ACLED's geo-precision of the mention.
 * Immutable; its comparison keys are computed once.
 */
public final class Location {
    /** A point on the globe, in degrees. */
    public record LatLon(double lat, double lon) {
        public LatLon {
            if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
            }
        }
    }

    private final String name;
    private final String country;
    private final Optional<String> admin1;
    private final PlaceKind kind;
    private final int precision;
    private final Optional<LatLon> point;
    private final String key;
    private final Optional<String> regionKey;

    /**
     * @param name      canonical English name of the place
     * @param country   ISO 3166-1 alpha-2 code
     * @param admin1    English name of the first-level division the place lies in, when known
     * @param precision ACLED geo_precision: 1 the town itself, 2 near it or part of a region, 3 a region
     * @param point     latitude/longitude, absent for regions without a representative point
     */
    public Location(String name, String country, Optional<String> admin1, PlaceKind kind, int precision,
                    Optional<LatLon> point) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a location needs a name");
        }
        if (precision < 1 || precision > 3) {
            throw new IllegalArgumentException("geo precision must be 1, 2 or 3, not " + precision);
        }
        this.name = name;
        this.country = country == null ? "" : country;
        this.admin1 = admin1 == null ? Optional.empty() : admin1.filter(a -> !a.isBlank());
        this.kind = Objects.requireNonNull(kind, "kind");
        this.precision = precision;
        this.point = point == null ? Optional.empty() : point;
        Optional<String> region = this.admin1.isPresent() ? this.admin1
                : kind == PlaceKind.ADMIN1 ? Optional.of(name) : Optional.empty();
        this.regionKey = region.map(Names::regionKey);
        this.key = Names.key(name) + "@" + this.country + "/" + regionKey.orElse("");
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    public Optional<String> admin1() {
        return admin1;
    }

    public PlaceKind kind() {
        return kind;
    }

    public int precision() {
        return precision;
    }

    public Optional<LatLon> point() {
        return point;
    }

    /**
     * True for places that are areas rather than points: regions, first-level divisions and
     * countries, anything of precision 3, and anything without coordinates.
     */
    public boolean isArea() {
        return precision >= 3 || point.isEmpty() || kind == PlaceKind.COUNTRY || kind == PlaceKind.ADMIN1
                || kind == PlaceKind.REGION;
    }

    /**
     * Key of the first-level division the place is or lies in (itself for an {@code admin1}
     * entry), with "Governorate", "Province" ... dropped (see {@link Names#regionKey}).
     */
    public Optional<String> regionKey() {
        return regionKey;
    }

    /**
     * Comparison key: normalized name, country and division (villages of one name in two
     * governorates are two places).
     */
    public String key() {
        return key;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && l.name.equals(name) && l.country.equals(country) && l.admin1.equals(admin1)
                && l.kind == kind && l.precision == precision && l.point.equals(point);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, country, admin1, kind, precision, point);
    }

    @Override
    public String toString() {
        return name + " (" + country + ", " + kind.name().toLowerCase(java.util.Locale.ROOT) + ", precision " + precision
                + point.map(p -> ", " + p.lat() + "," + p.lon()).orElse("") + ")";
    }
}
