package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code extract}: reads the inputs ({@link SparkInputs}, each task a slice of them: {@link ReadPlan}),
 * runs the pipeline in the same tasks ({@link Extraction}) once, keeps the rows while gathering the
 * run's figures in the same pass ({@link RunStats}), and writes Parquet tables under the output
 * folder, each partitioned by {@code pub_date}:
 * <ul>
 *   <li>{@code articles}: id, origin, format, title, url, source, related links, text, MinHash
 *       signature and shingle count, the counts of what was found, and {@code json}, the article
 *       object of {@code marsad extract};</li>
 *   <li>{@code entities}, {@code places}, {@code events}, {@code claims}: one row per item, with
 *       {@code article_id} and every offset ({@link Tables});</li>
 *   <li>{@code errors} (not partitioned): origin, format and problem of every input that could not
 *       be read or processed.</li>
 * </ul>
 */
final class ExtractJob {
    /**
     * What a run did: articles processed, failures, the summed pipeline time, the seconds of the
     * extraction stage (listing and reading the inputs, pipeline, rows kept on the executors: one
     * Spark job of one stage when no input needs spreading) and of writing the tables.
     */
    record Summary(long articles, long errors, double pipelineMillis, double extractSeconds, double writeSeconds) {
    }

    private ExtractJob() {
    }

    static Summary run(SparkSession spark, List<String> inputs, String out, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int n = partitions > 0 ? partitions : jsc.defaultParallelism() * 4;
        long t0 = System.nanoTime();
        Dataset<Row> all = Extraction.run(spark, SparkInputs.read(jsc, inputs, n)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // the extraction stage, once (every table below reads the kept rows), with the run's figures
            RunStats s = RunStats.of(all);
            long t1 = System.nanoTime();
            boolean regroup = s.scattered();
            Dataset<Row> found = all.filter(col("error").isNull());
            // as many writing tasks per table as cores: the pipeline wanted several tasks per core to
            // end together, the writing (five tables at once) does not; each task has a fixed cost
            // and writes a file per date it holds
            Dataset<Row> ok = regroup ? found : found.coalesce(Math.min(n, jsc.defaultParallelism()));
            // few rows: one file, one task
            Dataset<Row> errors = all.filter(col("error").isNotNull()).select("origin", "format", "error").coalesce(1);
            concurrently(List.of(
                    () -> write(ok.select(col("id"), col("origin"), col("format"), col("title"), col("url"),
                            col("source"), col("related_links"), col("text"), col("signature"), col("shingles"),
                            col("millis"), size(col("entities")).as("n_entities"), size(col("places")).as("n_places"),
                            size(col("events")).as("n_events"), size(col("claims")).as("n_claims"), col("json"),
                            col(Tables.PARTITION)), out + "/articles", regroup),
                    () -> write(ok.selectExpr("id as article_id", Tables.PARTITION, "inline(entities)"), out + "/entities",
                            regroup),
                    () -> write(ok.selectExpr("id as article_id", Tables.PARTITION, "inline(places)"), out + "/places",
                            regroup),
                    () -> write(ok.selectExpr("id as article_id", "url as article_url", "source as article_source",
                            Tables.PARTITION, "inline(events)"), out + "/events", regroup),
                    () -> write(ok.selectExpr("id as article_id", Tables.PARTITION, "inline(claims)"), out + "/claims",
                            regroup),
                    () -> errors.write().mode(SaveMode.Overwrite).parquet(out + "/errors")));
            return new Summary(s.articles(), s.errors(), s.millis(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        } finally {
            all.unpersist();
        }
    }

    /**
     * Runs the writes as concurrent Spark jobs, one driver thread each, and waits for them all; the
     * first failure is rethrown. Each write is a short job whose driver-side part (planning, then
     * committing its files) is serial: one after another, the executors' cores idled through each
     * of those, and on a small input more than they worked. Together, the tasks of one job fill the
     * cores while another is planned or committed.
     */
    static void concurrently(List<Runnable> writes) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writes.size(), r -> {
            Thread t = new Thread(r, "marsad-write");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> done = writes.stream().<java.util.concurrent.Future<?>>map(pool::submit).toList();
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the tables", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writes a table partitioned by date: one file per date in each task that holds the date. With
     * {@code regroup} the rows are first grouped by date (a hash shuffle, no sampling job): one
     * file per date, for rows that lie scattered over the partitions ({@link RunStats#scattered}).
     */
    static void write(Dataset<Row> d, String path, boolean regroup) {
        (regroup ? d.repartition(col(Tables.PARTITION)) : d).write().mode(SaveMode.Overwrite)
                .partitionBy(Tables.PARTITION).parquet(path);
    }
}
