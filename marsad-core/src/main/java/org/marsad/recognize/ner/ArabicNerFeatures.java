package org.marsad.recognize.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
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
 *   <li>{@code chars}: the letter trigrams of the stem, with its edges marked (transliterated
 *       foreign names have letter sequences that Arabic words rarely have);</li>
 *   <li>{@code window}: the tokens and stems two before and two after, and the shapes next to it;</li>
 *   <li>{@code bigram}: the stem pairs (previous, this) and (this, next);</li>
 *   <li>{@code gazetteer}: the {@link Gazetteer} labels of the token and of the two tokens on
 *       either side ({@code B-PERS}, {@code I-wLOC}, {@code B-TITLE}, ...), alone and joined with
 *       the token's shape;</li>
 *   <li>{@code clusters}: the {@link WordClusters} path prefixes of the token and its neighbours;</li>
 *   <li>{@code position}: first token of the sentence.</li>
 * </ol>
 * The previous decision is added by {@link #addPrevious}: alone, with the stem and with the shape.
 *
 * <p>Not thread-safe: it caches the analysis of the sentence it last saw; OpenNLP creates one
 * instance per name finder, and {@link NerModel} keeps one name finder per thread.
 */
public final class ArabicNerFeatures implements AdaptiveFeatureGenerator {
    static final String START = "<s>";
    static final String END = "</s>";

    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final Set<String> off;
    private final int window;

    private String[] cached;
    private WordAnalysis[] words;
    private List<List<String>> gaz;

    /**
     * @param gazetteer the lists (may be empty)
     * @param clusters  word clusters (may be empty)
     * @param window    how many tokens on each side the window features look at (1 or 2)
     * @param off       names of feature groups to leave out
     */
    public ArabicNerFeatures(Gazetteer gazetteer, WordClusters clusters, int window, Set<String> off) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.window = window;
        this.off = Set.copyOf(off);
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cached) {
            analyze(tokens);
        }
        WordAnalysis w = words[index];
        features.add("bias");
        if (!off.contains("word")) {
            features.add("w=" + w.norm());
            if (!w.key().equals(w.norm())) {
                features.add("k=" + w.key());
            }
            List<String> stems = w.token().stems();
            for (int j = 1; j < stems.size(); j++) {
                features.add("s=" + stems.get(j));
            }
            if (stems.size() <= 1) {
                features.add("s=" + w.stem());
            }
            features.add("c=" + w.clitics());
            features.add("sh=" + w.shape());
            features.add("len=" + Math.min(w.norm().length(), 8));
        }
        if (!off.contains("affix") && w.token().kind() == Token.Kind.WORD) {
            String s = w.stem();
            int n = s.length();
            if (n >= 3) {
                features.add("p2=" + s.substring(0, 2));
                features.add("x1=" + s.substring(n - 1));
                features.add("x2=" + s.substring(n - 2));
            }
            if (n >= 4) {
                features.add("p3=" + s.substring(0, 3));
                features.add("x3=" + s.substring(n - 3));
            }
        }
        if (!off.contains("chars") && w.token().kind() == Token.Kind.WORD) {
            String s = "^" + w.stem() + "$";
            for (int k = 0; k + 3 <= s.length(); k++) {
                features.add("c3=" + s.substring(k, k + 3));
            }
        }
        if (!off.contains("window")) {
            for (int j = -window; j <= window; j++) {
                if (j == 0) {
                    continue;
                }
                features.add("w[" + j + "]=" + norm(index + j));
                features.add("s[" + j + "]=" + stem(index + j));
                if (j == -1 || j == 1) {
                    features.add("sh[" + j + "]=" + shape(index + j));
                }
            }
        }
        if (!off.contains("bigram")) {
            features.add("ss-=" + stem(index - 1) + "|" + w.stem());
            features.add("ss+=" + w.stem() + "|" + stem(index + 1));
        }
        if (!off.contains("gazetteer")) {
            for (int j = -2; j <= 2; j++) {
                int t = index + j;
                if (t < 0 || t >= words.length) {
                    continue;
                }
                for (String label : gaz.get(t)) {
                    features.add("g[" + j + "]=" + label);
                    if (j == 0) {
                        features.add("gsh=" + label + "|" + w.shape());
                    }
                }
            }
        }
        if (!off.contains("clusters") && !clusters.isEmpty()) {
            for (int j = -1; j <= 1; j++) {
                int t = index + j;
                if (t < 0 || t >= words.length) {
                    continue;
                }
                clusters.addFeatures(features, "bc[" + j + "]", words[t].stem());
            }
        }
        if (!off.contains("position") && index == 0) {
            features.add("bos");
        }
    }

    /**
     * Features of the previous decision: the previous outcome alone, with this token's stem and
     * with its shape. Call after {@link #createFeatures} for the same sentence.
     */
    void addPrevious(List<String> features, int index, String previous) {
        WordAnalysis w = words[index];
        features.add(previousFeature(previous));
        features.add(previousStemFeature(previous, w.stem()));
        features.add(previousShapeFeature(previous, w.shape()));
    }

    static String previousFeature(String previous) {
        return "po=" + previous;
    }

    static String previousStemFeature(String previous, String stem) {
        return "pos=" + previous + "|" + stem;
    }

    static String previousShapeFeature(String previous, String shape) {
        return "posh=" + previous + "|" + shape;
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

    private String norm(int i) {
        return i < 0 ? START : i >= words.length ? END : words[i].norm();
    }

    private String stem(int i) {
        return i < 0 ? START : i >= words.length ? END : words[i].stem();
    }

    private String shape(int i) {
        return i < 0 ? START : i >= words.length ? END : words[i].shape();
    }
}
