package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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

    /**
     * The component of every node that has an edge: {@code (node, component)}, where
     * {@code component} is the smallest node id of the component. Nodes without edges are not listed.
     */
    static Dataset<Row> of(Dataset<Row> edges) {
        // canonical form: (a, b) with b < a: "a points at the smaller b"
        Dataset<Row> e = edges.filter(col("u").notEqual(col("v")))
                .select(greatest(col("u"), col("v")).as("a"), least(col("u"), col("v")).as("b")).distinct().localCheckpoint();
        while (true) {
            Dataset<Row> next = smallStar(largeStar(e)).localCheckpoint();
            boolean same = next.except(e).isEmpty() && e.except(next).isEmpty();
            e = next;
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
