package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import org.marsad.link.BlockKey;

/**
 * The linker's block index ({@code (week, space) → clusters}) for the weeks it has looked at, in
 * memory. A week is read once, from the clusters whose registered weeks cover it
 * ({@code clusters.week_from/week_to/blocks}, index on {@code week_to}), and kept: articles arrive
 * roughly in publication order, so the same few weeks are asked again and again. The index has no
 * table of its own (no rows to write per block): a cluster's blocks are written with its row.
 * Weeks are read before a registration in them changes, so that what is held is the stored state
 * plus this transaction's changes. When more than {@value #MAX_ENTRIES} registrations are held,
 * everything is dropped at the end of a transaction and read again as needed.
 *
 * <p>Not thread-safe: used by {@link SqlClusterStore} inside one transaction at a time.
 */
final class BlockWeeks {
    static final int MAX_ENTRIES = 1_000_000;
    private final Map<Integer, Map<String, Set<Long>>> weeks = new HashMap<>();
    private long entries;

    /** Forgets everything held (another process linked, or a transaction rolled back). */
    void clear() {
        weeks.clear();
        entries = 0;
    }

    /** Reads the weeks in {@code from..to} not held yet, in one query; {@code gone} are clusters to leave out. */
    private void ensure(Statements st, int from, int to, LongPredicate gone) throws SQLException {
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
        Map<Integer, Map<String, Set<Long>>> read = new HashMap<>();
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
                    Map<String, Set<Long>> m = read.get(b.week());
                    if (m != null && m.computeIfAbsent(b.space(), k -> new HashSet<>(2)).add(n)) {
                        entries++;
                    }
                }
            }
        }
        weeks.putAll(read);
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
        TreeSet<Long> out = new TreeSet<>();
        for (BlockKey b : blocks) {
            Set<Long> s = weeks.get(b.week()).get(b.space());
            if (s != null) {
                out.addAll(s);
            }
        }
        return new ArrayList<>(out);
    }

    /** Registers cluster {@code n} under exactly {@code now}, having been under {@code before}. */
    void register(Statements st, long n, Set<BlockKey> before, Set<BlockKey> now, LongPredicate gone)
            throws SQLException {
        List<BlockKey> changed = new ArrayList<>();
        for (BlockKey b : before) {
            if (!now.contains(b)) {
                changed.add(b);
            }
        }
        for (BlockKey b : now) {
            if (!before.contains(b)) {
                changed.add(b);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        int lo = changed.stream().mapToInt(BlockKey::week).min().getAsInt();
        int hi = changed.stream().mapToInt(BlockKey::week).max().getAsInt();
        ensure(st, lo, hi, gone);
        for (BlockKey b : changed) {
            Map<String, Set<Long>> week = weeks.get(b.week());
            if (now.contains(b)) {
                if (week.computeIfAbsent(b.space(), k -> new HashSet<>(2)).add(n)) {
                    entries++;
                }
            } else {
                Set<Long> s = week.get(b.space());
                if (s != null && s.remove(n)) {
                    entries--;
                }
            }
        }
    }

    /** A cluster deleted: it leaves the weeks held (its row, and so its blocks, go at the flush). */
    void forget(long n, Set<BlockKey> registered) {
        for (BlockKey b : registered) {
            Map<String, Set<Long>> week = weeks.get(b.week());
            Set<Long> s = week == null ? null : week.get(b.space());
            if (s != null && s.remove(n)) {
                entries--;
            }
        }
    }

    /** At the end of a transaction: drops what is held when it grew too big. */
    void trim() {
        if (entries > MAX_ENTRIES) {
            clear();
        }
    }
}
