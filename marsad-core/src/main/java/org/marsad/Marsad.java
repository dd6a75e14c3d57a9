package org.marsad;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.marsad.document.Document;
import org.marsad.ingest.LayoutStage;
import org.marsad.ingest.PlainTextReader;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Stage;
import org.marsad.extract.ClaimStage;
import org.marsad.extract.EventStage;
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
 * The library's front door: the standard pipeline with its resources loaded once.
 *
 * <pre>{@code
 * Marsad marsad = Marsad.standard();
 * Document doc = marsad.process(PlainTextReader.read(Path.of("article.txt")));
 * doc.get(Layers.EVENTS).forEach(System.out::println);
 * }</pre>
 *
 * <p>Immutable and thread-safe: one instance serves every thread of a process.
 */
public final class Marsad {
    /** The standard pipeline's build, started by the first {@link #standard()} or {@link #preload()}. */
    private static volatile CompletableFuture<Marsad> standard;
    private final Pipeline pipeline;

    private Marsad(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * The standard pipeline, built on first use (or by {@link #preload()}) and shared afterwards.
     * A caller that finds the build under way waits for it; a build that failed is rethrown as it
     * was thrown, to this caller and every later one.
     */
    public static Marsad standard() {
        CompletableFuture<Marsad> f = standard;
        if (f == null) {
            f = start(false);
        }
        return loaded(f);
    }

    /**
     * Starts building {@link #standard()} on a background thread and returns at once, for a caller
     * that will ask for it soon and has other work to do first (the command line parses its
     * arguments meanwhile). Does nothing when the build has started already.
     */
    public static void preload() {
        if (standard == null) {
            start(true);
        }
    }

    /** The build, started here (on a thread of its own when {@code background}) unless it has been. */
    private static CompletableFuture<Marsad> start(boolean background) {
        CompletableFuture<Marsad> f;
        synchronized (Marsad.class) {
            if (standard != null) {
                return standard;
            }
            f = new CompletableFuture<>();
            standard = f;
        }
        Runnable build = () -> {
            try {
                f.complete(new Marsad(standardPipeline(false)));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        };
        if (background) {
            Thread t = new Thread(build, "marsad-preload");
            t.setDaemon(true);
            t.start();
        } else {
            build.run();
        }
        return f;
    }

    /**
     * The standard pipeline with the statistical name finder added after the dictionaries; it adds
     * only names they do not know (see {@code NameFilter}). Off by default: on the dev gold it adds
     * no entity, right or wrong (docs/quality/ner.md).
     */
    public static Marsad withNameModel() {
        return new Marsad(standardPipeline(true));
    }

    /** A Marsad around a pipeline of your own. */
    public static Marsad of(Pipeline pipeline) {
        return new Marsad(pipeline);
    }

    /**
     * ingest (layout) → text → recognize (dates, numbers, casualties, entities) → resolve (actors,
     * places) → extract (events, then claims, which link to the events they report).
     */
    static Pipeline standardPipeline(boolean model) {
        // start-up in two halves of about the same length, side by side: on another thread the
        // gazetteer, what is built on it and the stages that need neither dictionary; on this one the
        // actor dictionary and the stages that read it (start-up of a short run, docs/PERFORMANCE.md)
        CompletableFuture<GazetteerHalf> other =
                CompletableFuture.supplyAsync(GazetteerHalf::load);
        List<MentionFinder> finders = new ArrayList<>();
        finders.add(ActorNameFinder.standard()); // dictionaries first: they win on known names
        Stage actors = ActorStage.standard();
        Stage events = EventStage.standard();
        Stage claims = ClaimStage.standard();
        GazetteerHalf g = loaded(other);
        finders.add(g.places());
        if (model) {
            finders.add(org.marsad.recognize.ner.NerMentionFinder.standard()); // names the dictionaries lack
        }
        Pipeline.Builder b = Pipeline.builder();
        List.of(g.layout(), new TextStage(), g.time(), g.quantities(), g.casualties(), new EntityStage(finders), actors,
                g.geocoder(), events, claims).forEach(b::add);
        return b.build();
    }

    /** The half of the standard pipeline that does not read the actor dictionary. */
    private record GazetteerHalf(MentionFinder places, Stage geocoder, Stage layout, Stage time, Stage quantities,
                                 Stage casualties) {
        static GazetteerHalf load() {
            return new GazetteerHalf(PlaceNameFinder.standard(), Geocoder.standard(), LayoutStage.standard(),
                    TimeStage.standard(), QuantityStage.standard(), CasualtyStage.standard());
        }
    }

    /** Waits for a resource loaded on another thread; its failure is rethrown here as it was thrown. */
    private static <T> T loaded(CompletableFuture<T> resource) {
        try {
            return resource.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable t = e.getCause() instanceof ExceptionInInitializerError x && x.getCause() != null ? x.getCause() : e.getCause();
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(t);
        }
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** Runs the pipeline on one document. */
    public Document process(Document document) {
        return pipeline.apply(document);
    }

    /** Reads a plain-text article (with its sidecar metadata) and processes it. */
    public Document process(Path textFile) {
        return process(PlainTextReader.read(textFile));
    }
}
