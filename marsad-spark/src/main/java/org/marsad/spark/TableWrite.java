package org.marsad.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.JobID;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.TaskID;
import org.apache.hadoop.mapreduce.TaskType;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.internal.io.FileCommitProtocol;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.datasources.OutputWriterFactory;
import org.apache.spark.sql.execution.datasources.parquet.ParquetFileFormat;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the extraction's tables from the tasks that run the pipeline, so that extracting and
 * writing are one Spark job of one stage. Spark's {@code DataFrameWriter} makes one job per table:
 * six jobs, each with its own planning, task scheduling and deserialization, and a commit by the
 * driver, whose fixed cost does not shrink with more cores and, on a small input, outweighed the
 * tasks' work. Here the pieces Spark's writer is made of are used directly, with the session's
 * settings: {@link ParquetFileFormat#prepareWrite} configures each table's Parquet writer (Spark's
 * own write support, compression and metadata: the files are those the {@code DataFrameWriter}
 * writes), and one commit protocol of the session's class
 * ({@code spark.sql.sources.commitProtocolClass}) over the output folder makes the write atomic:
 * each task writes under its attempt's temporary folder, commits once (the driver's output commit
 * coordinator lets one attempt of each partition commit), and the driver commits the job after the
 * stage — a failed or retried task leaves no file in the tables.
 *
 * <p>Created on the driver ({@link #prepare}), sent to the tasks in the stage's closure, committed
 * on the driver ({@link #commit}) or aborted ({@link #abort}).
 */
final class TableWrite implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One table: its folder under the output and the columns of its files (without {@code pub_date}). */
    record Table(String name, StructType data, boolean byDate) implements Serializable {
    }

    /** The Hadoop setting Parquet's Snappy codec sizes each compressed page's stream buffer by. */
    static final String BUFFER_SIZE = "io.file.buffer.size";
    /**
     * The writers' compressor stream buffer, Hadoop's own default: Spark raises {@value #BUFFER_SIZE}
     * to 64 KB for its streams, and Parquet's Snappy codec allocates a buffer of that size for every
     * page it compresses (a dictionary page and a data page per column and file). With the tables'
     * small files (one per table, date and task) those 64 KB buffers, each used for a few hundred
     * bytes, were a third of what a task allocated and kept the collector at work (in {@code local[2]}
     * on the cores the tasks need); the compressed output is the same. Parquet keeps one codec per
     * JVM, set up with the settings of the first writer that compresses with it: in an executor
     * whose first Parquet write is this job's (the usual case), these.
     */
    static final int COMPRESSOR_BUFFER = 4096;

    /** Parquet's page size setting; the tables' unless the session sets it. */
    static final String PAGE_SIZE = "parquet.page.size";
    /**
     * The tables' page size: a quarter of Parquet's 1 MB default. Each Parquet file's compressor
     * starts with an output buffer of a page (zeroed when allocated), and a task opens a file per
     * table and date it meets: with 1 MB, those buffers were the largest thing a task allocated after
     * the pipeline, for files that mostly hold a few hundred kilobytes. Long columns (an article's
     * JSON and text) are cut into more pages; readers are not concerned.
     */
    static final int PAGE_BYTES = 256 * 1024;

    private final List<Table> tables;
    private final List<OutputWriterFactory> factories;
    /**
     * The Hadoop settings of the job (broadcast: a configuration serializes to tens of kilobytes,
     * which every task would otherwise deserialize with its closure; an executor reads a broadcast
     * once), and what each table's Parquet writer sets on top of them.
     */
    private final Broadcast<HadoopConf> base;
    private final List<java.util.Map<String, String>> confs;
    private final FileCommitProtocol committer;
    private final String jobTracker;
    private transient Job job;

    private TableWrite(List<Table> tables, List<OutputWriterFactory> factories, Broadcast<HadoopConf> base,
                       List<java.util.Map<String, String>> confs, FileCommitProtocol committer, String jobTracker, Job job) {
        this.tables = tables;
        this.factories = factories;
        this.base = base;
        this.confs = confs;
        this.committer = committer;
        this.jobTracker = jobTracker;
        this.job = job;
    }

    List<Table> tables() {
        return tables;
    }

    /**
     * The job's Hadoop settings as the tasks get them (the session's, with the Parquet writers'
     * common settings on top): for the tasks that read the inputs too, so that one broadcast serves
     * both. Valid until {@link #commit} or {@link #abort}.
     */
    Broadcast<HadoopConf> settings() {
        return base;
    }

    /**
     * Replaces the tables under {@code out} (each table's folder is deleted, as Spark's overwrite
     * mode does) and sets up the job's commit; other folders under {@code out} are left alone.
     */
    static TableWrite prepare(SparkSession spark, String out, List<Table> tables) {
        Configuration base = spark.sparkContext().hadoopConfiguration();
        Path root = new Path(out);
        try {
            FileSystem fs = root.getFileSystem(base);
            for (Table t : tables) {
                fs.delete(new Path(root, t.name()), true);
            }
            List<OutputWriterFactory> factories = new ArrayList<>();
            List<java.util.Map<String, String>> confs = new ArrayList<>();
            Job first = null;
            for (Table t : tables) {
                Job j = Job.getInstance(new Configuration(base));
                for (String c : t.data().fieldNames()) {
                    if (longText(t, c)) {
                        j.getConfiguration().setBoolean("parquet.enable.dictionary#" + c, false);
                    }
                }
                j.setOutputKeyClass(Void.class);
                j.setOutputValueClass(InternalRow.class);
                FileOutputFormat.setOutputPath(j, root);
                factories.add(new ParquetFileFormat().prepareWrite(spark, j,
                        scala.collection.immutable.Map$.MODULE$.<String, String>empty(), t.data()));
                if (first == null) {
                    first = j;
                }
                java.util.Map<String, String> own = difference(first.getConfiguration(), j.getConfiguration());
                own.put(BUFFER_SIZE, Integer.toString(COMPRESSOR_BUFFER));
                if (base.get(PAGE_SIZE) == null) {
                    own.put(PAGE_SIZE, Integer.toString(PAGE_BYTES));
                }
                confs.add(own);
            }
            Broadcast<HadoopConf> shared = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .broadcast(new HadoopConf(new Configuration(first.getConfiguration())));
            FileCommitProtocol committer = FileCommitProtocol.instantiate(
                    spark.conf().get("spark.sql.sources.commitProtocolClass"), UUID.randomUUID().toString(), out, false);
            committer.setupJob(first);
            String tracker = new SimpleDateFormat("yyyyMMddHHmmss", Locale.US).format(new Date());
            return new TableWrite(List.copyOf(tables), factories, shared, confs, committer,
                    tracker, first);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the tables under " + out, e);
        }
    }

    /**
     * Columns whose values are long and unique to their row (an article's text and JSON, a
     * sentence): a dictionary never pays there, and building it hashed every value (a quarter of
     * the Parquet code's task time in a profile), so they are written without one.
     */
    static boolean longText(Table t, String column) {
        return column.equals("json") || column.equals("evidence") || t.name().equals("articles") && column.equals("text");
    }

    /**
     * The settings of {@code conf} that {@code base} lacks or has otherwise: the tasks get the base
     * settings once, not once per table.
     */
    private static java.util.Map<String, String> difference(Configuration base, Configuration conf) {
        java.util.Map<String, String> d = new java.util.HashMap<>();
        for (java.util.Map.Entry<String, String> e : conf) {
            if (!e.getValue().equals(base.getRaw(e.getKey()))) {
                d.put(e.getKey(), e.getValue());
            }
        }
        return d;
    }

    /** Commits the job with the messages of the tasks' commits (driver side, after the stage). */
    void commit(List<FileCommitProtocol.TaskCommitMessage> messages) {
        committer.commitJob(job, scala.jdk.javaapi.CollectionConverters.asScala(messages).toList());
        base.destroy();
    }

    /** Removes what the job's tasks wrote (driver side, when the stage failed). */
    void abort() {
        try {
            committer.abortJob(job);
        } finally {
            base.destroy();
        }
    }

    /** The writer of one task's files: call in the task, then {@link PartitionFiles#commit} or {@link PartitionFiles#abort}. */
    PartitionFiles open() {
        TaskContext tc = TaskContext.get();
        JobID jobId = new JobID(jobTracker, tc.stageId());
        TaskAttemptID attempt = new TaskAttemptID(new TaskID(jobId, TaskType.MAP, tc.partitionId()),
                (int) (tc.taskAttemptId() & Integer.MAX_VALUE));
        List<TaskAttemptContext> contexts = new ArrayList<>();
        for (java.util.Map<String, String> c : confs) {
            Configuration conf = new Configuration(base.value().get());
            c.forEach(conf::set);
            conf.set("mapreduce.job.id", jobId.toString());
            conf.set("mapreduce.task.id", attempt.getTaskID().toString());
            conf.set("mapreduce.task.attempt.id", attempt.toString());
            conf.setBoolean("mapreduce.task.ismap", true);
            conf.setInt("mapreduce.task.partition", 0);
            contexts.add(new TaskAttemptContextImpl(conf, attempt));
        }
        committer.setupTask(contexts.get(0));
        return new PartitionFiles(tables, factories, contexts, committer);
    }
}
