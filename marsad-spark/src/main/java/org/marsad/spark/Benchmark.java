package org.marsad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Measures the extraction's throughput after start-up: starts Spark with the given master, runs
 * the extract job once to warm up (the executor loads the pipeline's resources, the JIT compiles
 * the hot paths), then times {@code rounds} more runs on the same input and prints articles/s of
 * the extraction stage (read, pipeline, rows kept) and of the whole job (with writing the five
 * partitioned Parquet tables, whose fixed cost dominates on a small input), and their medians.
 *
 * <pre>java -cp … org.marsad.spark.Benchmark local[2] 5 INPUT…</pre>
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: Benchmark MASTER ROUNDS INPUT...");
            System.exit(2);
        }
        String master = args[0];
        int rounds = Integer.parseInt(args[1]);
        List<String> inputs = List.of(args).subList(2, args.length);
        SparkSession spark = SparkSession.builder().master(master).appName("marsad-benchmark")
                .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1").config("spark.log.level", "WARN").getOrCreate();
        Path tmp = Files.createTempDirectory("marsad-bench");
        try {
            List<Double> rates = new ArrayList<>();
            List<Double> whole = new ArrayList<>();
            for (int r = 0; r <= rounds; r++) {
                long t0 = System.nanoTime();
                ExtractJob.Summary s = ExtractJob.run(spark, inputs, tmp.resolve("r" + r).toString(), 0);
                double secs = (System.nanoTime() - t0) / 1e9;
                double rate = s.articles() / s.extractSeconds();
                System.out.printf(Locale.ROOT, "%s round %d%s: %d articles; extraction stage %.2f s = %.1f articles/s; "
                        + "writing the tables %.2f s; whole job %.2f s = %.1f articles/s%n", master, r,
                        r == 0 ? " (warm-up)" : "", s.articles(), s.extractSeconds(), rate, s.writeSeconds(), secs,
                        s.articles() / secs);
                if (r > 0) {
                    rates.add(rate);
                    whole.add(s.articles() / secs);
                }
            }
            rates.sort(null);
            whole.sort(null);
            System.out.printf(Locale.ROOT, "%s median of %d rounds: extraction stage %.1f articles/s, whole job %.1f "
                    + "articles/s%n", master, rounds, rates.get(rates.size() / 2), whole.get(whole.size() / 2));
        } finally {
            spark.stop();
            delete(tmp);
        }
    }

    private static void delete(Path p) {
        try (var s = Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
