package org.marsad.recognize.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.marsad.document.Token;

/**
 * The recognizer's features for one token of a sentence of normalized tokens. Groups (each can be
 * switched off for experiments):
 * <ol>
 *   <li>{@code word}: the token, its form without the article, every clitic-stripped candidate
 *       stem ({@code Clitics.stems}), the clitics stripped to reach the last one («وال»، «ب»),
 *       its shape ({@link WordAnalysis#shape}) and length;</li>
 *   <li>{@code affix}: the first 2 and 3 letters and the last 1, 2 and 3 letters of the stem
 *       (nisba «ي», plurals «ون», «ات», name parts «عبد», «ابو»);</li>
 *   <li>{@code window}: the tokens and stems two before and two after, and the shapes next to it;</li>
 *   <li>{@code bigram}: the stem pairs (previous, this) and (this, next);</li>
 *   <li>{@code gazetteer}: the {@link Gazetteer} labels of the token and of the two tokens on
 *       either side ({@code B-PERS}, {@code I-wLOC}, {@code B-TITLE}, ...), and the token's own
 *       labels joined with its shape and with its clitics (a person's name takes no article);</li>
 *   <li>{@code position}: first token of the sentence;</li>
 *   <li>with {@link WordClusters}: {@code clusters}, the word's class at each granularity, and
 *       {@code clusterWindow}, the class of each word of the window at the middle one.</li>
 * </ol>
 * The previous decision is added by {@link #addPrevious}: alone, with the stem and with the shape.
 *
 * <p>Not thread-safe: it caches the analysis of the sentence it last saw; {@link NerModel} keeps
 * one instance per thread.
 */
public final class ArabicNerFeatures {
    static final String START = "<s>";
    static final String END = "</s>";
    private static final String[] W = prefixes("w");
    private static final String[] S = prefixes("s");
    private static final String[] SH = prefixes("sh");
    private static final String[] G = prefixes("g");

    private static final String[] K = {"k0=", "k1=", "k2=", "k3=", "k4="};
    private static final String[] KW = prefixes("kw");

    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final Set<String> off;
    private final int window;

    private String[] cached;
    private WordAnalysis[] words;
    private List<List<String>> gaz;

    /**
     * @param gazetteer the lists (may be empty)
     * @param window    how many tokens on each side the window features look at (1 or 2)
     * @param off       names of feature groups to leave out
     */
    public ArabicNerFeatures(Gazetteer gazetteer, int window, Set<String> off) {
        this(gazetteer, WordClusters.empty(), window, off);
    }

    /**
     * @param clusters  word classes learnt from unlabelled text ({@code clusters} group: the word's
     *                  class at every granularity, and the neighbours' classes at the middle one)
     */
    public ArabicNerFeatures(Gazetteer gazetteer, WordClusters clusters, int window, Set<String> off) {
        this.clusters = clusters;
        if (window < 0 || window > 2) {
            throw new IllegalArgumentException("window must be 0, 1 or 2: " + window);
        }
        this.gazetteer = gazetteer;
        this.window = window;
        this.off = Set.copyOf(off);
    }

    private static String[] prefixes(String name) {
        String[] p = new String[5];
        for (int j = -2; j <= 2; j++) {
            p[j + 2] = name + "[" + j + "]=";
        }
        return p;
    }

    /** Appends the feature strings of token {@code index} (for tests and inspection). */
    public void createFeatures(List<String> features, String[] tokens, int index) {
        emit(FeatureSink.strings(features), tokens, index);
    }

    /** Puts the features of token {@code index} into {@code sink}: {@link #emitWord}, {@link #emitNeighbor} for each window position, {@link #emitContext}. */
    void emit(FeatureSink sink, String[] tokens, int index) {
        if (tokens != cached) {
            analyze(tokens);
        }
        emitWord(sink, words[index]);
        for (int j = -2; j <= 2; j++) {
            if (j != 0) {
                int t = index + j;
                emitNeighbor(sink, j, t < 0 || t >= words.length ? null : words[t]);
            }
        }
        emitContext(sink, index);
    }

    /** The features of a word by itself ({@code bias}, groups {@code word} and {@code affix}): the same wherever it stands. */
    void emitWord(FeatureSink sink, WordAnalysis w) {
        sink.add("bias", "");
        if (!off.contains("word")) {
            sink.add("w=", w.norm());
            if (!w.key().equals(w.norm())) {
                sink.add("k=", w.key());
            }
            List<String> stems = w.token().stems();
            for (int j = 1; j < stems.size(); j++) {
                sink.add("s=", stems.get(j));
            }
            if (stems.size() <= 1) {
                sink.add("s=", w.stem());
            }
            sink.add("c=", w.clitics());
            sink.add("sh=", w.shape());
            sink.add("len=", LENGTHS[Math.min(w.norm().length(), 8)]);
        }
        if (!clusters.isEmpty() && !off.contains("clusters")) {
            String[] c = clusters.of(w.stem());
            for (int level = 0; level < c.length; level++) {
                sink.add(K[level], c[level]);
            }
        }
        if (!off.contains("affix") && w.token().kind() == Token.Kind.WORD) {
            String s = w.stem();
            int n = s.length();
            if (n >= 3) {
                sink.add("p2=", s, 0, 2);
                sink.add("x1=", s, n - 1, n);
                sink.add("x2=", s, n - 2, n);
            }
            if (n >= 4) {
                sink.add("p3=", s, 0, 3);
                sink.add("x3=", s, n - 3, n);
            }
        }
    }

    /**
     * The window features ({@code window} group) that a word {@code j} tokens away (j = ±1, ±2)
     * gives the token: its form, its stem, and next to it its shape; {@code null} is the edge of
     * the sentence. Nothing beyond the window.
     */
    void emitNeighbor(FeatureSink sink, int j, WordAnalysis neighbor) {
        if (off.contains("window") || j == 0 || Math.abs(j) > window) {
            return;
        }
        String edge = j < 0 ? START : END;
        sink.add(W[j + 2], neighbor == null ? edge : neighbor.norm());
        sink.add(S[j + 2], neighbor == null ? edge : neighbor.stem());
        if (j == -1 || j == 1) {
            sink.add(SH[j + 2], neighbor == null ? edge : neighbor.shape());
        }
        if (!clusters.isEmpty() && !off.contains("clusterWindow")) {
            int level = Math.min(1, clusters.levels() - 1);
            sink.add(KW[j + 2], neighbor == null ? edge : clusters.of(neighbor.stem())[level]);
        }
    }

    /** The features that depend on the sentence around the token: stem bigrams, gazetteer labels, position. */
    void emitContext(FeatureSink sink, int index) {
        WordAnalysis w = words[index];
        if (!off.contains("bigram")) {
            sink.add("ss-=", stem(index - 1), w.stem());
            sink.add("ss+=", w.stem(), stem(index + 1));
        }
        if (!off.contains("gazetteer")) {
            for (int j = -2; j <= 2; j++) {
                int t = index + j;
                if (t < 0 || t >= words.length) {
                    continue;
                }
                for (String label : gaz.get(t)) {
                    sink.add(G[j + 2], label);
                    if (j == 0) {
                        sink.add("gsh=", label, w.shape());
                        sink.add("gc=", label, w.clitics());
                    }
                }
            }
        }
        if (!off.contains("position") && index == 0) {
            sink.add("bos", "");
        }
    }

    private static final String[] LENGTHS = {"0", "1", "2", "3", "4", "5", "6", "7", "8"};

    /**
     * Features of the previous decision: the previous outcome alone, with this token's stem and
     * with its shape. Call after {@link #createFeatures} for the same sentence.
     */
    void addPrevious(List<String> features, int index, String previous) {
        WordAnalysis w = words[index];
        features.add(PREVIOUS + previous);
        features.add(PREVIOUS_STEM + previous + "|" + w.stem());
        features.add(PREVIOUS_SHAPE + previous + "|" + w.shape());
    }

    static final String PREVIOUS = "po=";
    static final String PREVIOUS_STEM = "pos=";
    static final String PREVIOUS_SHAPE = "posh=";

    /**
     * Analyzes a sentence now, even if it is the same array as last time (a caller may have
     * refilled it); the tagger calls this before each sentence.
     */
    void prepare(String[] tokens) {
        analyze(tokens);
    }

    /** The analysis of a token of the sentence last given to {@link #createFeatures}. */
    WordAnalysis word(int index) {
        return words[index];
    }

    private void analyze(String[] tokens) {
        words = new WordAnalysis[tokens.length];
        List<Token> toks = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            words[i] = WordAnalysis.of(tokens[i]);
            toks.add(words[i].token());
        }
        gaz = off.contains("gazetteer") ? Collections.nCopies(tokens.length, List.of()) : gazetteer.labels(tokens, toks);
        cached = tokens;
    }


    private String stem(int i) {
        return i < 0 ? START : i >= words.length ? END : words[i].stem();
    }

}
