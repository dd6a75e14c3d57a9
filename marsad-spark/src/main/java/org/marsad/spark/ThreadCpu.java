package org.marsad.spark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU time of this JVM's threads, the JVM's own included (compiler, collector, VM thread),
 * grouped by thread name with the digits left out, as Linux reports it in
 * {@code /proc/self/task/TID/stat} (user + system time, in clock ticks of 10 ms; names cut to 15
 * characters): which threads besides the task threads take CPU during a benchmark's rounds. With one
 * task thread those threads run on the other core for free; with two they take it from the tasks.
 * Empty where {@code /proc} does not exist. For the benchmark only; not thread-safe.
 */
final class ThreadCpu {
    private static final double MILLIS_PER_TICK = 10;
    private static final Path TASKS = Path.of("/proc/self/task");

    private final Map<String, Long> ticks;

    private ThreadCpu(Map<String, Long> ticks) {
        this.ticks = ticks;
    }

    /** The CPU time of each thread now, by thread id. */
    static ThreadCpu now() {
        Map<String, Long> t = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return new ThreadCpu(t);
        }
        try (DirectoryStream<Path> d = Files.newDirectoryStream(TASKS)) {
            for (Path task : d) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    // pid (comm) state ppid ... utime is field 14, stime 15; comm may hold spaces and parentheses
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] rest = stat.substring(close + 2).split(" ");
                    long cpu = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
                    t.put(task.getFileName() + " " + stat.substring(open + 1, close), cpu);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read: it is left out
                }
            }
        } catch (IOException e) {
            return new ThreadCpu(t);
        }
        return new ThreadCpu(t);
    }

    /** The CPU milliseconds each group of threads spent since {@code before}, largest first, the first {@code n}. */
    List<String> since(ThreadCpu before, int n) {
        Map<String, Long> groups = new HashMap<>();
        ticks.forEach((thread, cpu) -> {
            long d = cpu - before.ticks.getOrDefault(thread, 0L);
            if (d > 0) {
                String name = thread.substring(thread.indexOf(' ') + 1).replaceAll("[0-9]+", "#");
                groups.merge(name, d, Long::sum);
            }
        });
        List<Map.Entry<String, Long>> e = new ArrayList<>(groups.entrySet());
        e.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Long> g : e.subList(0, Math.min(n, e.size()))) {
            out.add(String.format(Locale.ROOT, "%s %.0f ms", g.getKey(), g.getValue() * MILLIS_PER_TICK));
        }
        return out;
    }
}
