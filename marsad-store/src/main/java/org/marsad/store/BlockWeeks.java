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
 * <p>Each block's clusters are kept as a sorted array of numbers, so that a lookup is a merge of a
 * few arrays (no boxing, no tree).
 *
 * <p>Not thread-safe: used by {@link SqlClusterStore} inside one transaction at a time.
 */
final class BlockWeeks {
    static final int MAX_ENTRIES = 1_000_000;
    static final int MAX_COMPLETE_CLUSTERS = 200_000;
    private final Map<Integer, Map<String, Numbers>> weeks = new HashMap<>();
    private long entries;
    /** every stored registration is held: a week not held has none */
    private boolean complete;
    /** whether loading everything was tried since the last {@link #clear} */
    private boolean tried;
    private long[] buffer = new long[64];

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
        try (ResultSet r = st.get("SELECT number, blocks FROM clusters WHERE week_to IS NOT NULL").executeQuery()) {
            while (r.next()) {
                long c = r.getLong(1);
                if (!gone.test(c)) {
                    for (BlockKey b : ClusterRows.blocks(r.getString(2))) {
                        add(b, c);
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

    private void add(BlockKey b, long n) {
        if (weeks.computeIfAbsent(b.week(), k -> new HashMap<>()).computeIfAbsent(b.space(), k -> new Numbers())
                .add(n)) {
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
        Map<Integer, Map<String, Numbers>> read = new HashMap<>();
        for (int w = lo; w <= hi; w++) {
            if (!weeks.containsKey(w)) {
                read.put(w, new HashMap<>());
            }
        }
        PreparedStatement p = st.get("SELECT number, blocks FROM clusters WHERE week_to >= ? AND week_from <= ?");
        p.setInt(1, lo);
        p.setInt(2, hi);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                long n = r.getLong(1);
                if (gone.test(n)) {
                    continue;
                }
                for (BlockKey b : ClusterRows.blocks(r.getString(2))) {
                    Map<String, Numbers> m = read.get(b.week());
                    if (m != null && m.computeIfAbsent(b.space(), k -> new Numbers()).add(n)) {
                        entries++;
                    }
                }
            }
        }
        weeks.putAll(read);
    }

    private Numbers numbers(BlockKey b) {
        Map<String, Numbers> week = weeks.get(b.week());
        return week == null ? null : week.get(b.space());
    }

    /** The clusters registered under any of the blocks, ascending. */
    List<Long> candidates(Statements st, Collection<BlockKey> blocks, LongPredicate gone) throws SQLException {
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
            Numbers s = numbers(b);
            if (s != null && s.size > 0) {
                size += s.size;
                only = s;
                nonEmpty++;
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
            Numbers s = numbers(b);
            if (s != null) {
                System.arraycopy(s.values, 0, buffer, at, s.size);
                at += s.size;
            }
        }
        Arrays.sort(buffer, 0, at);
        int distinct = 0;
        for (int i = 0; i < at; i++) {
            if (distinct == 0 || buffer[distinct - 1] != buffer[i]) {
                buffer[distinct++] = buffer[i];
            }
        }
        return Numbers.list(buffer, distinct);
    }

    /** Registers cluster {@code n} under exactly {@code now}, having been under {@code before}. */
    void register(Statements st, long n, Set<BlockKey> before, Set<BlockKey> now, LongPredicate gone)
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
                Numbers s = numbers(b);
                if (s != null && s.remove(n)) {
                    entries--;
                }
            }
        }
        for (BlockKey b : now) {
            if (!before.contains(b)) {
                add(b, n);
            }
        }
    }

    /** A cluster deleted: it leaves the weeks held (its row, and so its blocks, go at the flush). */
    void forget(long n, Set<BlockKey> registered) {
        for (BlockKey b : registered) {
            Numbers s = numbers(b);
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
