package org.marsad.recognize.ner;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A trained Arabic name finder at run time: an OpenNLP {@link TokenNameFinderModel} whose features
 * are {@link ArabicNerFeatures}, decoded by {@link NerDecoder}, tagging sentences of normalized
 * tokens with {@code PERS}, {@code ORG}, {@code LOC} and {@code MISC}. {@link NerTrainer} makes
 * one; the standard model is the class-path resource {@value #RESOURCE}, loaded once on first use.
 * The model file also carries its settings ({@value #SETTINGS}: the decoder's bias, the training
 * command and data).
 *
 * <p>Thread-safe: the weights are shared read-only; each thread gets its own feature generator.
 */
public final class NerModel {
    /** Where the standard model lives on the class path. */
    public static final String RESOURCE = "marsad/models/ner/ner-ar.bin";
    /** The model entry holding the settings. */
    static final String SETTINGS = "marsad-ner.properties";
    /** Setting: the bias added to the score of "no entity" (see {@link NerDecoder}). */
    static final String OTHER_BIAS = "decoder.otherBias";
    /** Setting prefix: the bias added to the score of starting an entity of a type ({@code decoder.startBias.ORG}). */
    static final String START_BIAS = "decoder.startBias.";

    static {
        Extensions.register();
    }

    private final TokenNameFinderModel model;
    private final NerDecoder decoder;
    private final Properties settings;
    private final ThreadLocal<ArabicNerFeatures> features;
    private final java.util.Set<String> types;

    private NerModel(TokenNameFinderModel model, NerDecoder decoder) {
        this(model, decoder, null);
    }

    private NerModel(TokenNameFinderModel model, NerDecoder decoder, java.util.Set<String> types) {
        this.model = model;
        this.types = types == null ? null : java.util.Set.copyOf(types);
        Properties p = model.getArtifact(SETTINGS);
        this.settings = p == null ? new Properties() : p;
        this.decoder = decoder;
        this.features = ThreadLocal.withInitial(
                () -> ((ArabicContextGenerator) model.getFactory().createContextGenerator()).features());
    }

    private NerModel(TokenNameFinderModel model) {
        this(model, new NerDecoder(model.<AbstractModel>getArtifact("nameFinder.model"), bias(model), typeBias(model)));
    }

    private static double bias(TokenNameFinderModel model) {
        Properties p = model.getArtifact(SETTINGS);
        return p == null ? 0 : Double.parseDouble(p.getProperty(OTHER_BIAS, "0"));
    }

    private static java.util.Map<String, Double> typeBias(TokenNameFinderModel model) {
        Properties p = model.getArtifact(SETTINGS);
        java.util.Map<String, Double> m = new java.util.TreeMap<>();
        if (p != null) {
            for (String k : p.stringPropertyNames()) {
                if (k.startsWith(START_BIAS)) {
                    m.put(k.substring(START_BIAS.length()), Double.parseDouble(p.getProperty(k)));
                }
            }
        }
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
        TokenNameFinderModel m = new TokenNameFinderModel(new BufferedInputStream(in));
        if (!(m.getFactory() instanceof ArabicNameFinderFactory)) {
            throw new IOException("not a Marsad NER model (factory " + m.getFactory().getClass().getName() + ")");
        }
        return new NerModel(m);
    }

    /** Reads a model file. */
    public static NerModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read NER model " + file + ": " + e.getMessage(), e);
        }
    }

    /** Wraps a freshly trained model after a round trip through its serialized form. */
    static NerModel roundTrip(TokenNameFinderModel trained) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.serialize(bytes);
        return read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    /** The same model decoded with another bias for "no entity" (for choosing it on a dev set). */
    public NerModel withOtherBias(double bias) {
        return new NerModel(model, decoder.withBias(bias, typeBias(model)), types);
    }

    /** The same model decoded with these biases (for choosing them on a dev set). */
    public NerModel withBias(double otherBias, java.util.Map<String, Double> startBias) {
        return new NerModel(model, decoder.withBias(otherBias, startBias), types);
    }

    /** The same model reporting only entities of these types (for scoring a subset of types). */
    public NerModel onlyTypes(java.util.Set<String> only) {
        return new NerModel(model, decoder, only);
    }

    /** A setting recorded in the model file (training command, data, decoder bias), or null. */
    public String setting(String key) {
        return settings.getProperty(key);
    }

    /**
     * Writes the model. OpenNLP's zip entries are rewritten in name order with a fixed time, so
     * that the same model always gives the same bytes.
     */
    public void write(OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        model.serialize(raw);
        java.util.TreeMap<String, byte[]> entries = new java.util.TreeMap<>();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                byte[] b = zin.readAllBytes();
                if (e.getName().endsWith(".properties")) {
                    b = withoutComments(b);
                }
                entries.put(e.getName(), b);
            }
        }
        ZipOutputStream zout = new ZipOutputStream(out);
        for (java.util.Map.Entry<String, byte[]> e : entries.entrySet()) {
            ZipEntry z = new ZipEntry(e.getKey());
            z.setTime(315532800000L); // 1980-01-01, the earliest zip time
            zout.putNextEntry(z);
            zout.write(e.getValue());
            zout.closeEntry();
        }
        zout.finish();
    }

    /**
     * Properties files carry a date comment and OpenNLP's manifest a training timestamp; dropping
     * both keeps the bytes stable (OpenNLP only writes the timestamp, it never reads it).
     */
    private static byte[] withoutComments(byte[] properties) {
        String text = new String(properties, java.nio.charset.StandardCharsets.ISO_8859_1);
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#") && !line.startsWith("Timestamp=")) {
                b.append(line).append('\n');
            }
        }
        return b.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
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
