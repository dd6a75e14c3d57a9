package org.marsad.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.document.DateRange;

/**
 * The blocks a cluster is registered under and the blocks a mention looks in. The rules:
 * <ol>
 *   <li>time is cut into weeks; a cluster is registered in every week its dates span, a mention looks
 *       in the weeks of its date widened by {@link LinkRules#maxDayGap()} + 1 days on both sides;</li>
 *   <li>space is cut into cells of {@value #CELL_DEGREES}° of latitude and longitude; a cluster is
 *       registered in the cell of each of its point places, and a point mention looks in its cell and
 *       in enough neighbouring cells to cover {@link LinkRules#nearKm()} at its latitude;</li>
 *   <li>every place also registers the cluster under its first-level division ({@code a:}) and its
 *       country ({@code c:}); area places (regions, divisions, countries) also under {@code r:} with
 *       their division, or with none for country-wide regions;</li>
 *   <li>a point mention looks in {@code r:} of its division and of its country (areas it may lie
 *       in); an area mention with a division looks in {@code a:} of that division and in the
 *       country-wide {@code r:}; an area mention without a division looks in {@code c:};</li>
 *   <li>a facility registers and is looked up under {@code f:<facility>@<country>}.</li>
 * </ol>
 * So the work per mention depends on how many clusters share its weeks and blocks, never on the
 * size of the whole store. Stateless and thread-safe.
 */
public final class Blocking {
    public static final double CELL_DEGREES = 0.5;
    private static final double KM_PER_DEGREE = 111.32;

    private Blocking() {
    }

    static int week(LocalDate d) {
        return (int) Math.floorDiv(d.toEpochDay(), 7);
    }

    /** The blocks cluster {@code c} is registered under (none for a cluster without a date hull). */
    public static Set<BlockKey> keys(EventCluster c) {
        Set<BlockKey> out = new HashSet<>();
        Optional<DateRange> hull = c.hull();
        if (hull.isEmpty()) {
            return out;
        }
        Set<String> spaces = new HashSet<>();
        for (Location p : c.places()) {
            if (!p.isArea()) {
                Location.LatLon pt = p.point().get();
                spaces.add(cell(row(pt.lat()), col(pt.lon())));
            }
            p.regionKey().ifPresent(r -> spaces.add("a:" + p.country() + ":" + r));
            spaces.add("c:" + p.country());
            if (p.isArea()) {
                spaces.add("r:" + p.country() + ":" + p.regionKey().orElse(""));
            }
        }
        for (String f : c.facilityKeys()) {
            for (String cc : c.countries()) {
                spaces.add("f:" + f + "@" + cc);
            }
        }
        int from = week(hull.get().start());
        int to = week(hull.get().end());
        for (String s : spaces) {
            for (int w = from; w <= to; w++) {
                out.add(new BlockKey(s, w));
            }
        }
        return out;
    }

    /**
     * Where to look for a mention's clusters: every block of {@code spaces} (distinct space keys) ×
     * the weeks {@code fromWeek..toWeek}. A store looks a week up once and each space in it, with no
     * set of block keys made ({@link ClusterStore#candidates(Query, String, boolean)}).
     */
    public record Query(List<String> spaces, int fromWeek, int toWeek) {
        public Query {
            spaces = List.copyOf(spaces);
        }

        /** The blocks of the query, each once. */
        public Set<BlockKey> keys() {
            Set<BlockKey> out = new HashSet<>();
            for (String s : spaces) {
                for (int w = fromWeek; w <= toWeek; w++) {
                    out.add(new BlockKey(s, w));
                }
            }
            return out;
        }
    }

    /** The blocks to look in for clusters that mention {@code m}, dated {@code when}, could join. */
    public static Set<BlockKey> queryKeys(EventMention m, DateRange when, LinkRules rules) {
        return query(m, when, rules).keys();
    }

    /** As {@link #queryKeys}, as spaces and a range of weeks. */
    public static Query query(EventMention m, DateRange when, LinkRules rules) {
        List<String> spaces = new ArrayList<>(12);
        String country = m.place().map(Location::country).orElse("");
        if (m.place().isPresent()) {
            Location p = m.place().get();
            if (!p.isArea()) {
                Location.LatLon pt = p.point().get();
                int r0 = row(pt.lat());
                int c0 = col(pt.lon());
                double cellKmLon = CELL_DEGREES * KM_PER_DEGREE * Math.max(0.05, Math.cos(Math.toRadians(pt.lat())));
                int ringLat = (int) Math.ceil(rules.nearKm() / (CELL_DEGREES * KM_PER_DEGREE));
                int ringLon = Math.min(60, (int) Math.ceil(rules.nearKm() / cellKmLon));
                for (int dr = -ringLat; dr <= ringLat; dr++) {
                    for (int dc = -ringLon; dc <= ringLon; dc++) {
                        spaces.add(cell(r0 + dr, c0 + dc));
                    }
                }
                p.regionKey().ifPresent(r -> addOnce(spaces, "r:" + p.country() + ":" + r));
                addOnce(spaces, "r:" + p.country() + ":");
            } else if (p.regionKey().isPresent()) {
                spaces.add("a:" + p.country() + ":" + p.regionKey().get());
                spaces.add("r:" + p.country() + ":");
            } else {
                spaces.add("c:" + p.country());
            }
        }
        m.facility().ifPresent(f -> addOnce(spaces, "f:" + Names.key(f) + "@" + country));
        int pad = rules.maxDayGap() + 1;
        return new Query(spaces, week(when.start().minusDays(pad)), week(when.end().plusDays(pad)));
    }

    private static void addOnce(List<String> spaces, String s) {
        if (!spaces.contains(s)) {
            spaces.add(s);
        }
    }

    private static int row(double lat) {
        return (int) Math.floor(lat / CELL_DEGREES);
    }

    private static int col(double lon) {
        return (int) Math.floor(lon / CELL_DEGREES);
    }

    private static String cell(int row, int col) {
        return "g:" + row + ":" + col;
    }
}
