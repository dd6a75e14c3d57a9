package org.marsad.recognize.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained Arabic name finder at run time: feature weights over {@link ArabicNerFeatures}, decoded
 * by {@link NerDecoder}, tagging sentences of normalized tokens with {@code PERS}, {@code ORG},
 * {@code LOC} and {@code MISC}. {@link NerTrainer} makes one; the standard model is the class-path
 * resource {@value #RESOURCE}, loaded once on first use.
 *
 * <p>The file (gzip) holds, after the header {@value #MAGIC} and a format version: the settings
 * (training command, data checksums, feature options, the decoder's biases), the outcome names,
 * the {@link Gazetteer} entries, the {@link WordClusters} (format 3; format 2, which has none,
 * is still read), and the {@link WeightTable}.
 *
 * <p>Thread-safe: the weights are shared read-only; each thread gets its own feature generator.
 */
public final class NerModel {
    /** Where the standard model lives on the class path. */
    public static final String RESOURCE = "marsad/models/ner/ner-ar.bin";
    static final String MAGIC = "marsad-ner";
    static final int VERSION = 3;
    /** Setting: the bias added to the score of "no entity" (see {@link NerDecoder}). */
    static final String OTHER_BIAS = "decoder.otherBias";
    /** Setting prefix: the bias added to the score of starting an entity of a type ({@code decoder.startBias.ORG}). */
    static final String START_BIAS = "decoder.startBias.";
    /** Setting: the confidence below which the pipeline's finder drops an entity. */
    static final String MIN_CONFIDENCE = "finder.minConfidence";
    /** Setting: the feature window (1 or 2). */
    static final String WINDOW = "features.window";
    /** Setting: feature groups left out, comma-separated. */
    static final String OFF = "features.off";

    private final SortedMap<String, String> settings;
    private final String[] outcomes;
    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final WeightTable weights;
    private final NerDecoder decoder;
    private final ThreadLocal<ArabicNerFeatures> features;
    private final Set<String> types;

    NerModel(Map<String, String> settings, String[] outcomes, Gazetteer gazetteer, WeightTable weights) {
        this(settings, outcomes, gazetteer, WordClusters.empty(), weights);
    }

    NerModel(Map<String, String> settings, String[] outcomes, Gazetteer gazetteer, WordClusters clusters, WeightTable weights) {
        this(new TreeMap<>(settings), outcomes, gazetteer, clusters, weights,
                new NerDecoder(weights, outcomes, otherBias(settings), startBias(settings)), null);
    }

    private NerModel(SortedMap<String, String> settings, String[] outcomes, Gazetteer gazetteer, WordClusters clusters,
                     WeightTable weights, NerDecoder decoder, Set<String> types) {
        this.settings = settings;
        this.outcomes = outcomes;
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.weights = weights;
        this.decoder = decoder;
        this.types = types == null ? null : Set.copyOf(types);
        int window = Integer.parseInt(settings.getOrDefault(WINDOW, "2"));
        Set<String> off = new HashSet<>(Arrays.asList(settings.getOrDefault(OFF, "").split(",")));
        off.remove("");
        this.features = ThreadLocal.withInitial(() -> new ArabicNerFeatures(gazetteer, clusters, window, off));
    }

    private static double otherBias(Map<String, String> settings) {
        return Double.parseDouble(settings.getOrDefault(OTHER_BIAS, "0"));
    }

    private static Map<String, Double> startBias(Map<String, String> settings) {
        Map<String, Double> m = new TreeMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith(START_BIAS)) {
                m.put(k.substring(START_BIAS.length()), Double.parseDouble(v));
            }
        });
        return m;
    }

    private static final class Standard {
        static final NerModel INSTANCE = loadStandard();
    }

    /** The model shipped with Marsad; the first call loads it. */
    public static NerModel standard() {
        return Standard.INSTANCE;
    }

    private static NerModel loadStandard() {
        InputStream in = NerModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("NER model " + RESOURCE + " is not on the class path"
                    + " (rebuild it with 'marsad train-ner', see docs/quality/ner.md)");
        }
        try (InputStream s = in) {
            return read(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + RESOURCE, e);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static NerModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        String magic = d.readUTF();
        int version = d.readInt();
        if (!magic.equals(MAGIC) || (version != VERSION && version != 2)) {
            throw new IOException("not a Marsad NER model of version " + VERSION + " (found '" + magic + "' " + version + ")");
        }
        SortedMap<String, String> settings = new TreeMap<>();
        int n = d.readInt();
        for (int i = 0; i < n; i++) {
            settings.put(d.readUTF(), d.readUTF());
        }
        String[] outcomes = new String[d.readInt()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = d.readUTF();
        }
        int entries = d.readInt();
        List<Gazetteer.Entry> list = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            String type = d.readUTF();
            int fold = d.readInt();
            list.add(new Gazetteer.Entry(type, fold, d.readUTF()));
        }
        WordClusters clusters = version >= 3 ? WordClusters.read(d) : WordClusters.empty();
        WeightTable w = WeightTable.read(d);
        try {
            return new NerModel(settings, outcomes, new Gazetteer(list), clusters, w);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad NER model: " + e.getMessage(), e);
        }
    }

    /** Reads a model file. */
    public static NerModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read NER model " + file + ": " + e.getMessage(), e);
        }
    }

    /** The model as it will be after {@link #write} and {@link #read}: weights rounded to their stored precision. */
    NerModel stored() {
        return new NerModel(settings, outcomes, gazetteer, clusters, weights.quantized());
    }

    /** The same model decoded with another bias for "no entity" (for choosing it on a dev set). */
    public NerModel withOtherBias(double bias) {
        return new NerModel(settings, outcomes, gazetteer, clusters, weights, decoder.withBias(bias, startBias(settings)), types);
    }

    /** The same model decoded with these biases (for choosing them on a dev set). */
    public NerModel withBias(double otherBias, Map<String, Double> startBias) {
        return new NerModel(settings, outcomes, gazetteer, clusters, weights, decoder.withBias(otherBias, startBias), types);
    }

    /** The same model reporting only entities of these types (for scoring a subset of types). */
    public NerModel onlyTypes(Set<String> only) {
        return new NerModel(settings, outcomes, gazetteer, clusters, weights, decoder, only);
    }

    /** A setting recorded in the model file (training command, data, decoder bias), or null. */
    public String setting(String key) {
        return settings.get(key);
    }

    /** Every setting recorded in the model file, by name. */
    public SortedMap<String, String> settings() {
        return java.util.Collections.unmodifiableSortedMap(settings);
    }

    /**
     * The confidence below which {@link NerMentionFinder#standard()} drops an entity: a score
     * margin on this model's scale, chosen on held-out data when it was trained (0 if none).
     */
    public double minConfidence() {
        return Double.parseDouble(settings.getOrDefault(MIN_CONFIDENCE, "0"));
    }

    /** The word classes the features consult (empty for a model trained without them). */
    public WordClusters clusters() {
        return clusters;
    }

    /** Number of weighted features. */
    public int featureCount() {
        return weights.size();
    }

    /** Writes the model (gzip; the same model always gives the same bytes). */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        d.writeUTF(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(settings.size());
        for (Map.Entry<String, String> e : settings.entrySet()) {
            d.writeUTF(e.getKey());
            d.writeUTF(e.getValue());
        }
        d.writeInt(outcomes.length);
        for (String o : outcomes) {
            d.writeUTF(o);
        }
        List<Gazetteer.Entry> entries = gazetteer.entries();
        d.writeInt(entries.size());
        for (Gazetteer.Entry e : entries) {
            d.writeUTF(e.type());
            d.writeInt(e.fold());
            d.writeUTF(e.phrase());
        }
        clusters.write(d);
        weights.write(d);
        d.flush();
        gz.finish();
    }

    public void save(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    /**
     * The entities of one sentence of normalized tokens ({@code Token.norm()}), in order, not
     * overlapping.
     */
    public List<NerSpan> tag(String[] norms) {
        if (norms.length == 0) {
            return List.of();
        }
        List<NerSpan> found = decoder.decode(features.get(), norms);
        if (types != null) {
            found = found.stream().filter(e -> types.contains(e.type())).toList();
        }
        return found;
    }

    /**
     * The entities of each sentence of one document: each sentence is tagged, then the document's
     * entities are made consistent ({@link DocumentConsistency}).
     */
    public List<List<NerSpan>> tagDocument(List<String[]> sentences) {
        List<List<NerSpan>> tagged = new java.util.ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            tagged.add(tag(s));
        }
        return DocumentConsistency.apply(sentences, tagged);
    }

    /** The BIO tags of each sentence of a corpus document (raw corpus tokens), see {@link #tagDocument}. */
    public List<List<String>> tagCorpusDocument(List<List<String>> corpusSentences) {
        List<PieceAlignment> aligned = new java.util.ArrayList<>(corpusSentences.size());
        List<String[]> pieces = new java.util.ArrayList<>(corpusSentences.size());
        for (List<String> s : corpusSentences) {
            PieceAlignment a = PieceAlignment.of(s);
            aligned.add(a);
            pieces.add(a.pieces());
        }
        List<List<NerSpan>> spans = tagDocument(pieces);
        List<List<String>> out = new java.util.ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            out.add(aligned.get(i).corpusTags(spans.get(i)));
        }
        return out;
    }

    /** A corpus sentence as the model's input: normalized and split like the pipeline's tokens. */
    public static String[] normalizedPieces(List<String> corpusTokens) {
        return PieceAlignment.of(corpusTokens).pieces();
    }

    /** The BIO tags of a corpus sentence (raw corpus tokens, not yet normalized). */
    public List<String> tagCorpusTokens(List<String> corpusTokens) {
        PieceAlignment a = PieceAlignment.of(corpusTokens);
        return a.corpusTags(tag(a.pieces()));
    }
}
