package org.marsad.knowledge;

/** The kind of a gazetteer entry, from a country down to a facility. */
public enum PlaceKind {
    COUNTRY, ADMIN1, ADMIN2, REGION, CITY, NEIGHBOURHOOD, FACILITY;

    /** ACLED's geo_precision for an event placed at this kind of place. */
    public int geoPrecision() {
        return switch (this) {
            case CITY, NEIGHBOURHOOD, FACILITY -> 1;
            case ADMIN2 -> 2;
            case ADMIN1, REGION, COUNTRY -> 3;
        };
    }

    /** Regions and areas: a representative point, not a location to plot as a town. */
    public boolean isArea() {
        return this == COUNTRY || this == ADMIN1 || this == ADMIN2 || this == REGION;
    }
}
