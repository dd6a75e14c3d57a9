package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.internal.io.FileCommitProtocol;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableWriteTest {
    @TempDir
    Path dir;

    private final SparkSession spark = LocalSpark.session();

    private static long files(Path p) throws Exception {
        if (!Files.exists(p)) {
            return 0;
        }
        try (var s = Files.walk(p)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".parquet")).count();
        }
    }

    /** Each task writes an error row; partition 1 fails after writing when {@code fail}. */
    private static List<FileCommitProtocol.TaskCommitMessage> run(JavaSparkContext jsc, TableWrite w, boolean fail) {
        return jsc.parallelize(List.of(0, 1), 2).mapPartitions(it -> {
            PartitionFiles f = w.open();
            try {
                f.write(TableRows.ERRORS, null, RowFactory.create("in" + TaskContext.get().partitionId(), "json", "bad"));
                if (fail && TaskContext.get().partitionId() == 1) {
                    throw new IllegalStateException("the task fails after writing");
                }
                return List.of(f.commit()).iterator();
            } catch (RuntimeException e) {
                f.abort();
                throw e;
            }
        }).collect();
    }

    @Test
    void aFailedStageLeavesNoFileBehind() throws Exception {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Path out = dir.resolve("out");
        TableWrite w = TableWrite.prepare(spark, out.toString(), TableRows.TABLES);
        assertThrows(Exception.class, () -> run(jsc, w, true));
        w.abort();
        assertEquals(0, files(out), "no Parquet file of the failed job");
    }

    @Test
    void aCommittedJobReplacesTheTableAndReadsBack() throws Exception {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Path out = dir.resolve("out");
        for (int round = 0; round < 2; round++) {
            TableWrite w = TableWrite.prepare(spark, out.toString(), TableRows.TABLES);
            w.commit(run(jsc, w, false));
        }
        // the second job replaced the first one's files: one row per task, not two
        List<Row> rows = spark.read().parquet(out + "/errors").orderBy("origin").collectAsList();
        assertEquals(List.of("in0", "in1"), rows.stream().map(r -> r.getString(0)).toList());
        assertEquals(List.of("origin", "format", "error"), List.of(spark.read().parquet(out + "/errors").columns()));
        assertEquals(2, files(out.resolve("errors")));
        assertEquals(0, files(out.resolve("_temporary")));
    }
}
