package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The same benchmarks as {@link PipelineBenchmarks}, timed in thread CPU time instead of wall time,
 * for a machine shared with other work where wall time is noisy: each benchmark runs for a warm-up
 * period, then for several rounds of one pass over the corpus; the best and median rounds are
 * printed in articles per CPU second, with the bytes allocated per article (the same on a busy machine).
 * {@code java -Xmx1g -cp marsad-bench/target/benchmarks.jar org.marsad.bench.CpuTime [REGEX] [ROUNDS] [WARMUP_SECONDS]}
 */
public final class CpuTime {
    private CpuTime() {
    }

    /**
     * Bytes this thread has allocated so far (HotSpot's extension of ThreadMXBean), or 0 where the
     * JVM does not count them. Unlike time, the figure does not depend on the machine's load: in C1
     * code, which short runs execute, every iterator, varargs array and temporary string is a real
     * allocation, so it tracks a good part of the CPU cost.
     */
    private static long allocatedBytes() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean hs
                ? hs.getCurrentThreadAllocatedBytes() : 0;
    }

    public static void main(String[] args) throws Exception {
        Pattern filter = Pattern.compile(args.length > 0 ? args[0] : ".*");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        double warmupSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long l0 = cpu.getCurrentThreadCpuTime();
        PipelineBenchmarks b = new PipelineBenchmarks();
        b.setUp();
        System.out.printf(Locale.ROOT, "setup (resources + corpus + stage inputs): %.2f s CPU%n",
                (cpu.getCurrentThreadCpuTime() - l0) / 1e9);
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        List<Method> methods = new ArrayList<>();
        for (Method m : PipelineBenchmarks.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Benchmark.class) && filter.matcher(m.getName()).find()) {
                methods.add(m);
            }
        }
        methods.sort((x, y) -> x.getName().compareTo(y.getName()));
        for (Method m : methods) {
            long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
            while (System.nanoTime() < warmEnd) {
                m.invoke(b, bh);
            }
            long[] t = new long[rounds];
            long allocated = 0;
            for (int r = 0; r < rounds; r++) {
                long a = allocatedBytes();
                long s = cpu.getCurrentThreadCpuTime();
                m.invoke(b, bh);
                t[r] = cpu.getCurrentThreadCpuTime() - s;
                allocated += allocatedBytes() - a;
            }
            java.util.Arrays.sort(t);
            double best = PipelineBenchmarks.ARTICLES / (t[0] / 1e9);
            double median = PipelineBenchmarks.ARTICLES / (t[rounds / 2] / 1e9);
            System.out.printf(Locale.ROOT, "%-24s %10.0f articles/CPU-s best, %10.0f median (%.3f ms/article), %d rounds, "
                    + "%.0f KB allocated/article%n", m.getName(), best, median, t[rounds / 2] / 1e6 / PipelineBenchmarks.ARTICLES,
                    rounds, allocated / 1024.0 / rounds / PipelineBenchmarks.ARTICLES);
        }
        System.out.printf(Locale.ROOT, "load average at end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
