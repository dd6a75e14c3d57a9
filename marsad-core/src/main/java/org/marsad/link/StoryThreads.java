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
    private final Map<Long, Integer> sharedArticles = new HashMap<>();
    /** every cluster seen, by number: one lookup gives all that is known of it */
    private final Map<Long, Node> nodes = new HashMap<>();
    private final Map<String, Long> byFacility = new HashMap<>();
    private final Map<String, TreeMap<Long, List<Long>>> byPlaceActor = new HashMap<>();

    /**
     * A cluster in the union-find forest. Every node has its parent (itself for a root) and the
     * keys it is registered under; a root also has its thread's span of days, members and reasons.
     */
    private static final class Node {
        final long number;
        Node parent = this;
        /** articles of the cluster taken into account */
        int articlesSeen;
        /** place-actor keys it is registered under (null: none yet) */
        Set<String> registered;
        /** for a root: the thread's first and last day, its clusters, why they are linked (null: none) */
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        List<Long> members;
        Set<String> reasons;

        Node(long number) {
            this.number = number;
            members = new ArrayList<>(1);
            members.add(number);
        }
    }

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
        Node self = node(n);
        Node root = find(self);
        root.lo = Math.min(root.lo, lo);
        root.hi = Math.max(root.hi, hi);
        for (String f : c.facilities()) {
            for (String cc : c.countries()) {
                String key = "f:" + Names.key(f) + "@" + cc;
                Long rep = byFacility.putIfAbsent(key, n);
                if (rep != null && rep != n) {
                    union(rep, n, () -> "facility: " + f, true);
                }
            }
        }
        for (String a : c.articlesFrom(self.articlesSeen)) {
            List<Long> others = byArticle.computeIfAbsent(a, k -> new ArrayList<>(2));
            for (long o : others) {
                if (o != n && sharedArticles.merge(pair(o, n), 1, Integer::sum) >= minSharedArticles) {
                    union(o, n, () -> "reported together", true);
                }
            }
            others.add(n);
        }
        self.articlesSeen = c.numArticles();
        Map<String, String> parties = c.specificParties();
        if (parties.isEmpty()) {
            return;
        }
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
                if (self.registered == null) {
                    self.registered = new HashSet<>();
                }
                if (self.registered.add(key)) {
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
        if (nodes.containsKey(from)) {
            union(into, from, () -> null, true);
        }
    }

    /** The node of cluster {@code n}, made (a root of its own) the first time. */
    private Node node(long n) {
        Node x = nodes.get(n);
        if (x == null) {
            x = new Node(n);
            nodes.put(n, x);
        }
        return x;
    }

    private static Node find(Node n) {
        Node r = n;
        while (r.parent != r) {
            r = r.parent;
        }
        Node x = n;
        while (x != r) {
            Node next = x.parent;
            x.parent = r;
            x = next;
        }
        return r;
    }

    private void union(long a, long b, Supplier<String> reason, boolean force) {
        Node ra = find(node(a));
        Node rb = find(node(b));
        if (ra == rb) {
            return;
        }
        long lo = Math.min(ra.lo, rb.lo);
        long hi = Math.max(ra.hi, rb.hi);
        if (!force && hi - lo > maxSpanDays) {
            return;
        }
        Node root = ra.number < rb.number ? ra : rb;
        Node child = root == ra ? rb : ra;
        child.parent = root;
        root.lo = lo;
        root.hi = hi;
        child.lo = Long.MAX_VALUE;
        child.hi = Long.MIN_VALUE;
        List<Long> big = child.members;
        List<Long> small = root.members;
        child.members = null;
        if (big.size() < small.size()) {
            List<Long> t = big;
            big = small;
            small = t;
        }
        big.addAll(small);
        root.members = big;
        Set<String> other = child.reasons;
        child.reasons = null;
        if (other != null) {
            other.forEach(r -> addReason(root, r));
        }
        addReason(root, reason.get());
    }

    private void addReason(Node root, String reason) {
        if (reason == null) {
            return;
        }
        if (root.reasons == null) {
            root.reasons = new LinkedHashSet<>();
        }
        if (root.reasons.size() < MAX_LINK_REASONS) {
            root.reasons.add(reason);
        }
    }

    /** The threads of at least two clusters still in the store, by their first date. */
    public synchronized List<StoryThread> threads(ClusterStore store) {
        List<StoryThread> out = new ArrayList<>();
        for (Node x : nodes.values()) {
            if (x.parent == x) {
                thread(x, store).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparing((StoryThread t) -> t.start().orElse(LocalDate.MAX)).thenComparing(StoryThread::id));
        return out;
    }

    /**
     * The thread that holds a cluster, if it holds at least one other cluster still in the store:
     * what a store that keeps threads must rewrite after the cluster changed.
     */
    public synchronized Optional<StoryThread> threadOf(long cluster, ClusterStore store) {
        Node x = nodes.get(cluster);
        if (x == null) {
            return Optional.empty();
        }
        return thread(find(x), store);
    }

    private Optional<StoryThread> thread(Node root, ClusterStore store) {
        List<Long> numbers = root.members;
        if (numbers.size() < 2) {
            return Optional.empty();
        }
        List<Dated> cs = new ArrayList<>(numbers.size());
        LocalDate start = null;
        LocalDate end = null;
        long lowest = Long.MAX_VALUE;
        for (long n : numbers) {
            Optional<EventCluster> c = store.get(n);
            if (c.isEmpty()) {
                continue;
            }
            LocalDate day = day(c.get()).orElse(null);
            cs.add(new Dated(day == null ? LocalDate.MAX : day, n));
            if (day != null && (start == null || day.isBefore(start))) {
                start = day;
            }
            LocalDate last = c.get().date().map(DateRange::end).or(c.get()::firstReported).orElse(null);
            if (last != null && (end == null || last.isAfter(end))) {
                end = last;
            }
            lowest = Math.min(lowest, n);
        }
        if (cs.size() < 2) {
            return Optional.empty();
        }
        cs.sort(null);
        List<Long> order = new ArrayList<>(cs.size());
        for (Dated d : cs) {
            order.add(d.number());
        }
        return Optional.of(new StoryThread("t" + lowest, order, Optional.ofNullable(start),
                Optional.ofNullable(end), root.reasons == null ? new ArrayList<>() : new ArrayList<>(root.reasons)));
    }

    /** A cluster at its day in a timeline (LocalDate.MAX when it has none), by day then number. */
    private record Dated(LocalDate day, long number) implements Comparable<Dated> {
        @Override
        public int compareTo(Dated o) {
            int c = day.compareTo(o.day);
            return c != 0 ? c : Long.compare(number, o.number);
        }
    }

    /** When a cluster stands in a timeline: its date, or for undated reports their first publication. */
    public static Optional<LocalDate> day(EventCluster c) {
        return c.date().map(DateRange::start).or(c::firstReported);
    }
}
