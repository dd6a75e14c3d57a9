package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Mention;
import org.marsad.ingest.LayoutStage;
import org.marsad.extract.ClaimStage;
import org.marsad.extract.EventStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Stage;
import org.marsad.recognize.ActorNameFinder;
import org.marsad.recognize.EntityStage;
import org.marsad.recognize.MentionFinder;
import org.marsad.recognize.PlaceNameFinder;
import org.marsad.recognize.number.CasualtyStage;
import org.marsad.recognize.number.QuantityStage;
import org.marsad.recognize.time.TimeStage;
import org.marsad.resolve.ActorStage;
import org.marsad.resolve.Geocoder;
import org.marsad.text.TextStage;

/**
 * What gazetteer lookup and disambiguation cost inside the standard pipeline (issue 4: under 5 % of
 * end-to-end extraction): the standard stages in the standard order, with the place finder (inside
 * the entity stage) and the geocoder timed in thread CPU time as the pipeline calls them, so that
 * the geocoder reuses the finder's place analysis and both find the article's tokens already in the
 * caches, as in {@code marsad extract}. The stage benchmarks {@code gazetteerLookup} and
 * {@code geocoding} of {@link PipelineBenchmarks} run each stage alone over the corpus and so pay
 * for bringing every article's tokens back from memory, which the pipeline does not.
 * {@code java -Xmx1g -cp marsad-bench/target/benchmarks.jar org.marsad.bench.PlaceShare [ROUNDS] [WARMUP_ROUNDS]}
 */
public final class PlaceShare {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static long finder;
    private static long geocoder;

    private PlaceShare() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        PlaceNameFinder places = PlaceNameFinder.standard();
        MentionFinder timedPlaces = d -> {
            long t = CPU.getCurrentThreadCpuTime();
            List<Mention> m = places.find(d);
            finder += CPU.getCurrentThreadCpuTime() - t;
            return m;
        };
        Stage geo = Geocoder.standard();
        Stage timedGeo = new Stage() {
            @Override
            public Set<Layer<?>> requires() {
                return geo.requires();
            }

            @Override
            public Set<Layer<?>> provides() {
                return geo.provides();
            }

            @Override
            public Document apply(Document d) {
                long t = CPU.getCurrentThreadCpuTime();
                Document out = geo.apply(d);
                geocoder += CPU.getCurrentThreadCpuTime() - t;
                return out;
            }
        };
        Pipeline p = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage()).add(TimeStage.standard())
                .add(QuantityStage.standard()).add(CasualtyStage.standard())
                .add(new EntityStage(List.of(ActorNameFinder.standard(), timedPlaces))).add(ActorStage.standard())
                .add(timedGeo).add(EventStage.standard()).add(ClaimStage.standard()).build();
        List<Document> raw = Corpus.load().documents();
        double[] share = new double[rounds];
        double[] total = new double[rounds];
        double[] placeMs = new double[rounds];
        for (int r = -warmup; r < rounds; r++) {
            finder = 0;
            geocoder = 0;
            long t = CPU.getCurrentThreadCpuTime();
            for (Document d : raw) {
                p.apply(d);
            }
            long all = CPU.getCurrentThreadCpuTime() - t;
            if (r >= 0) {
                share[r] = (finder + geocoder) / (double) all;
                total[r] = all / 1e6 / raw.size();
                placeMs[r] = (finder + geocoder) / 1e6 / raw.size();
                System.out.printf(Locale.ROOT, "round %d: pipeline %.3f ms/article, place finder %.3f + geocoder %.3f ms "
                        + "= %.1f %%%n", r, total[r], finder / 1e6 / raw.size(), geocoder / 1e6 / raw.size(), 100 * share[r]);
            }
        }
        Arrays.sort(share);
        Arrays.sort(total);
        Arrays.sort(placeMs);
        System.out.printf(Locale.ROOT, "median of %d rounds after %d warm-up passes: pipeline %.3f ms/article, places "
                        + "(finder + geocoder) %.3f ms/article, share %.1f %% (min %.1f, max %.1f); load average %.2f%n",
                rounds, warmup, total[rounds / 2], placeMs[rounds / 2], 100 * share[rounds / 2], 100 * share[0],
                100 * share[rounds - 1], ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
