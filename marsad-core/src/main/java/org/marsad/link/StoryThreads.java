package org.marsad.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.marsad.document.DateRange;

/**
 * Links clusters over time into story threads, incrementally (union-find over cluster numbers).
 * The rules:
 * <ol>
 *   <li><b>facility</b>: clusters that name the same facility in the same country (the same
 *       prison, the same camp) are in one thread, however far apart in time;</li>
 *   <li><b>place and actor</b>: clusters at the same town (geo-precision 1) with a shared actor or
 *       target known to the actor dictionary are in one thread when their dates are at most
 *       {@code maxGapDays} apart, and the thread they make spans at most {@code maxSpanDays} (so an
 *       actor active in a city for years does not make one endless thread);</li>
 *   <li><b>reported together</b>: clusters that at least {@code minSharedArticles} articles both
 *       report (a bombing and the arrests that followed; a riot and the escape during it) are in
 *       one thread, however far apart in time (a later article recalling an earlier event);</li>
 *   <li>clusters the linker merges are one thread;</li>
 *   <li>only clusters with a date (or a publication date) are threaded; a thread has at least two
 *       clusters; an undated cluster stands in the timeline at its first publication.</li>
 * </ol>
 * Each update looks only at the clusters registered under the cluster's own facility and
 * place-actor keys within the date window.
 *
 * <p>Thread-safe: every method is synchronized.
 */
public final class StoryThreads {
    public static final int DEFAULT_MAX_GAP_DAYS = 30;
    public static final int DEFAULT_MAX_SPAN_DAYS = 180;
    public static final int DEFAULT_MIN_SHARED_ARTICLES = 2;
    private static final int MAX_LINK_REASONS = 10;

    private final int maxGapDays;
    private final int maxSpanDays;
    private final int minSharedArticles;
    private final Map<String, List<Long>> byArticle = new HashMap<>();
    private final Map<Long, Integer> articlesSeen = new HashMap<>();
    private final Map<Long, Integer> sharedArticles = new HashMap<>();
    private final Map<Long, Long> parent = new HashMap<>();
    private final Map<Long, List<Long>> members = new HashMap<>();
    private final Map<Long, long[]> span = new HashMap<>();
    private final Map<Long, Set<String>> reasons = new HashMap<>();
    private final Map<String, Long> byFacility = new HashMap<>();
    private final Map<String, TreeMap<Long, List<Long>>> byPlaceActor = new HashMap<>();
    private final Map<Long, Set<String>> registered = new HashMap<>();

    public StoryThreads(int maxGapDays, int maxSpanDays, int minSharedArticles) {
        if (maxGapDays < 0 || maxSpanDays < 0 || minSharedArticles < 1) {
            throw new IllegalArgumentException("gaps and spans must not be negative, shared articles at least 1");
        }
        this.maxGapDays = maxGapDays;
        this.maxSpanDays = maxSpanDays;
        this.minSharedArticles = minSharedArticles;
    }

    public StoryThreads() {
        this(DEFAULT_MAX_GAP_DAYS, DEFAULT_MAX_SPAN_DAYS, DEFAULT_MIN_SHARED_ARTICLES);
    }

    /** Takes a new or changed cluster into account. */
    public synchronized void update(EventCluster c) {
        Optional<DateRange> when = c.date().or(c::hull);
        if (when.isEmpty()) {
            return;
        }
        long n = c.number();
        long lo = when.get().start().toEpochDay();
        long hi = when.get().end().toEpochDay();
        long root = find(n);
        long[] s = span.get(root);
        s[0] = Math.min(s[0], lo);
        s[1] = Math.max(s[1], hi);
        Set<String> done = registered.computeIfAbsent(n, k -> new HashSet<>());
        for (String f : c.facilities()) {
            for (String cc : c.countries()) {
                String key = "f:" + Names.key(f) + "@" + cc;
                Long rep = byFacility.putIfAbsent(key, n);
                if (rep != null && rep != n) {
                    union(rep, n, () -> "facility: " + f, true);
                }
            }
        }
        int seen = articlesSeen.getOrDefault(n, 0);
        for (String a : c.articlesFrom(seen)) {
            List<Long> others = byArticle.computeIfAbsent(a, k -> new ArrayList<>(2));
            for (long o : others) {
                if (o != n && sharedArticles.merge(pair(o, n), 1, Integer::sum) >= minSharedArticles) {
                    union(o, n, () -> "reported together", true);
                }
            }
            others.add(n);
        }
        articlesSeen.put(n, c.numArticles());
        Map<String, String> parties = c.specificParties();
        for (Location p : c.places()) {
            if (p.isArea() || p.precision() != 1) {
                continue;
            }
            for (Map.Entry<String, String> a : parties.entrySet()) {
                String key = "pa:" + p.key() + "|" + a.getKey();
                TreeMap<Long, List<Long>> byDay = byPlaceActor.computeIfAbsent(key, k -> new TreeMap<>());
                for (List<Long> l : byDay.subMap(lo - maxGapDays, true, hi + maxGapDays, true).values()) {
                    for (long other : l) {
                        if (other != n) {
                            union(other, n, () -> "place and actor: " + p.name() + ", " + a.getValue(), false);
                        }
                    }
                }
                if (done.add(key)) {
                    byDay.computeIfAbsent(lo, k -> new ArrayList<>(2)).add(n);
                }
            }
        }
    }

    /**
     * The key of an unordered pair of clusters. The two numbers side by side are multiplied by an
     * odd constant (a bijection, so pairs stay distinct): {@link Long#hashCode()} of the plain
     * {@code min << 32 | max} is {@code min ^ max}, which gave the same few hundred hashes to
     * thousands of pairs of small cluster numbers and turned {@code sharedArticles}' bins into trees.
     */
    private static long pair(long a, long b) {
        return (Math.min(a, b) << 32 | Math.max(a, b)) * 0x9E3779B97F4A7C15L;
    }

    /** Cluster {@code from} was merged into {@code into}: they are one thread. */
    public synchronized void merged(long from, long into) {
        if (parent.containsKey(from)) {
            union(into, from, () -> null, true);
        }
    }

    private long find(long n) {
        Long p = parent.get(n);
        if (p == null) {
            parent.put(n, n);
            span.put(n, new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            List<Long> own = new ArrayList<>(1);
            own.add(n);
            members.put(n, own);
            return n;
        }
        long r = n;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        long x = n;
        while (x != r) {
            long next = parent.get(x);
            parent.put(x, r);
            x = next;
        }
        return r;
    }

    private void union(long a, long b, Supplier<String> reason, boolean force) {
        long ra = find(a);
        long rb = find(b);
        if (ra == rb) {
            return;
        }
        long[] sa = span.get(ra);
        long[] sb = span.get(rb);
        long lo = Math.min(sa[0], sb[0]);
        long hi = Math.max(sa[1], sb[1]);
        if (!force && hi - lo > maxSpanDays) {
            return;
        }
        long root = Math.min(ra, rb);
        long child = root == ra ? rb : ra;
        parent.put(child, root);
        span.put(root, new long[] {lo, hi});
        span.remove(child);
        List<Long> big = members.remove(child);
        List<Long> small = members.get(root);
        if (big.size() < small.size()) {
            List<Long> t = big;
            big = small;
            small = t;
        }
        big.addAll(small);
        members.put(root, big);
        Set<String> other = reasons.remove(child);
        if (other != null) {
            other.forEach(r -> addReason(root, r));
        }
        addReason(root, reason.get());
    }

    private void addReason(long root, String reason) {
        if (reason == null) {
            return;
        }
        Set<String> s = reasons.computeIfAbsent(root, k -> new LinkedHashSet<>());
        if (s.size() < MAX_LINK_REASONS) {
            s.add(reason);
        }
    }

    /** The threads of at least two clusters still in the store, by their first date. */
    public synchronized List<StoryThread> threads(ClusterStore store) {
        List<StoryThread> out = new ArrayList<>();
        for (Map.Entry<Long, List<Long>> g : members.entrySet()) {
            thread(g.getKey(), g.getValue(), store).ifPresent(out::add);
        }
        out.sort(Comparator.comparing((StoryThread t) -> t.start().orElse(LocalDate.MAX)).thenComparing(StoryThread::id));
        return out;
    }

    /**
     * The thread that holds a cluster, if it holds at least one other cluster still in the store:
     * what a store that keeps threads must rewrite after the cluster changed.
     */
    public synchronized Optional<StoryThread> threadOf(long cluster, ClusterStore store) {
        if (!parent.containsKey(cluster)) {
            return Optional.empty();
        }
        long root = find(cluster);
        return thread(root, members.get(root), store);
    }

    private Optional<StoryThread> thread(long root, List<Long> numbers, ClusterStore store) {
        if (numbers.size() < 2) {
            return Optional.empty();
        }
        List<EventCluster> cs = new ArrayList<>(numbers.size());
        for (long n : numbers) {
            store.get(n).ifPresent(cs::add);
        }
        if (cs.size() < 2) {
            return Optional.empty();
        }
        cs.sort(Comparator.comparing((EventCluster c) -> day(c).orElse(LocalDate.MAX))
                .thenComparingLong(EventCluster::number));
        long lowest = cs.stream().mapToLong(EventCluster::number).min().getAsLong();
        Optional<LocalDate> start = cs.stream().map(StoryThreads::day).flatMap(Optional::stream).min(Comparator.naturalOrder());
        Optional<LocalDate> end = cs.stream().map(c -> c.date().map(DateRange::end).or(c::firstReported))
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
        return Optional.of(new StoryThread("t" + lowest, cs.stream().map(EventCluster::number).toList(), start, end,
                new ArrayList<>(reasons.getOrDefault(root, Set.of()))));
    }

    /** When a cluster stands in a timeline: its date, or for undated reports their first publication. */
    public static Optional<LocalDate> day(EventCluster c) {
        return c.date().map(DateRange::start).or(c::firstReported);
    }
}
