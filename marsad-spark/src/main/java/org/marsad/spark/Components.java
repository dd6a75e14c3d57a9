package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Connected components of an undirected graph given as edges {@code (u, v)} of long node ids, by
 * alternating the large-star and small-star operations (Kiveris et al., "Connected Components in
 * MapReduce and Beyond", SoCC 2014): each round is a few joins and aggregations, the number of
 * rounds grows with the logarithm of the component size rather than with its diameter (a chain of
 * a thousand reports, day after day, needs a handful of rounds, not a thousand). At the fixpoint
 * every node points at the smallest node of its component.
 */
final class Components {
    private Components() {
    }

    /** Up to this many distinct edges, components are found on the driver (one pass, no Spark rounds). */
    static final long DRIVER_EDGES = 1_000_000;

    /**
     * The component of every node that has an edge: {@code (node, component)}, where
     * {@code component} is the smallest node id of the component. Nodes without edges are not listed.
     * A graph of at most {@link #DRIVER_EDGES} edges is streamed to the driver and solved by
     * union-find (the rounds below cost more than the data then); larger ones stay distributed.
     */
    static Dataset<Row> of(Dataset<Row> edges) {
        Dataset<Row> e = canonical(edges).localCheckpoint();
        if (e.count() <= DRIVER_EDGES) {
            return onDriver(e);
        }
        return distributed(e);
    }

    /** {@code (a, b)} with {@code b < a}, each edge once, without loops. */
    private static Dataset<Row> canonical(Dataset<Row> edges) {
        return edges.filter(col("u").notEqual(col("v")))
                .select(greatest(col("u"), col("v")).as("a"), least(col("u"), col("v")).as("b")).distinct();
    }

    private static Dataset<Row> onDriver(Dataset<Row> e) {
        Map<Long, Long> parent = new HashMap<>();
        Iterator<Row> it = e.toLocalIterator();
        while (it.hasNext()) {
            Row r = it.next();
            long a = root(parent, r.getLong(0));
            long b = root(parent, r.getLong(1));
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b)); // the smaller root stays: roots are component minima
            }
        }
        List<Row> out = new ArrayList<>(parent.size());
        for (Long n : parent.keySet()) {
            out.add(RowFactory.create(n, root(parent, n)));
        }
        for (Long n : parent.values()) {
            if (!parent.containsKey(n)) {
                out.add(RowFactory.create(n, n));
            }
        }
        return e.sparkSession().createDataFrame(out, SCHEMA).distinct();
    }

    private static long root(Map<Long, Long> parent, long x) {
        long r = x;
        Long p;
        while ((p = parent.get(r)) != null) {
            r = p;
        }
        long y = x;
        while ((p = parent.get(y)) != null && p != r) { // path compression
            parent.put(y, r);
            y = p;
        }
        return r;
    }

    /** The large-star/small-star rounds, for edges in canonical form. */
    static Dataset<Row> distributed(Dataset<Row> canonical) {
        Dataset<Row> e = canonical;
        long size = e.count();
        while (true) {
            Dataset<Row> next = smallStar(largeStar(e)).localCheckpoint();
            long n = next.count();
            boolean same = n == size && next.except(e).isEmpty();
            e = next;
            size = n;
            if (same) {
                break;
            }
        }
        Dataset<Row> labels = e.groupBy("a").agg(min("b").as("component")).select(col("a").as("node"), col("component"));
        Dataset<Row> pointed = e.select(col("a").as("x")).distinct();
        Dataset<Row> roots = e.select(col("b").as("node")).distinct()
                .join(pointed, col("node").equalTo(col("x")), "left_anti")
                .select(col("node"), col("node").as("component"));
        return labels.unionByName(roots);
    }

    /** For tests: {@link #distributed} on raw edges {@code (u, v)}. */
    static Dataset<Row> distributedOf(Dataset<Row> edges) {
        return distributed(canonical(edges).localCheckpoint());
    }

    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("node", DataTypes.LongType, false),
            DataTypes.createStructField("component", DataTypes.LongType, false)));

    /** Each node's larger neighbours are pointed at the smallest node of its neighbourhood (itself included). */
    private static Dataset<Row> largeStar(Dataset<Row> e) {
        Dataset<Row> sym = e.select(col("a").as("x"), col("b").as("y"))
                .union(e.select(col("b").as("x"), col("a").as("y")));
        Dataset<Row> m = sym.groupBy("x").agg(min("y").as("my"))
                .select(col("x").as("mx"), least(col("x"), col("my")).as("m"));
        return sym.join(m, sym.col("x").equalTo(m.col("mx"))).filter(col("y").gt(col("x")))
                .select(col("y").as("a"), col("m").as("b")).distinct();
    }

    /** Each node and its smaller neighbours are pointed at the smallest of them. */
    private static Dataset<Row> smallStar(Dataset<Row> e) {
        Dataset<Row> m = e.groupBy("a").agg(min("b").as("m")).select(col("a").as("ma"), col("m"));
        Dataset<Row> j = e.join(m, e.col("a").equalTo(m.col("ma")));
        Dataset<Row> members = j.select(col("b").as("a"), col("m").as("b")).filter(col("a").notEqual(col("b")));
        Dataset<Row> self = m.select(col("ma").as("a"), col("m").as("b"));
        return members.union(self).distinct();
    }
}
