package org.marsad.spark;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the extraction produced, gathered by the very action that runs it: each task of that
 * action sums its own partition's figures (articles, failures, pipeline time) and the dates its
 * articles have, the driver adds the few records up. One Spark job of one stage, where an
 * aggregation would take a shuffle and a second stage, and a count a job of its own.
 *
 * @param articles   articles processed
 * @param errors     inputs that failed
 * @param millis     pipeline time summed over the articles
 * @param partitions partitions of the rows
 * @param dates      distinct publication dates of the articles (undated counting as one)
 * @param files      files each date-partitioned table gets when written as the rows lie: the sum
 *                   over the partitions of the dates each holds
 */
record RunStats(long articles, long errors, double millis, int partitions, int dates, long files) {
    /** One partition's figures; built in a task, sent to the driver. */
    record Part(long articles, long errors, double millis, Set<String> dates) implements Serializable {
        static Iterator<Part> of(Iterator<Row> rows) {
            long ok = 0;
            long failed = 0;
            double millis = 0;
            Set<String> dates = new HashSet<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                if (r.getBoolean(0)) {
                    ok++;
                    millis += r.getDouble(1);
                    dates.add(r.isNullAt(2) ? "" : r.get(2).toString());
                } else {
                    failed++;
                }
            }
            return List.of(new Part(ok, failed, millis, dates)).iterator();
        }
    }

    /**
     * Runs {@code rows} (the nested rows, {@link Tables#NESTED}; persisted by the caller, so that
     * this action also fills the cache) and returns its figures.
     */
    static RunStats of(Dataset<Row> rows) {
        List<Part> parts = rows.select(col("error").isNull(), col("millis"), col(Tables.PARTITION)).javaRDD()
                .mapPartitions(Part::of).collect();
        long articles = 0;
        long errors = 0;
        double millis = 0;
        long files = 0;
        Set<String> dates = new HashSet<>();
        for (Part p : parts) {
            articles += p.articles();
            errors += p.errors();
            millis += p.millis();
            files += p.dates().size();
            dates.addAll(p.dates());
        }
        return new RunStats(articles, errors, millis, parts.size(), dates.size(), files);
    }

    /**
     * Whether the rows lie scattered by date: written as they lie, the tables would get more files
     * than {@code dates + partitions} each (a spread that kept neighbouring dates together gives at
     * most that). Then they are better grouped by date before writing.
     */
    boolean scattered() {
        return files > (long) dates + partitions;
    }
}
