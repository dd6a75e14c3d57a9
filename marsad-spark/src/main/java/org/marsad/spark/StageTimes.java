package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;

/**
 * For the benchmark: what the stages of a run cost, from Spark's own task metrics. Per stage, its
 * wall time (submission to completion), the number of tasks and the sums of their run time, CPU
 * time and GC time; a stage whose task time is close to its wall time on two cores ran serially.
 * Per call of {@link #drain}, also the jobs, and the time some stage was running (the union of the
 * stages' intervals): the rest of a round's wall time is the driver's alone.
 *
 * <p>Thread-safe: the listener bus and the caller of {@link #drain} synchronize on it.
 */
final class StageTimes extends SparkListener {
    private record Stage(String name, int tasks, long wallMillis, long start, long end) {
    }

    private static final class Sums {
        long run;
        long cpuNanos;
        long gc;
        long deserialize;
        long shuffleWrite;
    }

    private final Map<Integer, Sums> sums = new TreeMap<>();
    private final Map<Integer, Stage> stages = new TreeMap<>();
    private int jobs;

    @Override
    public synchronized void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart e) {
        jobs++;
    }

    static StageTimes attach(SparkContext sc) {
        StageTimes t = new StageTimes();
        sc.addSparkListener(t);
        return t;
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd e) {
        TaskMetrics m = e.taskMetrics();
        if (m == null) {
            return;
        }
        Sums s = sums.computeIfAbsent(e.stageId(), k -> new Sums());
        s.run += m.executorRunTime();
        s.cpuNanos += m.executorCpuTime();
        s.gc += m.jvmGCTime();
        s.deserialize += m.executorDeserializeTime();
        s.shuffleWrite += m.shuffleWriteMetrics().writeTime() / 1_000_000;
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted e) {
        StageInfo i = e.stageInfo();
        long wall = i.completionTime().isDefined() && i.submissionTime().isDefined()
                ? (Long) i.completionTime().get() - (Long) i.submissionTime().get() : -1;
        String name = i.name();
        long start = wall >= 0 ? (Long) i.submissionTime().get() : -1;
        stages.put(i.stageId(), new Stage(name.length() > 40 ? name.substring(0, 40) : name, i.numTasks(), wall,
                start, start + wall));
    }

    /** The length of the union of the stages' intervals: the time some stage was running. */
    private static long busy(List<Stage> l) {
        List<Stage> byStart = new ArrayList<>(l);
        byStart.sort(java.util.Comparator.comparingLong(Stage::start));
        long total = 0;
        long from = Long.MIN_VALUE;
        long to = Long.MIN_VALUE;
        for (Stage g : byStart) {
            if (g.start() > to) {
                total += to - from;
                from = g.start();
                to = g.end();
            } else {
                to = Math.max(to, g.end());
            }
        }
        return total + (to - from);
    }

    /** Waits for the listener bus, then returns the lines of the stages since the last call and forgets them. */
    synchronized List<String> drain(SparkContext sc) {
        try {
            sc.listenerBus().waitUntilEmpty();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
        List<String> out = new ArrayList<>();
        long wall = 0;
        long run = 0;
        long cpu = 0;
        long gc = 0;
        for (Map.Entry<Integer, Stage> st : stages.entrySet()) {
            Sums s = sums.getOrDefault(st.getKey(), new Sums());
            Stage g = st.getValue();
            out.add(String.format(Locale.ROOT, "  stage %4d %-40s %3d tasks  wall %5d ms  task run %5d ms  cpu %5d ms  gc %4d ms  deser %4d ms",
                    st.getKey(), g.name(), g.tasks(), g.wallMillis(), s.run, s.cpuNanos / 1_000_000, s.gc, s.deserialize));
            wall += g.wallMillis();
            run += s.run;
            cpu += s.cpuNanos / 1_000_000;
            gc += s.gc;
        }
        out.add(String.format(Locale.ROOT, "  all stages: wall %d ms, task run %d ms, cpu %d ms, gc %d ms", wall, run, cpu, gc));
        long busy = busy(stages.values().stream().filter(g -> g.start() >= 0).toList());
        out.add(String.format(Locale.ROOT, "  %d jobs, %d stages; some stage running %d ms (task run / that = %.2f tasks at once)",
                jobs, stages.size(), busy, busy > 0 ? (double) run / busy : 0));
        stages.clear();
        sums.clear();
        jobs = 0;
        return out;
    }
}
