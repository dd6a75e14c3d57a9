package org.marsad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.document.NormalizedText;
import org.marsad.extract.ClaimStage;
import org.marsad.extract.EventStage;
import org.marsad.ingest.LayoutStage;
import org.marsad.pipeline.Stage;
import org.marsad.recognize.ActorNameFinder;
import org.marsad.recognize.EntityStage;
import org.marsad.recognize.PlaceNameFinder;
import org.marsad.recognize.number.CasualtyStage;
import org.marsad.recognize.number.QuantityStage;
import org.marsad.recognize.time.TimeStage;
import org.marsad.resolve.ActorStage;
import org.marsad.resolve.Geocoder;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TextStage;
import org.marsad.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of each stage of the standard pipeline and of the whole pipeline, in articles per
 * second on one thread, over the 294 articles of {@link Corpus} (one operation = one article: each
 * invocation processes the whole corpus). Each stage benchmark gets the documents as the stages
 * before it left them, so it measures that stage alone. {@link #luceneArabicAnalyzer} is the floor:
 * one pass of Lucene's ArabicAnalyzer over the same text. The forked JVM gets the options of the
 * {@code ./marsad} launcher (heap 1 GB, reduced inlining); {@code -jvmArgsAppend} replaces them.
 *
 * <p>Run: see docs/PERFORMANCE.md, section Extraction.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:InlineSmallCode=1000", "-XX:FreqInlineSize=150"})
@Threads(1)
@State(Scope.Benchmark)
public class PipelineBenchmarks {
    static final int ARTICLES = 294;

    Marsad marsad;
    List<String> texts;
    List<NormalizedText> normalized;
    List<Document> raw;
    List<Document> laidOut;
    List<Document> withText;
    List<Document> withTimes;
    List<Document> withNumbers;
    List<Document> withMentions;
    List<Document> withActors;
    List<Document> withPlaces;
    List<Document> withEvents;

    final Stage layout = LayoutStage.standard();
    final Stage text = new TextStage();
    final Stage time = TimeStage.standard();
    final Stage quantities = QuantityStage.standard();
    final Stage casualties = CasualtyStage.standard();
    final ActorNameFinder actorNames = ActorNameFinder.standard();
    final PlaceNameFinder placeNames = PlaceNameFinder.standard();
    final Stage entities = new EntityStage(List.of(actorNames, placeNames));
    final Stage actors = ActorStage.standard();
    final Stage geocoder = Geocoder.standard();
    final Stage events = EventStage.standard();
    final Stage claims = ClaimStage.standard();
    ArabicAnalyzer analyzer;

    @Setup(Level.Trial)
    public void setUp() {
        Corpus corpus = Corpus.load();
        if (corpus.size() != ARTICLES) {
            throw new IllegalStateException("expected " + ARTICLES + " articles, the corpus has " + corpus.size());
        }
        marsad = Marsad.standard();
        analyzer = new ArabicAnalyzer();
        raw = corpus.documents();
        texts = raw.stream().map(Document::text).toList();
        normalized = texts.stream().map(ArabicNormalizer::normalize).toList();
        laidOut = map(raw, layout::apply);
        withText = map(laidOut, text::apply);
        withTimes = map(withText, time::apply);
        withNumbers = map(withTimes, d -> casualties.apply(quantities.apply(d)));
        withMentions = map(withNumbers, entities::apply);
        withActors = map(withMentions, actors::apply);
        withPlaces = map(withActors, geocoder::apply);
        withEvents = map(withPlaces, events::apply);
    }

    private static List<Document> map(List<Document> in, UnaryOperator<Document> f) {
        List<Document> out = new ArrayList<>(in.size());
        for (Document d : in) {
            out.add(f.apply(d));
        }
        return List.copyOf(out);
    }

    private static void each(List<Document> docs, Stage stage, Blackhole bh) {
        for (Document d : docs) {
            bh.consume(stage.apply(d));
        }
    }

    /** The whole standard pipeline, from raw text to events and claims. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void endToEnd(Blackhole bh) {
        for (Document d : raw) {
            bh.consume(marsad.process(d));
        }
    }

    /** The floor: Lucene's ArabicAnalyzer (tokenize, stop words, normalize, light stem) over the same text. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void luceneArabicAnalyzer(Blackhole bh) {
        for (String t : texts) {
            bh.consume(AnalyzerRun.analyze(analyzer, t));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void layout(Blackhole bh) {
        each(raw, layout, bh);
    }

    /** ArabicNormalizer alone: folding with its offset map. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void normalization(Blackhole bh) {
        for (String t : texts) {
            bh.consume(ArabicNormalizer.normalize(t));
        }
    }

    /** Tokenizer alone, over normalized text (tokens with norm, stems and bases). */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void tokenization(Blackhole bh) {
        for (NormalizedText n : normalized) {
            bh.consume(Tokenizer.tokenize(n));
        }
    }

    /** TextStage: normalization, tokenization and sentence splitting. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void textStage(Blackhole bh) {
        each(laidOut, text, bh);
    }

    /** TimeStage: date expressions found and resolved against the publication date. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void dateResolution(Blackhole bh) {
        each(withText, time, bh);
    }

    /** QuantityStage and CasualtyStage. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void numbersAndCasualties(Blackhole bh) {
        for (Document d : withTimes) {
            bh.consume(casualties.apply(quantities.apply(d)));
        }
    }

    /** EntityStage with both dictionary finders (actors, then places), merged. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void entityRecognition(Blackhole bh) {
        each(withNumbers, entities, bh);
    }

    /** ActorNameFinder alone: actor dictionary matching. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void actorDictionaryLookup(Blackhole bh) {
        for (Document d : withNumbers) {
            bh.consume(actorNames.find(d));
        }
    }

    /** PlaceNameFinder alone: gazetteer matching. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void gazetteerLookup(Blackhole bh) {
        for (Document d : withNumbers) {
            bh.consume(placeNames.find(d));
        }
    }

    /**
     * Gazetteer lookup and disambiguation as the pipeline runs them (issue 4's measure): the place
     * finder on each article, then the geocoder on the same article after the actor stage, which
     * reuses the place analysis the finder made ({@code PlaceAnalysis}, one per document and thread).
     * Compare with {@link #endToEnd}: the share of the pipeline that places cost.
     */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void placesInPipeline(Blackhole bh) {
        for (int i = 0; i < ARTICLES; i++) {
            bh.consume(placeNames.find(withNumbers.get(i)));
            bh.consume(geocoder.apply(withActors.get(i)));
        }
    }

    /** ActorStage: actor resolution, coreference and roles. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void actorResolution(Blackhole bh) {
        each(withMentions, actors, bh);
    }

    /** Geocoder: place resolution against the gazetteer. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void geocoding(Blackhole bh) {
        each(withActors, geocoder, bh);
    }

    /** EventStage: triggers, arguments, merging. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void eventExtraction(Blackhole bh) {
        each(withPlaces, events, bh);
    }

    /** ClaimStage: sources and reporting verbs. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void claimExtraction(Blackhole bh) {
        each(withEvents, claims, bh);
    }
}
