package org.marsad.recognize.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;
import org.marsad.document.Token;
import org.marsad.text.PhraseMatcher;

/**
 * Typed phrase lists that the recognizer's features consult: names seen in the training split
 * ({@code PERS}, {@code LOC}, ...), the words of those names ({@code wPERS}, ...), and cue words
 * such as titles before a person ({@code TITLE}). Phrases are matched with {@link PhraseMatcher},
 * so clitics on the text words do not prevent a match («وبغداد» matches «بغداد»).
 *
 * <p>Each entry carries the training fold it was taken from ({@code -1}: not from training data).
 * While training, a sentence of fold {@code k} sees only entries from other folds, so the model
 * learns how far a list seen in training can be trusted on names it has not seen (jackknifing);
 * at run time every entry counts. Serialized as UTF-8 lines {@code TYPE<TAB>FOLD<TAB>phrase};
 * the sentence-to-fold map is for training only and is not serialized.
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteer implements SerializableArtifact {
    /** A phrase's type and the fold it came from. */
    public record Entry(String type, int fold, String phrase) {
        public Entry {
            if (type.isBlank() || type.indexOf('\t') >= 0 || phrase.indexOf('\t') >= 0 || phrase.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("bad gazetteer entry: " + type + " / " + phrase);
            }
        }
    }

    private final List<Entry> entries;
    private final PhraseMatcher<Entry> matcher;
    private final Map<String, Integer> sentenceFolds;

    public Gazetteer(List<Entry> entries) {
        this(entries, Map.of());
    }

    private Gazetteer(List<Entry> entries, Map<String, Integer> sentenceFolds) {
        this.entries = List.copyOf(entries);
        this.sentenceFolds = Map.copyOf(sentenceFolds);
        PhraseMatcher.Builder<Entry> b = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        for (Entry e : this.entries) {
            b.add(e.phrase(), e);
        }
        this.matcher = b.build();
    }

    /** A copy that hides, from each sentence listed in {@code sentenceFolds}, its own fold's entries. */
    public Gazetteer withSentenceFolds(Map<String, Integer> sentenceFolds) {
        return new Gazetteer(entries, sentenceFolds);
    }

    /** The key under which a sentence is listed in the fold map. */
    public static String sentenceKey(String[] tokens) {
        return String.join("\u0001", tokens);
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The labels of each token: {@code B-TYPE} for the first token of a matched phrase,
     * {@code I-TYPE} for the others, without repeats. Entries from the sentence's own training
     * fold are ignored.
     */
    public List<List<String>> labels(String[] sentence, List<Token> tokens) {
        List<List<String>> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(Collections.emptyList());
        }
        if (entries.isEmpty()) {
            return out;
        }
        int hidden = sentenceFolds.isEmpty() ? -1 : sentenceFolds.getOrDefault(sentenceKey(sentence), -1);
        for (PhraseMatcher.Match<Entry> m : matcher.findAll(tokens)) {
            for (Entry e : m.values()) {
                if (e.fold() >= 0 && e.fold() == hidden) {
                    continue;
                }
                for (int t = m.first(); t <= m.last(); t++) {
                    String label = (t == m.first() ? "B-" : "I-") + e.type();
                    List<String> l = out.get(t);
                    if (l.isEmpty()) {
                        l = new ArrayList<>(2);
                        out.set(t, l);
                    }
                    if (!l.contains(label)) {
                        l.add(label);
                    }
                }
            }
        }
        return out;
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes the {@code TYPE<TAB>FOLD<TAB>phrase} form. */
    public static final class Serializer implements ArtifactSerializer<Gazetteer> {
        @Override
        public Gazetteer create(InputStream in) throws IOException {
            // the stream is a zip entry: read it without closing it
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> entries = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                if (f.length != 3) {
                    throw new IOException("gazetteer line " + n + ": expected TYPE<TAB>FOLD<TAB>phrase: " + line);
                }
                try {
                    entries.add(new Entry(f[0], Integer.parseInt(f[1]), f[2]));
                } catch (IllegalArgumentException e) {
                    throw new IOException("gazetteer line " + n + ": " + e.getMessage(), e);
                }
            }
            return new Gazetteer(entries);
        }

        @Override
        public void serialize(Gazetteer g, OutputStream out) throws IOException {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Entry e : g.entries) {
                w.write(e.type() + "\t" + e.fold() + "\t" + e.phrase() + "\n");
            }
            w.flush();
        }
    }
}
