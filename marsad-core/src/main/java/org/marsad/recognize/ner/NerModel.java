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
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * A trained Arabic name finder at run time: an OpenNLP {@link TokenNameFinderModel} whose features
 * are {@link ArabicNerFeatures}, tagging sentences of normalized tokens with {@code PERS},
 * {@code ORG}, {@code LOC} and {@code MISC}. {@link NerTrainer} makes one; the standard model is
 * the class-path resource {@value #RESOURCE}, loaded once on first use.
 *
 * <p>Thread-safe: OpenNLP's {@link NameFinderME} is not, so each thread gets its own (they share
 * the read-only model).
 */
public final class NerModel {
    /** Where the standard model lives on the class path. */
    public static final String RESOURCE = "marsad/models/ner/ner-ar.bin";

    static {
        Extensions.register();
    }

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;

    private NerModel(TokenNameFinderModel model) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
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
        return new NerModel(new TokenNameFinderModel(new BufferedInputStream(in)));
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

    public void write(OutputStream out) throws IOException {
        model.serialize(out);
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
        Span[] spans = finders.get().find(norms);
        List<NerSpan> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            out.add(new NerSpan(s.getStart(), s.getEnd(), s.getType()));
        }
        return out;
    }

    /** The BIO tags of a corpus sentence (raw corpus tokens, not yet normalized). */
    public List<String> tagCorpusTokens(List<String> corpusTokens) {
        PieceAlignment a = PieceAlignment.of(corpusTokens);
        return a.corpusTags(tag(a.pieces()));
    }
}
