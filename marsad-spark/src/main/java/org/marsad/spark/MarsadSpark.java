package org.marsad.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job's entry point, for {@code spark-submit} on a cluster and for a local run without
 * one ({@code java -cp … org.marsad.spark.MarsadSpark run --master local[2] …}, see
 * {@code docs/SCALE.md}):
 *
 * <pre>
 * MarsadSpark extract --input PATH [--input PATH…] --output DIR [--partitions N]
 * MarsadSpark link    --output DIR [--max-component N]
 * MarsadSpark export  --output DIR [--acled FILE] [--plover FILE]
 * MarsadSpark run     --input PATH… --output DIR   (the three in turn)
 * </pre>
 * Paths are anything Hadoop opens ({@code hdfs://}, {@code s3a://}, local paths). {@code --master}
 * is used only when spark-submit has not set one; {@code --conf KEY=VALUE} sets a Spark property.
 * Prints one line per step with its figures; exits 1 when an input failed (the errors table names
 * them), 2 on bad arguments.
 */
public final class MarsadSpark {
    private MarsadSpark() {
    }

    /** The parsed command line. */
    record Args(String command, List<String> inputs, String output, int partitions, int maxComponent,
                String acled, String plover, String master, Map<String, String> conf) {
    }

    public static void main(String[] argv) {
        int code;
        try {
            code = run(argv, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("marsad-spark: " + e.getMessage());
            System.err.println(usage());
            code = 2;
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    static String usage() {
        return """
                usage: MarsadSpark extract --input PATH [--input PATH ...] --output DIR [--partitions N]
                       MarsadSpark link    --output DIR [--max-component N]
                       MarsadSpark export  --output DIR [--acled FILE] [--plover FILE]
                       MarsadSpark run     --input PATH ... --output DIR
                options for all: --master URL (when spark-submit sets none), --conf KEY=VALUE""";
    }

    /** Runs a command; returns the exit code (0, or 1 when inputs failed). */
    static int run(String[] argv, PrintStream out) {
        Args a = parse(argv);
        SparkSession spark = session(a);
        try {
            return run(spark, a, out);
        } finally {
            spark.stop();
        }
    }

    static int run(SparkSession spark, Args a, PrintStream out) {
        int code = 0;
        boolean all = a.command().equals("run");
        if (all || a.command().equals("extract")) {
            long t0 = System.nanoTime();
            ExtractJob.Summary s = ExtractJob.run(spark, a.inputs(), a.output(), a.partitions());
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "extract: %d articles, %d failed, %.1f s (%.1f articles/s; pipeline %.1f ms/article)%n",
                    s.articles(), s.errors(), secs, s.articles() / secs, s.articles() == 0 ? 0 : s.pipelineMillis() / s.articles());
            code = s.errors() > 0 ? 1 : 0;
        }
        if (all || a.command().equals("link")) {
            LinkJob.Summary s = LinkJob.run(spark, a.output(), a.maxComponent());
            out.printf(Locale.ROOT, "link: %d near-duplicate articles, %d event reports in %d clusters "
                    + "(%d components, largest %d)%n", s.copies(), s.mentions(), s.clusters(), s.components(),
                    s.largestComponent());
        }
        if (all || a.command().equals("export")) {
            String acled = a.acled() != null ? a.acled() : a.output() + "/export/events.acled.csv";
            String plover = a.plover() != null ? a.plover() : a.output() + "/export/events.plover.json";
            ExportJob.Summary s = ExportJob.run(spark, a.output(), acled, plover);
            out.printf(Locale.ROOT, "export: %d ACLED rows to %s (%d without an ACLED code), %d PLOVER records to %s "
                    + "(%d without a PLOVER code)%n", s.acledRows(), acled, s.acledSkipped(), s.ploverRecords(), plover,
                    s.ploverSkipped());
        }
        return code;
    }

    static Args parse(String[] argv) {
        if (argv.length == 0) {
            throw new IllegalArgumentException("a command is needed");
        }
        String cmd = argv[0];
        if (!List.of("extract", "link", "export", "run").contains(cmd)) {
            throw new IllegalArgumentException("unknown command '" + cmd + "'");
        }
        List<String> inputs = new ArrayList<>();
        Map<String, String> conf = new LinkedHashMap<>();
        String output = null;
        String acled = null;
        String plover = null;
        String master = null;
        int partitions = 0;
        int maxComponent = LinkJob.DEFAULT_MAX_COMPONENT;
        for (int i = 1; i < argv.length; i++) {
            String o = argv[i];
            if (i + 1 >= argv.length) {
                throw new IllegalArgumentException(o + " needs a value");
            }
            String v = argv[++i];
            switch (o) {
                case "--input", "-i" -> inputs.add(v);
                case "--output", "-o" -> output = v;
                case "--partitions" -> partitions = positive(o, v);
                case "--max-component" -> maxComponent = positive(o, v);
                case "--acled" -> acled = v;
                case "--plover" -> plover = v;
                case "--master" -> master = v;
                case "--conf" -> {
                    int eq = v.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--conf expects KEY=VALUE, not '" + v + "'");
                    }
                    conf.put(v.substring(0, eq), v.substring(eq + 1));
                }
                default -> throw new IllegalArgumentException("unknown option '" + o + "'");
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("--output DIR is needed");
        }
        if ((cmd.equals("extract") || cmd.equals("run")) && inputs.isEmpty()) {
            throw new IllegalArgumentException("--input PATH is needed");
        }
        return new Args(cmd, inputs, output, partitions, maxComponent, acled, plover, master, conf);
    }

    private static int positive(String o, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(o + " expects a positive whole number, not '" + v + "'");
    }

    static SparkSession session(Args a) {
        SparkConf conf = new SparkConf().setAppName("marsad-" + a.command());
        if (!conf.contains("spark.master")) {
            conf.setMaster(a.master() != null ? a.master() : "local[*]");
        }
        a.conf().forEach(conf::set);
        if (!conf.contains(LocalFiles.PROPERTY)) {
            conf.set(LocalFiles.PROPERTY, LocalFiles.class.getName());
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
