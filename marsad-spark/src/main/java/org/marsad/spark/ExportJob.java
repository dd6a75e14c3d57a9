package org.marsad.spark;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.marsad.output.AcledCsv;
import org.marsad.output.EventRow;
import org.marsad.output.JsonOutput;
import org.marsad.output.PloverJson;

/**
 * {@code export}: the dataset files analysts load, written by marsad-core's {@link AcledCsv} and
 * {@link PloverJson} from {@link EventRow}s rebuilt from the {@code events} table (the event object
 * is kept there as {@code json}, with the article's id, URL, source and date beside it), so that the
 * files are those {@code marsad export} writes for the same articles. Only located events are rows,
 * as in {@code marsad export}. Rows are ordered by publication date (undated last), article and
 * position in the article, and stream to the driver one partition at a time: the driver never holds
 * the whole dataset. Any Hadoop path can be the destination.
 */
final class ExportJob {
    private static final int BATCH = 1000;

    /** What was written. */
    record Summary(long acledRows, long acledSkipped, long ploverRecords, long ploverSkipped) {
    }

    private ExportJob() {
    }

    static Summary run(SparkSession spark, String out, String acledPath, String ploverPath) {
        Dataset<Row> events = spark.read().parquet(out + "/events").filter(col("located"))
                .select(col("article_id"), col("article_url"), col("article_source"),
                        col(Tables.PARTITION).cast("string").as("published"), col("event_index"), col("json"))
                .orderBy(col(Tables.PARTITION).asc_nulls_last(), col("article_id"), col("event_index"))
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        try {
            long total = events.count();
            int acledSkipped;
            try (Writer w = writer(spark, acledPath)) {
                acledSkipped = AcledCsv.write(() -> rows(events), w);
            }
            long ploverSkipped = 0;
            long plover = 0;
            try (Writer w = writer(spark, ploverPath)) {
                ObjectWriter pretty = JsonOutput.mapper().writerWithDefaultPrettyPrinter();
                w.write("[");
                Iterator<EventRow> it = rows(events);
                boolean first = true;
                while (it.hasNext()) {
                    List<EventRow> batch = new ArrayList<>(BATCH);
                    while (it.hasNext() && batch.size() < BATCH) {
                        batch.add(it.next());
                    }
                    PloverJson.Result r = PloverJson.of(batch);
                    ploverSkipped += r.skipped();
                    for (JsonNode rec : r.records()) {
                        w.write(first ? "\n" : ",\n");
                        w.write(pretty.writeValueAsString(rec));
                        first = false;
                        plover++;
                    }
                }
                w.write(first ? "]\n" : "\n]\n");
            }
            return new Summary(total - acledSkipped, acledSkipped, plover, ploverSkipped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            events.unpersist();
        }
    }

    private static Writer writer(SparkSession spark, String path) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        return new BufferedWriter(new OutputStreamWriter(fs.create(p, true), StandardCharsets.UTF_8), 1 << 16);
    }

    /** The rows in order, read partition by partition. */
    static Iterator<EventRow> rows(Dataset<Row> events) {
        Iterator<Row> it = events.toLocalIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public EventRow next() {
                if (!it.hasNext()) {
                    throw new NoSuchElementException();
                }
                return row(it.next());
            }
        };
    }

    static EventRow row(Row r) {
        try {
            return new EventRow(r.getAs("article_id"), text(r, "article_url"), text(r, "article_source"),
                    text(r, "published"), JsonOutput.mapper().readTree(r.<String>getAs("json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Row r, String f) {
        Object v = r.getAs(f);
        return v == null ? "" : v.toString();
    }
}
