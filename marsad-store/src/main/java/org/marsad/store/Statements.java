package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Prepared statements of one connection, each prepared once and reused: within a transaction, and
 * across the transactions of a linker that keeps them per connection ({@link StoreLinker}), so that
 * the multi-row statements of the linking tables (SQL of up to a few thousand parameters, which
 * SQLite takes a while to compile) are compiled once per connection instead of once per batch. At
 * most {@value #MAX} are kept; the least recently used is closed beyond that. Multi-row statements
 * come in a few sizes only ({@link #chunks}), and their SQL text is made once ({@link #sql}).
 *
 * <p>Not thread-safe: one per connection, used by one transaction at a time.
 */
final class Statements implements AutoCloseable {
    static final int MAX = 128;
    private static final Map<String, String> SQL = new ConcurrentHashMap<>();
    private final Connection c;
    private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>(64, 0.75f, true);

    Statements(Connection c) {
        this.c = c;
    }

    Connection connection() {
        return c;
    }

    /** The statement for {@code sql}, its parameters cleared. */
    PreparedStatement get(String sql) throws SQLException {
        return get(sql, true);
    }

    /**
     * The statement for {@code sql}, its parameters as its last use left them: for a statement
     * whose every parameter is set before each use (the multi-row statements), which saves
     * clearing thousands of bindings that are all set again.
     */
    PreparedStatement getToSetAll(String sql) throws SQLException {
        return get(sql, false);
    }

    private PreparedStatement get(String sql, boolean clear) throws SQLException {
        PreparedStatement p = prepared.get(sql);
        if (p == null) {
            p = c.prepareStatement(sql);
            prepared.put(sql, p);
            if (prepared.size() > MAX) {
                var eldest = prepared.entrySet().iterator();
                PreparedStatement old = eldest.next().getValue();
                eldest.remove();
                quietClose(old);
            }
        } else if (clear) {
            p.clearParameters();
        }
        return p;
    }

    /** {@code ?, ?, ?} for n parameters. */
    static String marks(int n) {
        return n == 0 ? "" : "?" + ", ?".repeat(n - 1);
    }

    /** What a chunked statement does with one part of its rows. */
    interface Chunk<T> {
        void accept(List<T> part) throws SQLException;
    }

    /** Hands {@code all} to {@code body} in consecutive parts of the sizes {@link #chunks} gives. */
    static <T> void inChunks(List<T> all, int max, Chunk<T> body) throws SQLException {
        inChunks(all, max, 2, body);
    }

    /** As {@link #inChunks(List, int, Chunk)}, the rest by powers of {@code ratio} ({@link #chunks(int, int, int)}). */
    static <T> void inChunks(List<T> all, int max, int ratio, Chunk<T> body) throws SQLException {
        int at = 0;
        for (int size : chunks(all.size(), max, ratio)) {
            body.accept(all.subList(at, at + size));
            at += size;
        }
    }

    /** Sets parameters 1..n of {@code p} to the numbers of an IN list. */
    static void setLongs(PreparedStatement p, List<Long> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            p.setLong(i + 1, values.get(i));
        }
    }

    /**
     * The sizes to write {@code n} rows in, at most {@code max} a statement: as many {@code max} as
     * fit, then the rest by powers of two (so a statement kind has at most a handful of shapes).
     */
    static List<Integer> chunks(int n, int max) {
        return chunks(n, max, 2);
    }

    /**
     * As {@link #chunks(int, int)}, the rest by powers of {@code ratio}: with 4, fewer shapes to
     * compile (a multi-row statement's compilation costs about what its rows do, and is paid once
     * per shape and connection) for a few more statements to run.
     */
    static List<Integer> chunks(int n, int max, int ratio) {
        List<Integer> out = new ArrayList<>();
        int left = n;
        while (left >= max) {
            out.add(max);
            left -= max;
        }
        int p = 1;
        while ((long) p * ratio <= Math.max(1, max)) {
            p *= ratio;
        }
        for (; p >= 1 && left > 0; p /= ratio) {
            while (left >= p) {
                out.add(p);
                left -= p;
            }
        }
        return out;
    }

    /**
     * The SQL text {@code make} gives for {@code n} rows of statement kind {@code kind}, made once
     * and shared (the same instance, so that looking it up does not hash it again).
     */
    static String sql(String kind, int n, IntFunction<String> make) {
        return SQL.computeIfAbsent(kind + '#' + n, k -> make.apply(n));
    }

    private static void quietClose(PreparedStatement p) {
        try {
            p.close();
        } catch (SQLException e) {
            // closing: nothing to recover
        }
    }

    @Override
    public void close() {
        for (PreparedStatement p : prepared.values()) {
            quietClose(p);
        }
        prepared.clear();
    }
}
