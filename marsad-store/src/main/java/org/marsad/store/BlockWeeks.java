package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.marsad.link.BlockKey;
import org.marsad.link.Blocking;

/**
 * The linker's block index ({@code (week, space) → clusters}) in memory, backed by the clusters'
 * rows ({@code clusters.week_from/week_to/blocks}, index on {@code week_to}); the index has no table
 * of its own (no rows to write per block): a cluster's blocks are written with its row.
 *
 * <p>Two modes. <b>Complete</b>: every registration of the store is held, so no lookup reads the
 * database. The index is complete when the process first links against a store of at most
 * {@value #MAX_COMPLETE_CLUSTERS} clusters with blocks (read in one query; a new store is complete
 * at once) and stays so while it holds at most {@value #MAX_ENTRIES} registrations. <b>By week</b>
 * (a larger store): a week is read the first time it is asked, from the clusters whose registered
 * weeks cover it, and kept: articles arrive roughly in publication order, so the same few weeks are
 * asked again and again. Either way, weeks are read before a registration in them changes, so that
 * what is held is the stored state plus this transaction's changes; when more than
 * {@value #MAX_ENTRIES} registrations are held, everything is dropped at the end of a transaction
 * and read again by week as needed.
 *
 * <p>Each block's clusters are kept by kind (type family and factuality of the cluster's first
 * report, which never change: a report is only scored against clusters of its own kind), each kind
 * as a sorted array of numbers, so that a lookup is a merge of a few arrays (no boxing, no tree) of
 * the report's kind only.
 *
 * <p>Not thread-safe: used by {@link SqlClusterStore} inside one transaction at a time.
 */
final class BlockWeeks {
    static final int MAX_ENTRIES = 1_000_000;
    static final int MAX_COMPLETE_CLUSTERS = 200_000;
    private final Map<Integer, Map<String, Kinds>> weeks = new HashMap<>();
    private long entries;
    /** every stored registration is held: a week not held has none */
    private boolean complete;
    /** whether loading everything was tried since the last {@link #clear} */
    private boolean tried;
    private long[] buffer = new long[64];
    /** the non-empty arrays a lookup found (reused) */
    private Numbers[] hits = new Numbers[16];

    /** Forgets everything held (another process linked, or a transaction rolled back). */
    void clear() {
        weeks.clear();
        entries = 0;
        complete = false;
        tried = false;
    }

    /** Whether every stored registration is held (no lookup reads the database). */
    boolean complete() {
        return complete;
    }

    /** The kind of a cluster or report: its type family, marked when not factual. */
    static String kind(String family, boolean factual) {
        return factual ? family : family + "~";
    }

    private static String kind(ResultSet r) throws SQLException {
        return kind(r.getString(3), r.getInt(4) == 1);
    }

    /** The first time after a {@link #clear}: reads the whole index if the store is small enough. */
    private void loadAll(Statements st, LongPredicate gone) throws SQLException {
        tried = true;
        long n;
        try (ResultSet r = st.get("SELECT COUNT(*) FROM clusters WHERE week_to IS NOT NULL").executeQuery()) {
            n = r.next() ? r.getLong(1) : 0;
        }
        if (n > MAX_COMPLETE_CLUSTERS) {
            return;
        }
        weeks.clear();
        entries = 0;
        try (ResultSet r = st.get("SELECT number, blocks, family, factual FROM clusters WHERE week_to IS NOT NULL")
                .executeQuery()) {
            while (r.next()) {
                long c = r.getLong(1);
                if (!gone.test(c)) {
                    String kind = kind(r);
                    for (BlockKey b : ClusterRows.blocks(r.getString(2))) {
                        add(b, kind, c);
                    }
                }
            }
        }
        complete = entries <= MAX_ENTRIES;
        if (!complete) {
            weeks.clear();
            entries = 0;
        }
    }

    private void add(BlockKey b, String kind, long n) {
        if (weeks.computeIfAbsent(b.week(), k -> new HashMap<>()).computeIfAbsent(b.space(), k -> new Kinds())
                .numbers(kind, true).add(n)) {
            entries++;
        }
    }

    /** Reads the weeks in {@code from..to} not held yet, in one query; {@code gone} are clusters to leave out. */
    private void ensure(Statements st, int from, int to, LongPredicate gone) throws SQLException {
        if (!tried) {
            loadAll(st, gone);
        }
        if (complete) {
            return;
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int w = from; w <= to; w++) {
            if (!weeks.containsKey(w)) {
                lo = Math.min(lo, w);
                hi = Math.max(hi, w);
            }
        }
        if (lo > hi) {
            return;
        }
        Map<Integer, Map<String, Kinds>> read = new HashMap<>();
        for (int w = lo; w <= hi; w++) {
            if (!weeks.containsKey(w)) {
                read.put(w, new HashMap<>());
            }
        }
        PreparedStatement p = st.get("SELECT number, blocks, family, factual FROM clusters "
                + "WHERE week_to >= ? AND week_from <= ?");
        p.setInt(1, lo);
        p.setInt(2, hi);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                long n = r.getLong(1);
                if (gone.test(n)) {
                    continue;
                }
                String kind = kind(r);
                for (BlockKey b : ClusterRows.blocks(r.getString(2))) {
                    Map<String, Kinds> m = read.get(b.week());
                    if (m != null && m.computeIfAbsent(b.space(), k -> new Kinds()).numbers(kind, true).add(n)) {
                        entries++;
                    }
                }
            }
        }
        weeks.putAll(read);
    }

    private Kinds kinds(BlockKey b) {
        Map<String, Kinds> week = weeks.get(b.week());
        return week == null ? null : week.get(b.space());
    }

    private Numbers numbers(BlockKey b, String kind) {
        Kinds k = kinds(b);
        return k == null ? null : k.numbers(kind, false);
    }

    /** The clusters of the kind ({@code null}: any) registered under any of the blocks, ascending. */
    List<Long> candidates(Statements st, Collection<BlockKey> blocks, String kind, LongPredicate gone)
            throws SQLException {
        if (blocks.isEmpty()) {
            return List.of();
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (BlockKey b : blocks) {
            lo = Math.min(lo, b.week());
            hi = Math.max(hi, b.week());
        }
        ensure(st, lo, hi, gone);
        int size = 0;
        Numbers only = null;
        int nonEmpty = 0;
        for (BlockKey b : blocks) {
            Kinds k = kinds(b);
            for (int i = 0; k != null && i < k.size; i++) {
                Numbers s = k.numbers[i];
                if ((kind == null || kind.equals(k.kinds[i])) && s.size > 0) {
                    size += s.size;
                    only = s;
                    nonEmpty++;
                }
            }
        }
        if (nonEmpty == 0) {
            return List.of();
        }
        if (nonEmpty == 1) {
            return only.list(only.values, only.size);
        }
        if (buffer.length < size) {
            buffer = new long[Math.max(size, buffer.length * 2)];
        }
        int at = 0;
        for (BlockKey b : blocks) {
            Kinds k = kinds(b);
            for (int i = 0; k != null && i < k.size; i++) {
                Numbers s = k.numbers[i];
                if (kind == null || kind.equals(k.kinds[i])) {
                    System.arraycopy(s.values, 0, buffer, at, s.size);
                    at += s.size;
                }
            }
        }
        return Numbers.list(buffer, LongRuns.sortDistinct(buffer, at));
    }

    /**
     * As {@link #candidates(Statements, Collection, String, LongPredicate)} for the blocks of a
     * query: each week is looked up once and each of the query's spaces in it (no block keys made).
     */
    List<Long> candidates(Statements st, Blocking.Query q, String kind, LongPredicate gone) throws SQLException {
        if (q.spaces().isEmpty() || q.fromWeek() > q.toWeek()) {
            return List.of();
        }
        ensure(st, q.fromWeek(), q.toWeek(), gone);
        int size = 0;
        int found = 0;
        for (int w = q.fromWeek(); w <= q.toWeek(); w++) {
            Map<String, Kinds> week = weeks.get(w);
            if (week == null) {
                continue;
            }
            for (String space : q.spaces()) {
                Kinds k = week.get(space);
                for (int i = 0; k != null && i < k.size; i++) {
                    Numbers s = k.numbers[i];
                    if ((kind == null || kind.equals(k.kinds[i])) && s.size > 0) {
                        if (found == hits.length) {
                            hits = Arrays.copyOf(hits, found * 2);
                        }
                        hits[found++] = s;
                        size += s.size;
                    }
                }
            }
        }
        if (found == 0) {
            return List.of();
        }
        if (found == 1) {
            Numbers only = hits[0];
            hits[0] = null;
            return Numbers.list(only.values, only.size);
        }
        if (buffer.length < size) {
            buffer = new long[Math.max(size, buffer.length * 2)];
        }
        int at = 0;
        for (int i = 0; i < found; i++) {
            System.arraycopy(hits[i].values, 0, buffer, at, hits[i].size);
            at += hits[i].size;
            hits[i] = null;
        }
        return Numbers.list(buffer, LongRuns.sortDistinct(buffer, at));
    }

    /** Registers cluster {@code n} of kind {@code kind} under exactly {@code now}, having been under {@code before}. */
    void register(Statements st, long n, String kind, Set<BlockKey> before, Set<BlockKey> now, LongPredicate gone)
            throws SQLException {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (BlockKey b : before) {
            if (!now.contains(b)) {
                lo = Math.min(lo, b.week());
                hi = Math.max(hi, b.week());
            }
        }
        for (BlockKey b : now) {
            if (!before.contains(b)) {
                lo = Math.min(lo, b.week());
                hi = Math.max(hi, b.week());
            }
        }
        if (lo > hi) {
            return;
        }
        ensure(st, lo, hi, gone);
        for (BlockKey b : before) {
            if (!now.contains(b)) {
                Numbers s = numbers(b, kind);
                if (s != null && s.remove(n)) {
                    entries--;
                }
            }
        }
        for (BlockKey b : now) {
            if (!before.contains(b)) {
                add(b, kind, n);
            }
        }
    }

    /** A cluster deleted: it leaves the weeks held (its row, and so its blocks, go at the flush). */
    void forget(long n, String kind, Set<BlockKey> registered) {
        for (BlockKey b : registered) {
            Numbers s = numbers(b, kind);
            if (s != null && s.remove(n)) {
                entries--;
            }
        }
    }

    /** At the end of a transaction: drops what is held when it grew too big (then reads by week). */
    void trim() {
        if (entries > MAX_ENTRIES) {
            clear();
            tried = true;
        }
    }

    /** The clusters of one block, by kind (a block holds a few kinds). */
    private static final class Kinds {
        String[] kinds = new String[2];
        Numbers[] numbers = new Numbers[2];
        int size;

        Numbers numbers(String kind, boolean create) {
            for (int i = 0; i < size; i++) {
                if (kinds[i].equals(kind)) {
                    return numbers[i];
                }
            }
            if (!create) {
                return null;
            }
            if (size == kinds.length) {
                kinds = Arrays.copyOf(kinds, size * 2);
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            kinds[size] = kind;
            numbers[size] = new Numbers();
            return numbers[size++];
        }
    }

    /** A sorted set of cluster numbers in an array (new clusters, the highest numbers, append). */
    private static final class Numbers {
        long[] values = new long[2];
        int size;

        boolean add(long n) {
            int i = size > 0 && values[size - 1] < n ? -size - 1 : Arrays.binarySearch(values, 0, size, n);
            if (i >= 0) {
                return false;
            }
            int at = -i - 1;
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            System.arraycopy(values, at, values, at + 1, size - at);
            values[at] = n;
            size++;
            return true;
        }

        boolean remove(long n) {
            int i = Arrays.binarySearch(values, 0, size, n);
            if (i < 0) {
                return false;
            }
            System.arraycopy(values, i + 1, values, i, size - i - 1);
            size--;
            return true;
        }

        static List<Long> list(long[] v, int n) {
            Long[] out = new Long[n];
            for (int i = 0; i < n; i++) {
                out[i] = v[i];
            }
            return Arrays.asList(out);
        }
    }
}
