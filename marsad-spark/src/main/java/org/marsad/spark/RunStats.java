package org.marsad.spark;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.internal.io.FileCommitProtocol;

/**
 * What the extraction produced, gathered by the very job that runs it and writes the tables: each
 * task returns its own partition's figures (articles, failures, pipeline time) and the dates its
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
    /**
     * One partition's figures, with the message of its task's commit ({@link TableWrite}); built
     * in a task, sent to the driver.
     */
    record Part(long articles, long errors, double millis, Set<String> dates,
                FileCommitProtocol.TaskCommitMessage commit) implements Serializable {
    }

    /** Adds up the figures the tasks returned. */
    static RunStats of(List<Part> parts) {
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
