package org.marsad.link;

import java.util.Arrays;

/**
 * For each cluster the linker wrote, the latest start and the earliest end of the dates a report
 * is checked against ({@link LinkRules#datesCompatible}: its reports' dates, or for undated reports
 * the week before their publication), as epoch days, in an open-addressing table of primitive
 * arrays. A report dated {@code when} cannot join a cluster one of whose dates starts more than
 * {@code slack} days after {@code when} ends, or ends more than {@code slack} days before it
 * starts ({@code slack} the widest gap any two compatible dates may have), so such candidates are
 * dropped before the cluster is fetched and scored: most candidates of a report's blocks (two or
 * three weeks) are of other days. Only a necessary condition: clusters it does not know (stored by
 * an earlier process) are never dropped.
 *
 * <p>Not thread-safe: used by {@link EventLinker} under its lock.
 */
final class DateBounds {
    private static final long FREE = Long.MIN_VALUE;
    private long[] keys = filled(1 << 10);
    private long[] latestStart = new long[1 << 10];
    private long[] earliestEnd = new long[1 << 10];
    private int size;

    private static long[] filled(int n) {
        long[] a = new long[n];
        Arrays.fill(a, FREE);
        return a;
    }

    /** Records cluster {@code c}'s bounds (replacing those it had). */
    void put(EventCluster c) {
        long lo = Long.MIN_VALUE;
        long hi = Long.MAX_VALUE;
        EventCluster.Days d = c.days();
        if (d.size() > 0) {
            for (int i = 0; i < d.size(); i++) {
                lo = Math.max(lo, d.start[i]);
                hi = Math.min(hi, d.end[i]);
            }
        } else {
            var hull = c.hull();
            if (hull.isPresent()) {
                lo = hull.get().start().toEpochDay();
                hi = hull.get().end().toEpochDay();
            }
        }
        put(c.number(), lo, hi);
    }

    /** Forgets a cluster's bounds (merged away): it is never dropped then. */
    void remove(long number) {
        int i = slot(number);
        if (keys[i] == number) {
            latestStart[i] = Long.MIN_VALUE;
            earliestEnd[i] = Long.MAX_VALUE;
        }
    }

    /**
     * Whether no report dated within {@code [from, to]} (epoch days, the report's date widened by the
     * slack) can join cluster {@code number}: one of its dates starts after {@code to} or ends before
     * {@code from}. False for a cluster not known.
     */
    boolean rulesOut(long number, long from, long to) {
        int i = slot(number);
        return keys[i] == number && (latestStart[i] > to || earliestEnd[i] < from);
    }

    private void put(long number, long lo, long hi) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(number);
        if (keys[i] != number) {
            keys[i] = number;
            size++;
        }
        latestStart[i] = lo;
        earliestEnd[i] = hi;
    }

    private int slot(long k) {
        int mask = keys.length - 1;
        int i = (int) ((k * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (keys[i] != FREE && keys[i] != k) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] k = keys;
        long[] lo = latestStart;
        long[] hi = earliestEnd;
        keys = filled(k.length * 2);
        latestStart = new long[k.length * 2];
        earliestEnd = new long[k.length * 2];
        for (int j = 0; j < k.length; j++) {
            if (k[j] != FREE) {
                int i = slot(k[j]);
                keys[i] = k[j];
                latestStart[i] = lo[j];
                earliestEnd[i] = hi[j];
            }
        }
    }
}
