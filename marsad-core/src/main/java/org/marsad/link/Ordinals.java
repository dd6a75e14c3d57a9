package org.marsad.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct strings in the order they came (the values of a cluster, its outlets), shared by the
 * successive snapshots of the cluster: a snapshot sees the first {@code n} entries, and adding to
 * the newest snapshot appends in place (no copy), so a cluster of thousands of reports grows at
 * constant cost. Adding to an older snapshot copies the prefix it sees first. Thread-safe: every
 * method is synchronized, and {@link #extend} decides and appends under one lock.
 */
final class Ordinals {
    // small at first: most clusters hold one report, from one article and one outlet
    private final Map<String, Integer> ordinal = new HashMap<>(4);
    private final List<String> order = new ArrayList<>(2);

    /** Whether {@code value} is among the first {@code n}. */
    synchronized boolean contains(String value, int n) {
        Integer o = ordinal.get(value);
        return o != null && o < n;
    }

    /**
     * The ordinals a snapshot that sees {@code n} entries must use to also hold {@code value}:
     * this very object when the value is already among the first {@code n} or when {@code n} is
     * the newest size (then the value is appended), else a copy of the first {@code n} with it.
     * The new size is {@code n} or {@code n + 1}, as {@link #contains} tells afterwards.
     */
    synchronized Ordinals extend(int n, String value) {
        if (contains(value, n)) {
            return this;
        }
        Ordinals target = this;
        if (order.size() != n) {
            target = new Ordinals();
            for (int i = 0; i < n; i++) {
                target.append(order.get(i));
            }
        }
        target.append(value);
        return target;
    }

    private void append(String value) {
        ordinal.put(value, order.size());
        order.add(value);
    }

    /** Entries {@code from} (inclusive) to {@code to} (exclusive), copied. */
    synchronized List<String> slice(int from, int to) {
        return new ArrayList<>(order.subList(from, to));
    }
}
