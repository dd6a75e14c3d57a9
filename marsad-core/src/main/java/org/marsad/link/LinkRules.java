package org.marsad.link;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.marsad.document.DatePrecision;
import org.marsad.document.DateRange;
import org.marsad.knowledge.Geo;
import org.marsad.knowledge.PlaceKind;

/**
 * When two reports are of the same happening. A mention joins a cluster only if every <em>hard
 * rule</em> holds against every report already in it (complete linkage, so that no chain of
 * small steps can drift to another day or another town), and its <em>score</em> reaches
 * {@link #threshold()}.
 *
 * <p>Hard rules:
 * <ol>
 *   <li><b>linkable</b>: habitual events, events with neither a place nor a facility, and events
 *       whose date spans more than {@link #maxLinkableDays()} days (a year, "since 2012") stay on
 *       their own; an undated event is linked as if dated in the {@value #UNDATED_WINDOW_DAYS} days
 *       up to its article's publication, unless it is background or the article has no date;</li>
 *   <li><b>family</b>: same type family in the codebook ({@code assault}, {@code custody} ...);</li>
 *   <li><b>modality</b>: planned and hypothetical events link only with each other;</li>
 *   <li><b>article</b>: two events of one article are never merged (the extractor already did that);</li>
 *   <li><b>dates</b>: two day-precise dates may be at most {@link #maxDayGap()} days apart («الأحد»
 *       against «الاثنين»); when either is coarser (part of a month, a month) they must overlap or
 *       touch (within {@link #coarseSlackDays()}); a cluster of undated reports counts as dated in
 *       the week before their publication;</li>
 *   <li><b>places</b>: same country; an area (region, division, country) holds a place of the same
 *       first-level division, or any place of its country when it has no division; two points are
 *       within a distance set by what they are: {@link #cityKm()} for two towns,
 *       {@link #cityToSiteKm()} for a town and a neighbourhood or facility (which may lie in it),
 *       {@link #siteKm()} for two neighbourhoods or facilities, {@link #nearKm()} when either is of
 *       precision 2 ("near", a district); the same name is always compatible;</li>
 *   <li><b>no place</b>: an event without a place joins only a cluster that names the same facility.</li>
 * </ol>
 *
 * <p>Score (the best over the cluster's distinct values):
 * <ul>
 *   <li>type: +2 same type, +0.5 same family only;</li>
 *   <li>date: +2 same day, +1 one day apart, −1 two days apart; +0.5 coarse dates that overlap;</li>
 *   <li>place: +2 same place or points within 2 km, +1.5 a site within reach of a town, +1 other
 *       compatible points, +0.5 an area of the same first-level division, −0.5 an area that is
 *       compatible by its country only ("northern Syria", a village the gazetteer could not
 *       place);</li>
 *   <li>facility: +2 same facility, −2 when both name facilities and none is shared (the airport
 *       and the palace of one city on one day are two events);</li>
 *   <li>actor and target: +1 per shared party (at most +2); −1.5 when both name parties known to the
 *       actor dictionary and share none;</li>
 *   <li>fatalities: +0.5 when both give figures within 25% (or 2) of each other.</li>
 * </ul>
 * With the default threshold of 4, one report of the same type, day and town is enough; a day's
 * difference, a region instead of a town, or a type of the same family only needs support from a
 * shared actor, facility or figure.
 *
 * <p>Immutable and thread-safe.
 */
public final class LinkRules {
    /** An undated report is linked as if dated in this many days up to its publication. */
    public static final int UNDATED_WINDOW_DAYS = 7;
    /** Kilometres per degree of latitude on {@link Geo}'s sphere, rounded down (a lower bound of a distance). */
    private static final double KM_PER_DEGREE_LAT = 111.0;
    private static final LinkRules DEFAULTS = builder().build();
    private final int maxDayGap;
    private final int coarseSlackDays;
    private final int maxLinkableDays;
    private final boolean linkUndated;
    private final double cityKm;
    private final double cityToSiteKm;
    private final double siteKm;
    private final double nearKm;
    private final double threshold;

    private LinkRules(Builder b) {
        this.maxDayGap = b.maxDayGap;
        this.coarseSlackDays = b.coarseSlackDays;
        this.maxLinkableDays = b.maxLinkableDays;
        this.linkUndated = b.linkUndated;
        this.cityKm = b.cityKm;
        this.cityToSiteKm = b.cityToSiteKm;
        this.siteKm = b.siteKm;
        this.nearKm = b.nearKm;
        this.threshold = b.threshold;
    }

    public static LinkRules defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int maxDayGap() {
        return maxDayGap;
    }

    public int coarseSlackDays() {
        return coarseSlackDays;
    }

    public int maxLinkableDays() {
        return maxLinkableDays;
    }

    /** Whether undated reports are linked (by the days up to their publication). */
    public boolean linkUndated() {
        return linkUndated;
    }

    public double cityKm() {
        return cityKm;
    }

    public double cityToSiteKm() {
        return cityToSiteKm;
    }

    public double siteKm() {
        return siteKm;
    }

    /** The widest distance between two compatible points (blocking looks this far). */
    public double nearKm() {
        return Math.max(nearKm, Math.max(cityKm, Math.max(cityToSiteKm, siteKm)));
    }

    public double threshold() {
        return threshold;
    }

    /** The date a mention is linked by: its own, or for an undated report the days up to its publication. */
    public Optional<DateRange> linkDate(EventMention m) {
        if (m.date().isPresent()) {
            return m.date();
        }
        if (m.background() || m.published().isEmpty() || !linkUndated) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(m.published().get().minusDays(UNDATED_WINDOW_DAYS - 1L), m.published().get(),
                DatePrecision.OTHER));
    }

    /** Rule 1: whether the mention may be linked with others at all. */
    public boolean linkable(EventMention m) {
        if (m.habitual() || (m.place().isEmpty() && m.facility().isEmpty())) {
            return false;
        }
        Optional<DateRange> d = linkDate(m);
        return d.isPresent() && d.get().days() <= maxLinkableDays;
    }

    /** Days between two intervals: 0 when they overlap, 1 when one ends the day before the other starts. */
    static long gap(DateRange a, DateRange b) {
        long g1 = ChronoUnit.DAYS.between(a.end(), b.start());
        long g2 = ChronoUnit.DAYS.between(b.end(), a.start());
        return Math.max(0, Math.max(g1, g2));
    }

    private static boolean isDay(DateRange d) {
        return d.precision() == DatePrecision.DAY && d.days() <= 2;
    }

    /** Rule 5. */
    public boolean datesCompatible(DateRange a, DateRange b) {
        long g = gap(a, b);
        return isDay(a) && isDay(b) ? g <= maxDayGap : g <= coarseSlackDays;
    }

    double dateScore(DateRange a, DateRange b) {
        long g = gap(a, b);
        if (isDay(a) && isDay(b)) {
            return g == 0 ? 2 : g == 1 ? 1 : -1;
        }
        return g == 0 ? 0.5 : 0;
    }

    private static boolean isSite(PlaceKind k) {
        return k == PlaceKind.NEIGHBOURHOOD || k == PlaceKind.FACILITY;
    }

    /** Rule 6. */
    public boolean placesCompatible(Location a, Location b) {
        if (!a.country().isEmpty() && !b.country().isEmpty() && !a.country().equals(b.country())) {
            return false;
        }
        if (a.key().equals(b.key())) {
            return true;
        }
        if (a.isArea() || b.isArea()) {
            Optional<String> ra = a.regionKey();
            Optional<String> rb = b.regionKey();
            return ra.isEmpty() || rb.isEmpty() || ra.get().equals(rb.get());
        }
        return distance(a, b) <= maxKm(a, b);
    }

    private double maxKm(Location a, Location b) {
        if (a.precision() >= 2 || b.precision() >= 2 || a.kind() == PlaceKind.ADMIN2 || b.kind() == PlaceKind.ADMIN2) {
            return nearKm;
        }
        boolean sa = isSite(a.kind());
        boolean sb = isSite(b.kind());
        if (sa && sb) {
            return siteKm;
        }
        return sa || sb ? cityToSiteKm : cityKm;
    }

    private static double distance(Location a, Location b) {
        Location.LatLon p = a.point().get();
        Location.LatLon q = b.point().get();
        return Geo.distanceKm(p.lat(), p.lon(), q.lat(), q.lon());
    }

    double placeScore(Location a, Location b) {
        if (a.key().equals(b.key())) {
            return 2;
        }
        if (a.isArea() || b.isArea()) {
            boolean sameDivision = a.regionKey().isPresent() && a.regionKey().equals(b.regionKey());
            return sameDivision ? 0.5 : -0.5;
        }
        double d = distance(a, b);
        if (d <= 2) {
            return 2;
        }
        boolean siteInTown = (isSite(a.kind()) && b.kind() == PlaceKind.CITY) || (isSite(b.kind()) && a.kind() == PlaceKind.CITY);
        return siteInTown && d <= cityToSiteKm ? 1.5 : 1;
    }

    /**
     * {@link #placeScore} of two places when {@link #placesCompatible} holds, NaN when it does not:
     * both at once, the distance computed once.
     */
    double placeFit(Location a, Location b) {
        if (!a.country().isEmpty() && !b.country().isEmpty() && !a.country().equals(b.country())) {
            return Double.NaN;
        }
        if (a.key().equals(b.key())) {
            return 2;
        }
        if (a.isArea() || b.isArea()) {
            Optional<String> ra = a.regionKey();
            Optional<String> rb = b.regionKey();
            if (ra.isPresent() && rb.isPresent() && !ra.get().equals(rb.get())) {
                return Double.NaN;
            }
            return ra.isPresent() && ra.equals(rb) ? 0.5 : -0.5;
        }
        double max = maxKm(a, b);
        if (Math.abs(a.point().get().lat() - b.point().get().lat()) * KM_PER_DEGREE_LAT > max + 1) {
            return Double.NaN; // farther apart in latitude alone: no need for the great circle
        }
        double d = distance(a, b);
        if (!(d <= max)) {
            return Double.NaN;
        }
        if (d <= 2) {
            return 2;
        }
        boolean siteInTown = (isSite(a.kind()) && b.kind() == PlaceKind.CITY) || (isSite(b.kind()) && a.kind() == PlaceKind.CITY);
        return siteInTown && d <= cityToSiteKm ? 1.5 : 1;
    }

    /**
     * The score of mention {@code m}, linked by date {@code when}, against cluster {@code c}, or
     * empty when a hard rule fails. The caller compares it with {@link #threshold()}.
     */
    public OptionalDouble score(EventMention m, DateRange when, EventCluster c) {
        if (!m.family().equals(c.family()) || m.factual() != c.factual() || c.hasArticle(m.article())) {
            return OptionalDouble.empty();
        }
        double dateScore = m.date().isPresent() ? Double.NEGATIVE_INFINITY : 0;
        EventCluster.Days days = c.days();
        if (days.size() > 0) {
            // datesCompatible and dateScore against each date, on epoch days
            long ws = when.start().toEpochDay();
            long we = when.end().toEpochDay();
            boolean wDay = when.precision() == DatePrecision.DAY && we - ws + 1 <= 2;
            for (int i = 0; i < days.size(); i++) {
                long g = Math.max(0, Math.max(days.start[i] - we, ws - days.end[i]));
                boolean bothDays = wDay && days.day[i];
                if (bothDays ? g > maxDayGap : g > coarseSlackDays) {
                    return OptionalDouble.empty();
                }
                if (m.date().isPresent()) {
                    dateScore = Math.max(dateScore, bothDays ? (g == 0 ? 2 : g == 1 ? 1 : -1) : (g == 0 ? 0.5 : 0));
                }
            }
        } else {
            for (DateRange d : datesOf(c)) {
                if (!datesCompatible(when, d)) {
                    return OptionalDouble.empty();
                }
                if (m.date().isPresent()) {
                    dateScore = Math.max(dateScore, dateScore(when, d));
                }
            }
        }
        if (dateScore == Double.NEGATIVE_INFINITY) {
            dateScore = 0;
        }
        boolean sharedFacility = m.facility().isPresent() && c.facilityKeys().contains(Names.key(m.facility().get()));
        double placeScore = 0;
        if (m.place().isPresent()) {
            java.util.Collection<Location> places = c.placeValues();
            if (places.isEmpty() && !sharedFacility) {
                return OptionalDouble.empty();
            }
            placeScore = Double.NEGATIVE_INFINITY;
            Location mp = m.place().get();
            for (Location p : places) {
                double fit = placeFit(mp, p);
                if (Double.isNaN(fit)) {
                    return OptionalDouble.empty();
                }
                placeScore = Math.max(placeScore, fit);
            }
            if (placeScore == Double.NEGATIVE_INFINITY) {
                placeScore = 0;
            }
        } else if (!sharedFacility) {
            return OptionalDouble.empty();
        }
        double s = (c.types().contains(m.type()) ? 2 : 0.5) + dateScore + placeScore;
        if (sharedFacility) {
            s += 2;
        } else if (m.facility().isPresent() && !c.facilityKeys().isEmpty()) {
            s -= 2;
        }
        s += partyScore(m, c);
        if (m.fatalities().isPresent() && c.fatalities().isPresent()) {
            int a = m.fatalities().getAsInt();
            int b = c.fatalities().getAsInt();
            if (Math.abs(a - b) <= Math.max(2, 0.25 * Math.max(a, b))) {
                s += 0.5;
            }
        }
        return OptionalDouble.of(s);
    }

    private static double partyScore(EventMention m, EventCluster c) {
        int shared = 0;
        boolean mSpecific = false;
        if (m.actor().isPresent()) {
            Party p = m.actor().get();
            shared += c.partyKeys().contains(p.key()) ? 1 : 0;
            mSpecific = p.specific();
        }
        if (m.target().isPresent()) {
            Party p = m.target().get();
            shared += c.partyKeys().contains(p.key()) ? 1 : 0;
            mSpecific |= p.specific();
        }
        if (shared > 0) {
            return Math.min(2, shared);
        }
        return mSpecific && !c.specificPartyKeys().isEmpty() ? -1.5 : 0;
    }

    /** The dates a cluster is checked against: its reports' dates, or for undated reports the week before publication. */
    private static java.util.Collection<DateRange> datesOf(EventCluster c) {
        java.util.Collection<DateRange> dates = c.dateValues();
        if (!dates.isEmpty()) {
            return dates;
        }
        return c.hull().map(List::of).orElse(List.of());
    }

    /** Whether two clusters may become one: every hard rule between every pair of their reports. */
    public boolean mergeable(EventCluster a, EventCluster b) {
        if (!a.family().equals(b.family()) || a.factual() != b.factual()) {
            return false;
        }
        EventCluster small = a.numArticles() <= b.numArticles() ? a : b;
        EventCluster large = small == a ? b : a;
        for (String x : small.articlesFrom(0)) {
            if (large.hasArticle(x)) {
                return false;
            }
        }
        for (DateRange d : datesOf(a)) {
            for (DateRange e : datesOf(b)) {
                if (!datesCompatible(d, e)) {
                    return false;
                }
            }
        }
        for (Location p : a.placeValues()) {
            for (Location q : b.placeValues()) {
                if (!placesCompatible(p, q)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Settings; every one has a default (see the class comment). */
    public static final class Builder {
        private int maxDayGap = 2;
        private int coarseSlackDays = 1;
        private int maxLinkableDays = 62;
        private boolean linkUndated = true;
        private double cityKm = 10;
        private double cityToSiteKm = 20;
        private double siteKm = 5;
        private double nearKm = 40;
        private double threshold = 4;

        private Builder() {
        }

        public Builder maxDayGap(int v) {
            maxDayGap = nonNegative("maxDayGap", v);
            return this;
        }

        public Builder coarseSlackDays(int v) {
            coarseSlackDays = nonNegative("coarseSlackDays", v);
            return this;
        }

        public Builder maxLinkableDays(int v) {
            maxLinkableDays = nonNegative("maxLinkableDays", v);
            return this;
        }

        /** False leaves undated events on their own. */
        public Builder linkUndated(boolean v) {
            linkUndated = v;
            return this;
        }

        public Builder cityKm(double v) {
            cityKm = positive("cityKm", v);
            return this;
        }

        public Builder cityToSiteKm(double v) {
            cityToSiteKm = positive("cityToSiteKm", v);
            return this;
        }

        public Builder siteKm(double v) {
            siteKm = positive("siteKm", v);
            return this;
        }

        public Builder nearKm(double v) {
            nearKm = positive("nearKm", v);
            return this;
        }

        public Builder threshold(double v) {
            threshold = v;
            return this;
        }

        public LinkRules build() {
            return new LinkRules(this);
        }

        private static int nonNegative(String name, int v) {
            if (v < 0) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return v;
        }

        private static double positive(String name, double v) {
            if (!(v > 0)) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return v;
        }
    }
}
