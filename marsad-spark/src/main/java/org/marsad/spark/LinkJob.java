package org.marsad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.marsad.link.EventMention;
import org.marsad.link.LinkRules;

/**
 * {@code link}: the cross-article stages over the tables {@code extract} wrote, as Spark operations.
 * <ol>
 *   <li>Near-duplicates ({@link NearDuplicates}): MinHash band keys → candidate pairs → best earlier
 *       match → original; table {@code near_duplicates} ({@code article, matched, original, similarity}).</li>
 *   <li>Blocking: every linkable report is keyed by the blocks of {@link org.marsad.link.Blocking}
 *       (week × 0.5° cell, first-level division, country, facility); reports that share a block and
 *       {@linkplain Reports#mayInteract may interact} are joined by an edge, and so is a copy's report
 *       with the reports of the same type in the article it copies.</li>
 *   <li>The connected components of those edges ({@link Components}) are independent: no report of
 *       one can join, copy or merge with a cluster of another. Each component is linked by
 *       marsad-core's {@link org.marsad.link.EventLinker} in publication order ({@link ComponentLinker}),
 *       on one executor, so the clusters are those the single-machine linker makes.</li>
 *   <li>A component larger than {@code maxComponent} reports (a busy city over years of daily
 *       reports can chain into one) is linked in consecutive slices of that many reports in the order
 *       of their dates, so that no task holds more; links across a slice boundary are then not made.
 *       The summary gives the largest component, so that a run shows whether that happened.</li>
 * </ol>
 * Tables {@code event_links} (one row per report or copy: its cluster and role) and
 * {@code event_clusters} (one row per cluster: consensus type, date, place, counts, summary).
 */
final class LinkJob {
    static final int DEFAULT_MAX_COMPONENT = 200_000;

    /** What a run found. */
    record Summary(long copies, long mentions, long clusters, long components, long largestComponent) {
    }

    static final StructType REPORTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("event_index", DataTypes.IntegerType, false),
            DataTypes.createStructField("event_id", DataTypes.StringType, false),
            DataTypes.createStructField("mention_id", DataTypes.StringType, false),
            DataTypes.createStructField("type", DataTypes.StringType, false),
            DataTypes.createStructField("family", DataTypes.StringType, false),
            DataTypes.createStructField("factual", DataTypes.BooleanType, false),
            DataTypes.createStructField("link_day", DataTypes.LongType, false),
            DataTypes.createStructField("reg", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("query", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("article_source", DataTypes.StringType, true),
            DataTypes.createStructField("published", DataTypes.StringType, true),
            DataTypes.createStructField("json", DataTypes.StringType, false),
            DataTypes.createStructField("d", DataTypes.DateType, false)));

    private LinkJob() {
    }

    static Summary run(SparkSession spark, String out, int maxComponent) {
        Dataset<Row> articles = spark.read().parquet(out + "/articles").select("id", Tables.PARTITION, "signature", "shingles");
        NearDuplicates.find(spark, articles).write().mode(SaveMode.Overwrite).parquet(out + "/near_duplicates");
        Dataset<Row> dups = spark.read().parquet(out + "/near_duplicates");

        Dataset<Row> events = spark.read().parquet(out + "/events").filter(col("located"))
                .select(col("article_id"), col("article_source"), col(Tables.PARTITION).cast("string").as("published"),
                        col("event_index"), col("event_id"), col("json"), NearDuplicates.orderDate().as("d"));
        JavaRDD<Row> rep = events.toJavaRDD().mapPartitions(LinkJob::reports);
        Dataset<Row> reports = spark.createDataFrame(rep, REPORTS).withColumn("node", monotonically_increasing_id())
                .localCheckpoint();

        Dataset<Row> edges = blockEdges(spark, reports).unionByName(copyEdges(reports, dups));
        Dataset<Row> comps = Components.of(edges);
        Dataset<Row> placed = reports.join(comps, reports.col("node").equalTo(comps.col("node")), "left")
                .drop(comps.col("node"))
                .withColumn("component", coalesce(col("component"), col("node")))
                .withColumn("slice", expr("floor((row_number() over (partition by component order by link_day, d, "
                        + "article_id, event_index) - 1) / " + maxComponent + ")"))
                .join(dups.select(col("article").as("dup_article"), col("matched"), col("original"), col("similarity")),
                        col("article_id").equalTo(col("dup_article")), "left")
                .drop("dup_article", "reg", "query").localCheckpoint();
        JavaRDD<Row> linked = placed.toJavaRDD()
                .groupBy(r -> r.<Long>getAs("component") + ":" + r.<Long>getAs("slice"))
                .flatMap(g -> ComponentLinker.link(g._2()).iterator());
        Dataset<Row> links = spark.createDataFrame(linked, ComponentLinker.SCHEMA).localCheckpoint();
        links.select("mention_id", "article_id", "event_id", "cluster_id", "role", "component")
                .write().mode(SaveMode.Overwrite).parquet(out + "/event_links");
        Dataset<Row> clusters = links.drop("mention_id", "article_id", "event_id", "role").dropDuplicates("cluster_id");
        clusters.write().mode(SaveMode.Overwrite).parquet(out + "/event_clusters");

        Row sizes = placed.groupBy("component").count()
                .agg(org.apache.spark.sql.functions.count("*"), org.apache.spark.sql.functions.max("count")).first();
        return new Summary(dups.count(), reports.count(), spark.read().parquet(out + "/event_clusters").count(),
                sizes.getLong(0), sizes.isNullAt(1) ? 0 : sizes.getLong(1));
    }

    private static java.util.Iterator<Row> reports(java.util.Iterator<Row> in) {
        LinkRules rules = LinkRules.defaults();
        return Lazy.map(in, r -> {
            String article = r.getAs("article_id");
            String source = r.getAs("article_source");
            String published = r.getAs("published");
            String json = r.getAs("json");
            EventMention m = Reports.mention(article, source, published, json);
            return RowFactory.create(article, r.<Integer>getAs("event_index"), r.<String>getAs("event_id"), m.id(),
                    m.type(), m.family(), m.factual(), Reports.linkDay(m, rules),
                    Tables.seq(Reports.registered(m, rules)), Tables.seq(Reports.queried(m, rules)), source, published,
                    json, r.getAs("d"));
        });
    }

    /** Reports that share a block and may interact. */
    private static Dataset<Row> blockEdges(SparkSession spark, Dataset<Row> reports) {
        Dataset<Row> q = reports.select(col("node").as("qn"), col("family").as("qf"), col("factual").as("qx"),
                col("article_id").as("qa"), explode(col("query")).as("key"));
        Dataset<Row> r = reports.select(col("node").as("rn"), col("family").as("rf"), col("factual").as("rx"),
                col("article_id").as("ra"), explode(col("reg")).as("key"));
        Dataset<Row> cand = q.join(r, "key")
                .filter(col("qn").notEqual(col("rn")).and(col("qf").equalTo(col("rf"))).and(col("qx").equalTo(col("rx")))
                        .and(col("qa").notEqual(col("ra"))))
                .select(least(col("qn"), col("rn")).as("u"), greatest(col("qn"), col("rn")).as("v")).distinct();
        Dataset<Row> side = reports.select("node", "article_id", "article_source", "published", "json");
        Dataset<Row> both = cand
                .join(side.toDF("u", "ua", "us", "up", "uj"), "u")
                .join(side.toDF("v", "va", "vs", "vp", "vj"), "v");
        JavaRDD<Row> kept = both.toJavaRDD().mapPartitions(it -> {
            LinkRules rules = LinkRules.defaults();
            return Lazy.map(it, x -> {
                EventMention a = Reports.mention(x.getAs("ua"), x.getAs("us"), x.getAs("up"), x.getAs("uj"));
                EventMention b = Reports.mention(x.getAs("va"), x.getAs("vs"), x.getAs("vp"), x.getAs("vj"));
                return Reports.mayInteract(a, b, rules) ? RowFactory.create(x.<Long>getAs("u"), x.<Long>getAs("v")) : null;
            });
        });
        return spark.createDataFrame(kept, EDGES);
    }

    static final StructType EDGES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("u", DataTypes.LongType, false),
            DataTypes.createStructField("v", DataTypes.LongType, false)));

    /** A copy's reports and the reports of the same type in the article it copies and in its group's original. */
    private static Dataset<Row> copyEdges(Dataset<Row> reports, Dataset<Row> dups) {
        Dataset<Row> group = dups.select(col("article"), col("matched").as("g"))
                .union(dups.select(col("article"), col("original").as("g"))).distinct();
        Dataset<Row> a = reports.select(col("node").as("u"), col("article_id").as("aa"), col("type").as("at"));
        Dataset<Row> b = reports.select(col("node").as("v"), col("article_id").as("ba"), col("type").as("bt"));
        return a.join(group, col("aa").equalTo(col("article")))
                .join(b, col("g").equalTo(col("ba")).and(col("at").equalTo(col("bt"))))
                .select(least(col("u"), col("v")).as("u"), greatest(col("u"), col("v")).as("v"));
    }
}
