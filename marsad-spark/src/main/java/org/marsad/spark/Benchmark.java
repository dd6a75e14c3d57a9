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
 * <p>A small corpus does not warm the JIT in one or two passes: on the 294 articles of the dev
 * corpus the C2 compiler is still at work after twenty passes (one worker thread then keeps the JVM
 * at two cores: the compiler takes the second), so that one worker looks nearly as fast as two.
 * Before the timed rounds the benchmark therefore runs the extraction stage alone until the JIT is
 * quiet — three passes in a row in which compiling took less than 2 % of the pass's wall time, at
 * least 10 passes and at most 300 ({@code -Dmarsad.bench.warmup=N} runs exactly N passes instead)
 * — and then one whole job.
 *
 * <p>Each round also prints the cores the JVM used and the load average (on a shared machine the
 * second core may not be there to use); {@code -Dmarsad.bench.stages=true} adds each Spark stage's
 * wall time and its tasks' run, CPU and GC times, the jobs and the time some stage was running
 * ({@link StageTimes}); {@code -Dmarsad.bench.partitions=N} reads the input in N partitions instead
 * of the job's default (four per core). After the rounds it prints the CPU time of the JVM's thread
 * groups over them ({@link ThreadCpu}: task threads, compiler, collector, driver), the work that
 * runs on the idle second core with one task thread and takes from the tasks with two.
 *
 * <p>{@code direct[N]} instead of a Spark master runs the same pipeline on N plain threads over the
 * same (local) inputs, without Spark: the control that tells Spark's overhead from the machine's.
 *
 * <pre>java -cp … org.marsad.spark.Benchmark local[2] 5 INPUT…
 * java -cp … org.marsad.spark.Benchmark direct[2] 5 INPUT…</pre>
 */
public final class Benchmark {
    /** Whole jobs run before the timed ones, after the extraction-only warm-up passes. */
    private static final int WARM_UP = 1;

    /** A fixed number of extraction-only warm-up passes, or -1 to run them until the JIT is quiet. */
    private static int warmUpPasses() {
        return Integer.getInteger("marsad.bench.warmup", -1);
    }

    private static final java.lang.management.CompilationMXBean JIT = java.lang.management.ManagementFactory
            .getCompilationMXBean();

    /**
     * Runs {@code pass} until the JIT is quiet (see the class comment) or {@code fixed} times when
     * {@code fixed} ≥ 0; returns the passes run.
     */
    private static int warmUp(Runnable pass, int fixed) {
        int quiet = 0;
        int n = 0;
        while (fixed >= 0 ? n < fixed : n < 300 && (n < 10 || quiet < 3)) {
            long c0 = JIT.getTotalCompilationTime();
            long t0 = System.nanoTime();
            pass.run();
            double wallMs = (System.nanoTime() - t0) / 1e6;
            quiet = JIT.getTotalCompilationTime() - c0 < 0.02 * wallMs ? quiet + 1 : 0;
            n++;
        }
        return n;
    }

    private Benchmark() {
    }

    private static void direct(int threads, int rounds, List<String> inputs) throws IOException {
        List<org.marsad.document.Document> docs = new ArrayList<>();
        try (org.marsad.ingest.ArticleSources in = org.marsad.ingest.ArticleSources.open(inputs)) {
            in.forEachRemaining(a -> docs.add(a.read()));
        }
        org.marsad.Marsad marsad = org.marsad.Marsad.standard();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<Double> rates = new ArrayList<>();
        try {
            Runnable pass = () -> {
                List<java.util.concurrent.Future<?>> done = new ArrayList<>();
                docs.forEach(d -> done.add(pool.submit(() -> marsad.process(d))));
                try {
                    for (java.util.concurrent.Future<?> f : done) {
                        f.get();
                    }
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            };
            long w0 = System.nanoTime();
            int passes = warmUp(pass, warmUpPasses());
            System.out.printf(Locale.ROOT, "direct[%d] warm-up: %d passes in %.1f s%n", threads, passes,
                    (System.nanoTime() - w0) / 1e9);
            for (int r = 1 - WARM_UP; r <= rounds; r++) {
                long t0 = System.nanoTime();
                long c0 = OS.getProcessCpuTime();
                pass.run();
                double secs = (System.nanoTime() - t0) / 1e9;
                double rate = docs.size() / secs;
                if (r > 0) {
                    System.out.printf(Locale.ROOT, "direct[%d] round %d: %.1f articles/s; %s%n", threads, r, rate,
                            machine(c0, secs));
                    rates.add(rate);
                }
            }
        } finally {
            pool.shutdown();
        }
        rates.sort(null);
        System.out.printf(Locale.ROOT, "direct[%d] median of %d rounds: %.1f articles/s%n", threads, rounds,
                rates.get(rates.size() / 2));
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: Benchmark MASTER ROUNDS INPUT...");
            System.exit(2);
        }
        String master = args[0];
        int rounds = Integer.parseInt(args[1]);
        List<String> inputs = List.of(args).subList(2, args.length);
        if (master.startsWith("direct[")) {
            direct(Integer.parseInt(master.substring(7, master.length() - 1)), rounds, inputs);
            return;
        }
        SparkSession spark = SparkSession.builder().master(master).appName("marsad-benchmark")
                .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1").config("spark.log.level", "WARN")
                .config(LocalFiles.PROPERTY, System.getProperty(LocalFiles.PROPERTY, LocalFiles.class.getName())).getOrCreate();
        Path tmp = Files.createTempDirectory("marsad-bench");
        try {
            int partitions = Integer.getInteger("marsad.bench.partitions", 0);
            StageTimes stages = Boolean.getBoolean("marsad.bench.stages") ? StageTimes.attach(spark.sparkContext()) : null;
            long w0 = System.nanoTime();
            int passes = warmUp(() -> ExtractJob.run(spark, inputs, tmp.resolve("warm-up").toString(), partitions),
                    warmUpPasses());
            System.out.printf(Locale.ROOT, "%s warm-up: %d passes (whole jobs) in %.1f s%n", master, passes,
                    (System.nanoTime() - w0) / 1e9);
            if (stages != null) {
                stages.drain(spark.sparkContext());
            }
            List<Double> rates = new ArrayList<>();
            List<Double> whole = new ArrayList<>();
            ThreadCpu threads = null;
            for (int r = 1 - WARM_UP; r <= rounds; r++) {
                if (r == 1) {
                    threads = ThreadCpu.now();
                }
                long t0 = System.nanoTime();
                long c0 = OS.getProcessCpuTime();
                long jit0 = JIT.getTotalCompilationTime();
                ExtractJob.Summary s = ExtractJob.run(spark, inputs, tmp.resolve("r" + (r + WARM_UP)).toString(), partitions);
                double secs = (System.nanoTime() - t0) / 1e9;
                double rate = s.articles() / s.extractSeconds();
                System.out.printf(Locale.ROOT, "%s round %d%s: %d articles; extraction stage %.2f s = %.1f articles/s "
                        + "(pipeline %.1f ms/article); writing the tables %.2f s; whole job %.2f s = %.1f articles/s; %s; JIT %d ms%n",
                        master, r, r <= 0 ? " (warm-up)" : "", s.articles(), s.extractSeconds(), rate,
                        s.pipelineMillis() / s.articles(), s.writeSeconds(), secs, s.articles() / secs, machine(c0, secs),
                        JIT.getTotalCompilationTime() - jit0);
                if (stages != null) {
                    stages.drain(spark.sparkContext()).forEach(System.out::println);
                }
                if (r > 0) {
                    rates.add(rate);
                    whole.add(s.articles() / secs);
                }
            }
            System.out.printf(Locale.ROOT, "%s CPU of the JVM's threads over the %d rounds: %s%n", master, rounds,
                    String.join(", ", ThreadCpu.now().since(threads, 12)));
            rates.sort(null);
            whole.sort(null);
            System.out.printf(Locale.ROOT, "%s median of %d rounds: extraction stage %.1f articles/s, whole job %.1f "
                    + "articles/s%n", master, rounds, rates.get(rates.size() / 2), whole.get(whole.size() / 2));
        } finally {
            spark.stop();
            delete(tmp);
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /**
     * The cores this JVM had during a round (its CPU time over the wall time: all its threads, Spark's
     * and the JIT's too) and the machine's load average: on a shared machine, whether the second core
     * was there to be used.
     */
    private static String machine(long cpu0, double secs) {
        double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
        return String.format(Locale.ROOT, "JVM used %.2f cores (%.2f s CPU), load average %.1f",
                cpu / secs, cpu, OS.getSystemLoadAverage());
    }

    private static void delete(Path p) {
        try (var s = Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
