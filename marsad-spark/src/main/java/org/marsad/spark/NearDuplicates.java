package org.marsad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.marsad.link.MinHasher;
import org.marsad.link.NearDuplicateIndex;
import org.marsad.link.Signature;

/**
 * The rules of {@link NearDuplicateIndex} as Spark operations over the whole corpus, with the same
 * result as adding the articles to one index in publication order (undated last, then by id):
 * <ol>
 *   <li>articles with fewer than {@value NearDuplicateIndex#DEFAULT_MIN_SHINGLES} shingles take no part;</li>
 *   <li>articles with identical signatures are copies of the earliest of them (similarity 1, the
 *       highest there is, and the index breaks ties by the earlier article), so only that earliest
 *       one goes on to the band join: a syndicated story copied ten thousand times adds no pairs;</li>
 *   <li>each signature is cut into {@value NearDuplicateIndex#DEFAULT_BANDS} bands; two articles that
 *       share a band (same band number, same values) are a candidate pair, earlier × later;</li>
 *   <li>a candidate's similarity is {@link Signature#similarity}; a later article copies the
 *       earlier candidate of highest similarity at or above the threshold, the earliest one on a tie;</li>
 *   <li>the original of a group is found by following "copies" to its end (pointer jumping: each
 *       round halves the remaining chain).</li>
 * </ol>
 * Work is proportional to the pairs that share a band, never to the square of the corpus; a band
 * value shared by very many distinct near-identical articles is the remaining quadratic case.
 */
final class NearDuplicates {
    static final int BANDS = NearDuplicateIndex.DEFAULT_BANDS;

    private NearDuplicates() {
    }

    /** The article order of linking: publication date (undated last), then id. */
    static Column orderDate() {
        return coalesce(col(Tables.PARTITION), lit(java.sql.Date.valueOf("9999-12-31")));
    }

    /**
     * Finds the copies among {@code articles} (columns {@code id}, {@code pub_date}, {@code signature},
     * {@code shingles}); returns {@code article, matched, original, similarity} for each copy.
     */
    static Dataset<Row> find(SparkSession spark, Dataset<Row> articles) {
        int rows = MinHasher.DEFAULT_SIZE / BANDS;
        spark.udf().register("marsad_similarity", (UDF4<scala.collection.Seq<Integer>, Integer, scala.collection.Seq<Integer>,
                Integer, Double>) (a, sa, b, sb) -> signature(a, sa).similarity(signature(b, sb)), DataTypes.DoubleType);
        Dataset<Row> arts = articles.filter(col("shingles").geq(NearDuplicateIndex.DEFAULT_MIN_SHINGLES))
                .select(col("id"), orderDate().as("d"), col("signature"), col("shingles"));
        // rule 2: identical signatures
        Dataset<Row> ranked = arts.withColumn("rank", row_number().over(Window.partitionBy("signature").orderBy("d", "id")))
                .withColumn("first", expr("first(id) over (partition by signature order by d, id)"));
        Dataset<Row> exact = ranked.filter(col("rank").gt(1))
                .select(col("id").as("article"), col("first").as("matched"), lit(1.0).as("similarity"));
        Dataset<Row> reps = ranked.filter(col("rank").equalTo(1)).drop("rank", "first");
        // rule 3: band join
        Dataset<Row> bands = reps.selectExpr("id", "d", "posexplode(sequence(0, " + (BANDS - 1) + ")) as (b, x)")
                .join(reps.select("id", "signature"), "id")
                .selectExpr("id", "d", "b", "slice(signature, b * " + rows + " + 1, " + rows + ") as band");
        Dataset<Row> e = bands.select(col("id").as("e"), col("d").as("ed"), col("b"), col("band"));
        Dataset<Row> l = bands.select(col("id").as("l"), col("d").as("ld"), col("b"), col("band"));
        Dataset<Row> pairs = e.join(l, Tables.seq(List.of("b", "band")))
                .filter(col("ed").lt(col("ld")).or(col("ed").equalTo(col("ld")).and(col("e").lt(col("l")))))
                .select("e", "ed", "l").distinct();
        // rule 4: the best earlier candidate
        Dataset<Row> sigs = reps.select("id", "signature", "shingles");
        Dataset<Row> scored = pairs
                .join(sigs.select(col("id").as("e"), col("signature").as("es"), col("shingles").as("esh")), "e")
                .join(sigs.select(col("id").as("l"), col("signature").as("ls"), col("shingles").as("lsh")), "l")
                .withColumn("similarity", expr("marsad_similarity(es, esh, ls, lsh)"))
                .filter(col("similarity").geq(NearDuplicateIndex.DEFAULT_THRESHOLD));
        Dataset<Row> best = scored
                .withColumn("rank", row_number().over(Window.partitionBy("l").orderBy(col("similarity").desc(), col("ed"), col("e"))))
                .filter(col("rank").equalTo(1))
                .select(col("l").as("article"), col("e").as("matched"), col("similarity"));
        return originals(exact.unionByName(best));
    }

    private static Signature signature(scala.collection.Seq<Integer> s, int shingles) {
        int[] a = new int[s.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = s.apply(i);
        }
        return new Signature(a, shingles);
    }

    /** Adds {@code original}: the end of the chain of matches (rule 5). */
    static Dataset<Row> originals(Dataset<Row> matches) {
        Dataset<Row> m = matches.localCheckpoint();
        Dataset<Row> parent = m.select(col("article").as("p_article"), col("matched").as("p_matched"));
        Dataset<Row> cur = m.withColumn("original", col("matched")).localCheckpoint();
        while (true) {
            Dataset<Row> next = cur.join(parent, cur.col("original").equalTo(parent.col("p_article")), "left")
                    .withColumn("original", coalesce(col("p_matched"), col("original")))
                    .drop("p_article", "p_matched").localCheckpoint();
            long changed = next.join(cur.select(col("article").as("a2"), col("original").as("o2")),
                    col("article").equalTo(col("a2"))).filter(col("original").notEqual(col("o2"))).count();
            cur = next;
            if (changed == 0) {
                return cur.select("article", "matched", "original", "similarity");
            }
            parent = cur.select(col("article").as("p_article"), col("original").as("p_matched"));
        }
    }
}
