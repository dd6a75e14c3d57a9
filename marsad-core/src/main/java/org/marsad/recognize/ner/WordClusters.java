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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word classes induced from unlabelled text ({@link ClusterInducer}): for each word (a clitic-stripped
 * stem), its class at a few granularities, coarse to fine. The features use each granularity as a
 * separate feature, so a word unseen in the labelled data still shares weights with the words of
 * its class. Serialized as UTF-8 lines {@code word<TAB>class1 class2 ...}, sorted by word.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordClusters implements SerializableArtifact {
    private static final WordClusters EMPTY = new WordClusters(Map.of());
    private final Map<String, String[]> classes;

    public WordClusters(Map<String, List<String>> classes) {
        Map<String, String[]> m = new HashMap<>(classes.size() * 2);
        for (Map.Entry<String, List<String>> e : classes.entrySet()) {
            m.put(e.getKey(), e.getValue().toArray(new String[0]));
        }
        this.classes = m;
    }

    public static WordClusters empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return classes.isEmpty();
    }

    public int size() {
        return classes.size();
    }

    /** The classes of a word, coarse to fine; empty when the word was not clustered. */
    public List<String> classes(String word) {
        String[] c = classes.get(word);
        return c == null ? List.of() : List.of(c);
    }

    /** Adds {@code prefix + granularity + "=" + class} for each granularity of the word's classes. */
    void addFeatures(List<String> features, String prefix, String word) {
        String[] c = classes.get(word);
        if (c == null) {
            features.add(prefix + "=?");
            return;
        }
        for (int i = 0; i < c.length; i++) {
            features.add(prefix + i + "=" + c[i]);
        }
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes the {@code word<TAB>classes} form. */
    public static final class Serializer implements ArtifactSerializer<WordClusters> {
        @Override
        public WordClusters create(InputStream in) throws IOException {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<String>> m = new HashMap<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0 || tab == line.length() - 1) {
                    throw new IOException("word cluster line " + n + ": expected word<TAB>classes: " + line);
                }
                m.put(line.substring(0, tab), List.of(line.substring(tab + 1).split(" ")));
            }
            return new WordClusters(m);
        }

        @Override
        public void serialize(WordClusters c, OutputStream out) throws IOException {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Map.Entry<String, String[]> e : new TreeMap<>(c.classes).entrySet()) {
                w.write(e.getKey() + "\t" + String.join(" ", e.getValue()) + "\n");
            }
            w.flush();
        }
    }

    /** For {@link ClusterInducer}: builds from parallel arrays. */
    static WordClusters of(List<String> words, List<List<String>> classes) {
        Map<String, List<String>> m = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            m.put(words.get(i), new ArrayList<>(classes.get(i)));
        }
        return new WordClusters(m);
    }
}
