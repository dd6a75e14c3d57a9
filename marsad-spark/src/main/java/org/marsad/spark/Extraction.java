package org.marsad.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.ingest.InputException;
import org.marsad.link.MinHasher;
import org.marsad.link.Signature;
import org.marsad.output.JsonOutput;

/**
 * Runs the standard pipeline inside Spark tasks: each partition takes {@link Marsad#standard()}, the
 * process-wide instance built on first use in the executor's JVM (resources are loaded once per
 * executor, shared by its task threads, never shipped in a closure), and turns each article into
 * one nested row ({@link Tables#NESTED}): the article, its JSON as {@code marsad extract} writes
 * it, its MinHash signature for near-duplicate detection, and the entities, places, events and
 * claims read from that JSON. An article that cannot be read or processed gives a row with
 * {@code error} set and nothing else extracted.
 */
final class Extraction {
    private Extraction() {
    }

    /**
     * The nested rows of the articles; evaluated lazily, like any Spark transformation. With
     * {@code partitions} > 0 the articles are first spread over that many partitions by
     * {@link #byDate}.
     */
    static Dataset<Row> run(SparkSession spark, JavaRDD<RawArticle> articles, int partitions) {
        JavaRDD<RawArticle> spread = partitions > 0 ? byDate(articles, partitions) : articles;
        JavaRDD<Row> rows = spread.mapPartitions(Extraction::process);
        return spark.createDataFrame(rows, Tables.NESTED);
    }

    /**
     * The articles in ranges of publication date (then origin; undated ones last), the same number
     * of articles in each partition: Spark's range partitioner samples the keys, so the partitions
     * are balanced for the pipeline as a round-robin spread would be, and each date's articles are
     * in one partition or a few neighbouring ones. The tables are written partitioned by date, one
     * Parquet file per date in each task that holds the date: spread at random, every task held
     * nearly every date and the file count (and the writing time, which it dominates) grew with the
     * number of partitions, {@code partitions × dates}; by range it is about
     * {@code dates + partitions}. The sample is a job over the input: {@code articles} should be
     * persisted by the caller so that the input is read once.
     */
    static JavaRDD<RawArticle> byDate(JavaRDD<RawArticle> articles, int partitions) {
        return articles.sortBy(Extraction::order, true, partitions);
    }

    /** The range key: publication date (undated last), then origin. */
    static String order(RawArticle a) {
        return (a.published() != null ? a.published() : "~") + " " + a.origin();
    }

    static Iterator<Row> process(Iterator<RawArticle> in) {
        Marsad marsad = Marsad.standard();
        return Lazy.map(in, a -> row(marsad, a));
    }

    static Row row(Marsad marsad, RawArticle unread) {
        RawArticle a = unread.read();
        if (a.isFailed()) {
            return failed(a, a.problem());
        }
        long t0 = System.nanoTime();
        Document done;
        try {
            done = marsad.process(a.document());
        } catch (InputException e) {
            return failed(a, e.getMessage());
        } catch (RuntimeException e) {
            return failed(a, a.origin() + ": extraction failed: " + e);
        }
        ObjectNode json = JsonOutput.toJson(done);
        Signature sig = done.find(Layers.TOKENS).map(t -> MinHasher.standard().signature(t))
                .orElseGet(() -> MinHasher.standard().signature(done.text()));
        double millis = (System.nanoTime() - t0) / 1e6;
        Object[] own = Tables.ARTICLE.values(json);
        Object[] v = new Object[9 + own.length + 4];
        v[0] = a.id();
        v[1] = a.origin();
        v[2] = a.format();
        v[3] = Columns.sqlDate(a.published());
        v[4] = a.text();
        v[5] = Tables.seq(java.util.Arrays.stream(sig.toArray()).boxed().toList());
        v[6] = sig.shingles();
        v[7] = millis;
        v[8] = null;
        System.arraycopy(own, 0, v, 9, own.length);
        int i = 9 + own.length;
        v[i] = Tables.rows(json.get("entities"), Tables.ENTITIES);
        v[i + 1] = Tables.rows(json.get("places"), Tables.PLACES);
        v[i + 2] = Tables.events(json);
        v[i + 3] = Tables.rows(json.get("claims"), Tables.CLAIMS);
        return RowFactory.create(v);
    }

    private static Row failed(RawArticle a, String problem) {
        Object[] v = new Object[Tables.NESTED.size()];
        v[0] = a.id();
        v[1] = a.origin();
        v[2] = a.format();
        v[3] = Columns.sqlDate(a.published());
        v[8] = problem;
        return RowFactory.create(v);
    }
}
