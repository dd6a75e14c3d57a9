package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.extract.ClaimStage;
import org.marsad.extract.EventStage;
import org.marsad.ingest.PlainTextReader;
import org.marsad.knowledge.ActorDictionary;
import org.marsad.knowledge.Gazetteer;
import org.marsad.knowledge.TriggerLexicon;
import org.marsad.output.JsonOutput;
import org.marsad.recognize.ActorNameFinder;
import org.marsad.recognize.PlaceNameFinder;
import org.marsad.recognize.number.CasualtyStage;
import org.marsad.recognize.number.QuantityStage;
import org.marsad.recognize.time.TimeStage;
import org.marsad.resolve.ActorStage;
import org.marsad.resolve.Geocoder;

/**
 * Where a cold one-article run spends its time: the JVM until {@code main}, each resource as the
 * standard pipeline loads it (in the order it needs them, so each line counts only what is new),
 * then the first article and its JSON. Wall and thread CPU time, in milliseconds.
 * {@code java -Xmx1g -cp marsad-bench/target/benchmarks.jar org.marsad.bench.StartupTime examples/hasakah-prison-2020.txt}
 */
public final class StartupTime {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static long total;
    private static long totalCpu;

    private StartupTime() {
    }

    public static void main(String[] args) {
        long jvm = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf(Locale.ROOT, "%-34s %7d ms wall%n", "JVM start until main", jvm);
        time("gazetteer", Gazetteer::standard);
        time("actor dictionary", ActorDictionary::standard);
        time("trigger lexicon", TriggerLexicon::standard);
        time("time stage (month names, grammar)", TimeStage::standard);
        time("quantity + casualty stages", () -> {
            QuantityStage.standard();
            return CasualtyStage.standard();
        });
        time("actor name finder", ActorNameFinder::standard);
        time("place name finder (cues, scanner)", PlaceNameFinder::standard);
        time("actor stage", ActorStage::standard);
        time("geocoder", Geocoder::standard);
        time("event + claim stages", () -> {
            EventStage.standard();
            return ClaimStage.standard();
        });
        time("Marsad.standard() (rest)", Marsad::standard);
        System.out.printf(Locale.ROOT, "%-34s %7.0f ms wall %7.0f ms CPU%n", "= resource loading", total / 1e6,
                totalCpu / 1e6);
        if (args.length > 0) {
            total = 0;
            totalCpu = 0;
            Document d = time("first article: read", () -> PlainTextReader.read(Path.of(args[0])));
            Document done = time("first article: pipeline", () -> Marsad.standard().process(d));
            time("first article: JSON", () -> JsonOutput.write(JsonOutput.toJson(done)));
            System.out.printf(Locale.ROOT, "%-34s %7.0f ms wall %7.0f ms CPU%n", "= first article", total / 1e6,
                    totalCpu / 1e6);
        }
        System.out.printf(Locale.ROOT, "%-34s %7d ms wall%n", "JVM uptime at end",
                ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private static <T> T time(String what, Supplier<T> s) {
        long w = System.nanoTime();
        long c = CPU.getCurrentThreadCpuTime();
        T r = s.get();
        long dw = System.nanoTime() - w;
        long dc = CPU.getCurrentThreadCpuTime() - c;
        total += dw;
        totalCpu += dc;
        System.out.printf(Locale.ROOT, "%-34s %7.0f ms wall %7.0f ms CPU%n", what, dw / 1e6, dc / 1e6);
        return r;
    }
}
