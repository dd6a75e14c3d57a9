package org.marsad.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.document.DatePrecision;
import org.marsad.document.DateRange;
import org.marsad.knowledge.Geo;
import org.marsad.knowledge.PlaceKind;

/**
 * Scores linking against {@link GoldLinks} with pairwise precision, recall and F1: every pair of
 * reports that the system puts in one cluster is a positive, and it is right when gold puts them in
 * one cluster too. The same measure scores near-duplicate groups (pairs of articles) and story
 * threads (pairs of gold clusters, each placed in the system thread of the system cluster that
 * holds most of its reports). It also lists <em>violations</em>: system clusters whose day-precise
 * dates lie more than {@value #MAX_DAY_SPREAD} days apart, or that hold two towns more than
 * {@value #MAX_TOWN_KM} km apart.
 *
 * <p>Two ways to compare: {@link #evaluate(GoldLinks, EventLinker)} when the system linked the gold
 * reports themselves (ids {@code article#event} agree), and
 * {@link #evaluateExtracted(GoldLinks, Collection, EventLinker)} when it linked an extractor's
 * reports, which are first aligned to gold reports of the same article (same type, same country and
 * within 50 km, overlapping dates, as {@code gold/FORMAT.md} matches events); a gold report without
 * a system counterpart counts as a cluster of its own.
 *
 * <p>Stateless and thread-safe.
 */
public final class LinkingEvaluator {
    public static final int MAX_DAY_SPREAD = 3;
    public static final double MAX_TOWN_KM = 25;
    private static final double ALIGN_KM = 50;

    private LinkingEvaluator() {
    }

    /** Pair counts: true positives, false positives, false negatives. */
    public record Pairwise(long tp, long fp, long fn) {
        /** Precision; 1 when the system made no pair (nothing wrong was claimed). */
        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        /** Recall; 1 when gold has no pair. */
        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (pairs: %d right, %d wrong, %d missed)",
                    precision(), recall(), f1(), tp, fp, fn);
        }
    }

    /** A system cluster that merges what must not be merged. */
    public record Violation(String cluster, String why) {
    }

    /**
     * @param clusters        pairwise score of event clustering
     * @param nearDuplicates  pairwise score of near-duplicate groups
     * @param threads         pairwise score of story threads over gold clusters
     * @param goldReports     reports in the gold file
     * @param alignedReports  gold reports that have a system report (all of them when the system
     *                        linked the gold reports)
     * @param systemReports   reports the system linked (copies included)
     */
    public record Report(Pairwise clusters, Pairwise nearDuplicates, Pairwise threads, int goldReports,
                         int alignedReports, int systemReports, List<Violation> violations) {
        public Report {
            violations = List.copyOf(violations);
        }

        /** A few lines for a terminal or a quality page. */
        public String text() {
            StringBuilder b = new StringBuilder();
            b.append("event clusters (pairwise): ").append(clusters).append('\n');
            b.append("near-duplicates (pairwise): ").append(nearDuplicates).append('\n');
            b.append("story threads (pairwise):   ").append(threads).append('\n');
            b.append(String.format(Locale.ROOT, "reports: %d gold, %d system, %d gold reports aligned%n", goldReports,
                    systemReports, alignedReports));
            b.append("violations: ").append(violations.size()).append('\n');
            violations.forEach(v -> b.append("  ").append(v.cluster()).append(": ").append(v.why()).append('\n'));
            return b.toString();
        }
    }

    /**
     * Pairwise score of a system partition against a gold partition, over the items of the gold
     * partition; an item the system did not place is a singleton.
     */
    public static Pairwise pairwise(Map<String, String> gold, Map<String, String> system) {
        Map<String, Long> goldSizes = new HashMap<>();
        Map<String, Long> sysSizes = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String s = system.getOrDefault(e.getKey(), "\u0000alone:" + e.getKey());
            goldSizes.merge(e.getValue(), 1L, Long::sum);
            sysSizes.merge(s, 1L, Long::sum);
            both.merge(e.getValue() + "\u0000" + s, 1L, Long::sum);
        }
        long tp = pairs(both.values());
        long sysPairs = pairs(sysSizes.values());
        long goldPairs = pairs(goldSizes.values());
        return new Pairwise(tp, sysPairs - tp, goldPairs - tp);
    }

    private static long pairs(Collection<Long> sizes) {
        long n = 0;
        for (long s : sizes) {
            n += s * (s - 1) / 2;
        }
        return n;
    }

    /** Scores a linker that was given the gold reports themselves. */
    public static Report evaluate(GoldLinks gold, EventLinker linker) {
        List<EventCluster> clusters = linker.clusters();
        Map<String, String> system = new HashMap<>();
        for (EventCluster c : clusters) {
            c.mentions().forEach(m -> system.put(m.id(), c.id()));
            c.copies().forEach(k -> system.put(k.article() + "#" + k.event(), c.id()));
        }
        int aligned = (int) gold.clusterOf().keySet().stream().filter(system::containsKey).count();
        return report(gold, linker, clusters, system, aligned, system.size());
    }

    /**
     * Scores a linker that was given an extractor's reports, aligning them to the gold reports
     * ({@code goldReports}: the gold events of the same articles, as {@link EventMention}s).
     */
    public static Report evaluateExtracted(GoldLinks gold, Collection<EventMention> goldReports, EventLinker linker) {
        List<EventCluster> clusters = linker.clusters();
        Map<String, List<EventMention>> sysByArticle = new HashMap<>();
        Map<String, String> clusterOfSystem = new HashMap<>();
        int systemReports = 0;
        for (EventCluster c : clusters) {
            for (EventMention m : c.mentions()) {
                sysByArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m);
                clusterOfSystem.put(m.id(), c.id());
                systemReports++;
            }
            for (EventCluster.Copy k : c.copies()) {
                sysByArticle.computeIfAbsent(k.article(), x -> new ArrayList<>()).add(k.mention());
                clusterOfSystem.put(k.mention().id(), c.id());
                systemReports++;
            }
        }
        Map<String, List<EventMention>> goldByArticle = new LinkedHashMap<>();
        goldReports.forEach(m -> goldByArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
        Map<String, String> system = new HashMap<>();
        for (Map.Entry<String, List<EventMention>> e : goldByArticle.entrySet()) {
            List<EventMention> sys = new ArrayList<>(sysByArticle.getOrDefault(e.getKey(), List.of()));
            for (EventMention g : e.getValue()) {
                Optional<EventMention> best = Optional.empty();
                double bestScore = Double.NEGATIVE_INFINITY;
                for (EventMention s : sys) {
                    double sc = alignment(g, s);
                    if (sc > bestScore) {
                        bestScore = sc;
                        best = Optional.of(s);
                    }
                }
                if (best.isPresent() && bestScore > Double.NEGATIVE_INFINITY) {
                    system.put(g.id(), clusterOfSystem.get(best.get().id()));
                    sys.remove(best.get());
                }
            }
        }
        return report(gold, linker, clusters, system, system.size(), systemReports);
    }

    /** How well a system report matches a gold report of the same article; −∞ when it does not. */
    static double alignment(EventMention gold, EventMention sys) {
        if (!gold.type().equals(sys.type())) {
            return Double.NEGATIVE_INFINITY;
        }
        double score = 0;
        if (gold.place().isPresent()) {
            if (sys.place().isEmpty() || !gold.place().get().country().equals(sys.place().get().country())) {
                return Double.NEGATIVE_INFINITY;
            }
            Optional<Location.LatLon> g = gold.place().get().point();
            Optional<Location.LatLon> s = sys.place().get().point();
            if (g.isPresent() && s.isPresent()) {
                double d = Geo.distanceKm(g.get().lat(), g.get().lon(), s.get().lat(), s.get().lon());
                if (d > ALIGN_KM) {
                    return Double.NEGATIVE_INFINITY;
                }
                score -= d / ALIGN_KM;
            }
        }
        if (gold.date().isPresent()) {
            if (sys.date().isEmpty() || !gold.date().get().overlaps(sys.date().get())) {
                return Double.NEGATIVE_INFINITY;
            }
            score += gold.date().get().equals(sys.date().get()) ? 1 : 0;
        }
        return score;
    }

    private static Report report(GoldLinks gold, EventLinker linker, List<EventCluster> clusters,
                                 Map<String, String> system, int aligned, int systemReports) {
        Pairwise clusterScore = pairwise(gold.clusterOf(), system);
        // near-duplicates: partition of articles into groups
        Map<String, String> goldDup = new HashMap<>();
        for (String a : gold.articles()) {
            goldDup.put(a, a);
        }
        for (Set<String> g : gold.nearDuplicates()) {
            String first = g.iterator().next();
            g.forEach(a -> goldDup.put(a, first));
        }
        Map<String, String> sysDup = new HashMap<>();
        for (NearDuplicateIndex.Group g : linker.nearDuplicates()) {
            sysDup.put(g.original(), g.original());
            g.copies().forEach(m -> sysDup.put(m.article(), g.original()));
        }
        Pairwise dupScore = pairwise(goldDup, sysDup);
        // threads: partition of gold clusters
        Map<String, String> goldThread = new HashMap<>();
        for (String c : new LinkedHashSet<>(gold.clusterOf().values())) {
            goldThread.put(c, c);
        }
        for (Set<String> t : gold.threads()) {
            String first = t.iterator().next();
            t.forEach(c -> goldThread.put(c, first));
        }
        Map<String, String> sysClusterOfGold = majority(gold.clusterOf(), system);
        Map<String, String> threadOfCluster = new HashMap<>();
        for (StoryThread t : linker.threads()) {
            t.clusters().forEach(n -> threadOfCluster.put("c" + n, t.id()));
        }
        Map<String, String> sysThread = new HashMap<>();
        sysClusterOfGold.forEach((g, c) -> sysThread.put(g, threadOfCluster.getOrDefault(c, c)));
        Pairwise threadScore = pairwise(goldThread, sysThread);
        return new Report(clusterScore, dupScore, threadScore, gold.clusterOf().size(), aligned, systemReports,
                violations(clusters));
    }

    private static Map<String, String> majority(Map<String, String> gold, Map<String, String> system) {
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        gold.forEach((report, g) -> {
            String s = system.get(report);
            if (s != null) {
                votes.computeIfAbsent(g, k -> new LinkedHashMap<>()).merge(s, 1, Integer::sum);
            }
        });
        Map<String, String> out = new HashMap<>();
        votes.forEach((g, v) -> out.put(g, v.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
        return out;
    }

    /** System clusters that merge different days (more than {@value #MAX_DAY_SPREAD} apart) or different towns. */
    public static List<Violation> violations(Collection<EventCluster> clusters) {
        List<Violation> out = new ArrayList<>();
        for (EventCluster c : clusters) {
            List<DateRange> days = c.dates().stream().filter(d -> d.precision() == DatePrecision.DAY).toList();
            for (DateRange a : days) {
                for (DateRange b : days) {
                    long gap = LinkRules.gap(a, b);
                    if (a.start().isBefore(b.start()) && gap > MAX_DAY_SPREAD) {
                        out.add(new Violation(c.id(), "dates " + a.start() + " and " + b.start() + " are " + gap
                                + " days apart"));
                    }
                }
            }
            List<Location> towns = c.places().stream()
                    .filter(p -> p.precision() == 1 && p.kind() == PlaceKind.CITY && p.point().isPresent()).toList();
            for (int i = 0; i < towns.size(); i++) {
                for (int j = i + 1; j < towns.size(); j++) {
                    Location.LatLon p = towns.get(i).point().get();
                    Location.LatLon q = towns.get(j).point().get();
                    double d = Geo.distanceKm(p.lat(), p.lon(), q.lat(), q.lon());
                    if (d > MAX_TOWN_KM) {
                        out.add(new Violation(c.id(), String.format(Locale.ROOT, "towns %s and %s are %.0f km apart",
                                towns.get(i).name(), towns.get(j).name(), d)));
                    }
                }
            }
        }
        return out;
    }
}
