package org.marsad.spark;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * {@code extract}: one Spark job of one stage — each task reads a slice of the inputs
 * ({@link SparkInputs}, {@link ReadPlan}), runs the pipeline on it ({@link Extraction}), writes the
 * rows into the tables' Parquet files ({@link TableRows}) and returns its figures
 * ({@link RunStats}) — then the driver commits the files ({@link TableWrite}). The tables, under the
 * output folder, each partitioned by {@code pub_date}:
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
     * extraction stage (listing and reading the inputs, pipeline, the tables' files written by the
     * tasks: one Spark job of one stage when no input needs spreading) and of what follows it on the
     * driver (the commit, and the regrouping of scattered dates).
     */
    record Summary(long articles, long errors, double pipelineMillis, double extractSeconds, double writeSeconds) {
    }

    private ExtractJob() {
    }

    static Summary run(SparkSession spark, List<String> inputs, String out, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int n = partitions > 0 ? partitions : jsc.defaultParallelism() * 4;
        long t0 = System.nanoTime();
        TableWrite w = TableWrite.prepare(spark, out, TableRows.TABLES);
        List<RunStats.Part> parts;
        try {
            // the one stage: read, pipeline, every table's files, the run's figures
            parts = SparkInputs.read(jsc, inputs, n, w.settings()).mapPartitions(in -> TableRows.write(w, in)).collect();
        } catch (RuntimeException e) {
            w.abort();
            throw e;
        }
        long t1 = System.nanoTime();
        w.commit(parts.stream().map(RunStats.Part::commit).toList());
        if (parts.isEmpty()) {
            // no task ran (no input slice): the errors table still gets its columns
            spark.createDataFrame(List.<org.apache.spark.sql.Row>of(), TableRows.TABLES.get(TableRows.ERRORS).data())
                    .write().mode(SaveMode.Overwrite).parquet(out + "/errors");
        }
        RunStats s = RunStats.of(parts);
        if (s.scattered()) {
            regroup(spark, out, w.tables());
        }
        return new Summary(s.articles(), s.errors(), s.millis(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    }

    /**
     * Rewrites the date-partitioned tables with their rows grouped by date (a hash shuffle on
     * {@code pub_date}: one file per date and table), for rows that lay scattered over the
     * partitions ({@link RunStats#scattered}): the tasks wrote a file per date each held. The
     * tables are rewritten under a folder of their own, then put in place.
     */
    static void regroup(SparkSession spark, String out, List<TableWrite.Table> tables) {
        List<Runnable> writes = new java.util.ArrayList<>();
        for (TableWrite.Table t : tables) {
            if (t.byDate()) {
                writes.add(() -> spark.read().parquet(out + "/" + t.name()).repartition(col(Tables.PARTITION)).write()
                        .mode(SaveMode.Overwrite).partitionBy(Tables.PARTITION).parquet(out + "/_regrouped/" + t.name()));
            }
        }
        concurrently(writes);
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(out);
        try {
            org.apache.hadoop.fs.FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (TableWrite.Table t : tables) {
                if (t.byDate()) {
                    org.apache.hadoop.fs.Path table = new org.apache.hadoop.fs.Path(root, t.name());
                    fs.delete(table, true);
                    if (!fs.rename(new org.apache.hadoop.fs.Path(root, "_regrouped/" + t.name()), table)) {
                        throw new java.io.IOException("cannot move the regrouped table " + t.name() + " into " + out);
                    }
                }
            }
            fs.delete(new org.apache.hadoop.fs.Path(root, "_regrouped"), true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
}
