package org.marsad.knowledge;

import java.util.Set;

/**
 * What a gazetteer entry is worth before a text says anything about it: the first rule of the place
 * resolver's score ({@code org.marsad.resolve.geo.PlaceResolver}). Here, in the knowledge layer, so
 * that the loader can work it out once per entry and name ({@link PlaceNames#prior(int)}) instead of
 * the resolver at every mention. Countries, then capitals and division seats, then towns by GeoNames
 * feature code and population, curated regions and facilities; a place in the news region gains a
 * little.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlacePriors {
    private PlacePriors() {
    }

    /**
     * The prior of {@code p}, whose feature code is {@code featureCode} ({@link Gazetteer#featureCode(Place)}),
     * with {@code coreCountries} the news region ({@link Gazetteer#coreCountries()}).
     */
    public static double of(Place p, String featureCode, Set<String> coreCountries) {
        double s;
        switch (p.kind()) {
            case COUNTRY -> s = 8;
            case ADMIN1 -> s = 2.5;
            case REGION -> s = 3;
            case FACILITY -> s = 3;
            case NEIGHBOURHOOD -> s = p.geonames().isPresent() ? 0.3 : 1.0;
            case ADMIN2 -> s = 2;
            default -> {
                s = switch (featureCode) {
                    case "PPLC" -> 4.5;
                    case "PPLA" -> 3.5;
                    case "PPLA2" -> 2;
                    case "PPLA3" -> 1.2;
                    case "PPLA4" -> 1;
                    case "PPL" -> 0.8;
                    case "CITY" -> 1.5;
                    default -> 0.5;
                };
                s += 0.4 * Math.log10(p.population() + 1.0);
            }
        }
        if (coreCountries.contains(p.country())) {
            s += 1;
        }
        return s;
    }
}
