package org.marsad.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.spark.internal.io.FileCommitProtocol;
import org.apache.spark.internal.io.FileNameSpec;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.execution.datasources.OutputWriter;
import org.apache.spark.sql.execution.datasources.OutputWriterFactory;

/**
 * One task's files of the tables of a {@link TableWrite}: a Parquet file per table and
 * publication date the task's rows hold, opened on the first row, under the task attempt's
 * temporary folder until {@link #commit}. Not thread-safe: one task's.
 */
final class PartitionFiles {
    /** The folder name Spark gives rows whose partition value is null. */
    static final String NULL_DATE = "__HIVE_DEFAULT_PARTITION__";

    /** The encoders of the tables' rows, built once per JVM (immutable). */
    private static final Map<org.apache.spark.sql.types.StructType, ExpressionEncoder<Row>> ENCODERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Each task thread's serializers of the tables' rows, made on the thread's first task and kept
     * for its next ones (an executor runs its tasks on pooled threads). A serializer is not
     * thread-safe, and generates and looks up the code of its projection on its first row: about
     * 2 ms for a table's nested columns, paid six times per task when each task made its own, so
     * more tasks (more cores) cost more CPU per article.
     */
    private static final ThreadLocal<Map<org.apache.spark.sql.types.StructType, ExpressionEncoder.Serializer<Row>>> SERIALIZERS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private final List<TableWrite.Table> tables;
    private final List<OutputWriterFactory> factories;
    private final List<TaskAttemptContext> contexts;
    private final FileCommitProtocol committer;
    private final List<ExpressionEncoder.Serializer<Row>> serializers = new ArrayList<>();
    private final Map<String, OutputWriter> open = new LinkedHashMap<>();
    /** Files opened so far per folder: a date met again after {@link #closeDated} gets a new file. */
    private final Map<String, Integer> opened = new java.util.HashMap<>();

    PartitionFiles(List<TableWrite.Table> tables, List<OutputWriterFactory> factories, List<TaskAttemptContext> contexts,
                   FileCommitProtocol committer) {
        this.tables = tables;
        this.factories = factories;
        this.contexts = contexts;
        this.committer = committer;
        for (TableWrite.Table t : tables) {
            serializers.add(SERIALIZERS.get().computeIfAbsent(t.data(),
                    d -> ENCODERS.computeIfAbsent(d, ExpressionEncoder::apply).createSerializer()));
        }
    }

    /** Writes a row (the table's columns, without {@code pub_date}) of table {@code table} for {@code date} (null: undated). */
    void write(int table, java.sql.Date date, Row row) {
        file(table, date).write(serializers.get(table).apply(row));
    }

    /**
     * Opens the file of an undated table even when no row goes to it, so that the table exists
     * (with its columns) after a run without such rows, as Spark's writer leaves one empty file.
     */
    void touch(int table) {
        file(table, null);
    }

    private OutputWriter file(int table, java.sql.Date date) {
        TableWrite.Table t = tables.get(table);
        String dir = t.byDate() ? t.name() + "/" + Tables.PARTITION + "=" + (date == null ? NULL_DATE : date.toString())
                : t.name();
        OutputWriter w = open.get(dir);
        if (w == null) {
            OutputWriterFactory f = factories.get(table);
            TaskAttemptContext c = contexts.get(table);
            int n = opened.merge(dir, 1, Integer::sum) - 1;
            String path = committer.newTaskTempFile(contexts.get(0), scala.Option.apply(dir),
                    FileNameSpec.apply("", String.format(java.util.Locale.ROOT, "-c%03d", n) + f.getFileExtension(c)));
            w = f.newInstance(path, t.data(), c);
            open.put(dir, w);
        }
        return w;
    }

    /**
     * Closes the files of the date-partitioned tables (when the rows move on to another date: the
     * articles of a slice come in date order when the archive is stored so), so that the task holds
     * a few open files, not one per table and date: each open Parquet file buffers a row group.
     */
    void closeDated() {
        var it = open.entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getKey().contains("/")) { // a dated folder: TABLE/pub_date=DATE
                e.getValue().close();
                it.remove();
            }
        }
    }

    /** Closes the files and commits the task's attempt; the message goes to {@link TableWrite#commit}. */
    FileCommitProtocol.TaskCommitMessage commit() {
        for (OutputWriter w : open.values()) {
            w.close();
        }
        open.clear();
        return committer.commitTask(contexts.get(0));
    }

    /** Closes what is open, ignoring failures, and removes the attempt's files. */
    void abort() {
        for (OutputWriter w : open.values()) {
            try {
                w.close();
            } catch (RuntimeException e) {
                // the attempt is being abandoned: its files are deleted below
            }
        }
        open.clear();
        committer.abortTask(contexts.get(0));
    }
}
