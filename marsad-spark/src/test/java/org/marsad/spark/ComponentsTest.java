package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class ComponentsTest {
    private final SparkSession spark = LocalSpark.session();

    private static long find(Map<Long, Long> parent, long x) {
        long r = x;
        while (parent.getOrDefault(r, r) != r) {
            r = parent.get(r);
        }
        return r;
    }

    /** Smallest node of each component by union-find, the expected answer. */
    private static Map<Long, Long> unionFind(List<long[]> edges) {
        Map<Long, Long> parent = new HashMap<>();
        for (long[] e : edges) {
            long a = find(parent, e[0]);
            long b = find(parent, e[1]);
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b));
            }
        }
        Map<Long, Long> out = new HashMap<>();
        for (long[] e : edges) {
            for (long n : e) {
                long r = find(parent, n);
                long min = r;
                out.merge(n, min, Math::min);
            }
        }
        // the root of a union-find tree built this way is the smallest node of the component
        return out;
    }

    private Map<Long, Long> spark(List<long[]> edges) {
        Map<Long, Long> onDriver = spark(edges, false);
        assertEquals(onDriver, spark(edges, true), "driver and distributed agree");
        return onDriver;
    }

    private Map<Long, Long> spark(List<long[]> edges, boolean distributed) {
        List<Row> rows = new ArrayList<>();
        edges.forEach(e -> rows.add(RowFactory.create(e[0], e[1])));
        Map<Long, Long> got = new HashMap<>();
        var df = spark.createDataFrame(rows, LinkJob.EDGES);
        for (Row r : (distributed ? Components.distributedOf(df) : Components.of(df)).collectAsList()) {
            Long before = got.put(r.getLong(0), r.getLong(1));
            assertEquals(null, before, "node " + r.getLong(0) + " listed twice");
        }
        return got;
    }

    @Test
    void aLongChainIsOneComponentWithItsSmallestNode() {
        List<long[]> edges = new ArrayList<>();
        for (long i = 1; i < 40; i++) {
            edges.add(new long[] {i * 7 % 40 + 1000, (i + 1) * 7 % 40 + 1000});
        }
        Map<Long, Long> got = spark(edges);
        assertEquals(40, got.size());
        got.values().forEach(v -> assertEquals(1000L, v));
    }

    @Test
    void randomGraphsAgreeWithUnionFind() {
        SplittableRandom r = new SplittableRandom(42);
        List<long[]> edges = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long a = r.nextInt(80);
            edges.add(new long[] {a, r.nextBoolean() ? a : r.nextInt(80)});
        }
        Map<Long, Long> want = unionFind(edges.stream().filter(e -> e[0] != e[1]).toList());
        assertEquals(want, spark(edges));
    }
}
