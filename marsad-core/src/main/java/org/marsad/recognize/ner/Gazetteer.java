package org.marsad.recognize.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * at run time every entry counts. {@link NerModel} stores the entries; the sentence-to-fold map is
 * for training only and is not stored.
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteer {
    /** A phrase's type and the fold it came from. */
    public record Entry(String type, int fold, String phrase) {
        public Entry {
            if (type.isBlank() || type.indexOf('\t') >= 0 || phrase.indexOf('\t') >= 0 || phrase.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("bad gazetteer entry: " + type + " / " + phrase);
            }
        }
    }

    private final List<Entry> entries;
    /** An entry with its two labels, built once ({@code B-TYPE}, {@code I-TYPE}). */
    private record Labelled(Entry entry, String begin, String inside) {
    }

    private final PhraseMatcher<Labelled> matcher;
    private final Map<String, Integer> sentenceFolds;

    public Gazetteer(List<Entry> entries) {
        this(entries, Map.of());
    }

    private Gazetteer(List<Entry> entries, Map<String, Integer> sentenceFolds) {
        this.entries = List.copyOf(entries);
        this.sentenceFolds = Map.copyOf(sentenceFolds);
        Map<String, String[]> labels = new java.util.HashMap<>();
        for (Entry e : this.entries) {
            labels.computeIfAbsent(e.type(), t -> new String[] {"B-" + t, "I-" + t});
        }
        PhraseMatcher.Builder<Labelled> b = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        Set<Entry> added = new java.util.HashSet<>();
        for (Entry e : this.entries) {
            // every fold counts at run time: one entry per type and phrase is enough, and faster to match
            Entry x = this.sentenceFolds.isEmpty() ? new Entry(e.type(), -1, e.phrase()) : e;
            if (added.add(x)) {
                String[] bi = labels.get(e.type());
                b.add(x.phrase(), new Labelled(x, bi[0], bi[1]));
            }
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
        for (PhraseMatcher.Match<Labelled> m : matcher.findAll(tokens)) {
            for (Labelled x : m.values()) {
                if (x.entry().fold() >= 0 && x.entry().fold() == hidden) {
                    continue;
                }
                for (int t = m.first(); t <= m.last(); t++) {
                    String label = t == m.first() ? x.begin() : x.inside();
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
}
