package org.marsad.recognize.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the best tag sequence of a sentence under a trained first-order model (Viterbi) and how
 * sure it is of each entity. The outcomes are {@code other}, {@code TYPE-start} and
 * {@code TYPE-cont}. Rules:
 * <ol>
 *   <li>the score of outcome y at a token after outcome p is the sum of the weights of the token's
 *       own features (computed once; the sums of a word's own and window features are kept per
 *       word, since they do not depend on the sentence) and of its previous-decision features for p
 *       ({@link ArabicNerFeatures#addPrevious}); the best sequence maximizes the sum of the scores;</li>
 *   <li>{@code TYPE-cont} may only follow {@code TYPE-start} or {@code TYPE-cont}, and never
 *       starts a sentence;</li>
 *   <li>{@code otherBias} is added to the score of {@code other} at every token (negative values
 *       trade precision for recall), and a per-type bias to the score of {@code TYPE-start};</li>
 *   <li>an entity's confidence is its margin: the score of the best sequence minus the score of
 *       the best sequence that gives one of the entity's tokens another outcome (from max-marginals:
 *       a forward and a backward Viterbi pass), the smallest over its tokens.</li>
 * </ol>
 * Immutable and thread-safe; the feature generator passed to {@link #decode} is the caller's.
 */
final class NerDecoder {
    static final String OTHER = "other";
    static final String START = "-start";
    static final String CONT = "-cont";

    private final WeightTable weights;
    private final String[] outcomes;
    private final String[] types;
    private final boolean[] cont;
    private final int other;
    private final double otherBias;
    /** Bias of each outcome: the type's start bias on TYPE-start, 0 elsewhere. */
    private final double[] startBias;
    /** Weights of "previous outcome p" for each outcome: [p][y]. */
    private final double[][] previous;
    /**
     * Per word (its normalized form): the scores its own features give ([2]), those it gives
     * as the neighbour at offset j ([j + 2]) and those of the previous outcome p joined with its
     * stem ([5 + p]); computed on first sight, kept for up to
     * {@value #CACHED_WORDS} words (about 1 KB each with 9 outcomes: 20 MB at most). A word's scores are always summed this way, cached or not, so
     * the cache changes nothing but speed.
     */
    private final ConcurrentHashMap<String, double[][]> wordScores;
    /** The same for the sentence's edges: [0] before its start, [1] after its end. */
    private final ConcurrentHashMap<Integer, double[][]> edgeScores;
    static final int CACHED_WORDS = 20_000;
    /** The hash of "previous outcome p with the stem ..." up to the stem, per p. */
    private final long[] previousStemPrefix;
    /** Weights of "previous outcome p with this shape", per shape, computed on first use. */
    private final ConcurrentHashMap<String, double[][]> previousShape;

    NerDecoder(WeightTable weights, String[] outcomes, double otherBias, Map<String, Double> typeBias) {
        this.outcomes = outcomes.clone();
        this.weights = weights;
        int k = outcomes.length;
        if (weights.outcomes() != k) {
            throw new IllegalArgumentException("weight table has " + weights.outcomes() + " outcomes, model names " + k);
        }
        this.types = new String[k];
        this.cont = new boolean[k];
        int o = -1;
        for (int i = 0; i < k; i++) {
            String name = outcomes[i];
            if (name.equals(OTHER)) {
                o = i;
            } else if (name.endsWith(START) || name.endsWith(CONT)) {
                types[i] = name.substring(0, name.lastIndexOf('-'));
                cont[i] = name.endsWith(CONT);
            } else {
                throw new IllegalArgumentException("unexpected NER model outcome '" + name + "' (BIO models only)");
            }
        }
        if (o < 0) {
            throw new IllegalArgumentException("NER model has no '" + OTHER + "' outcome");
        }
        this.other = o;
        this.otherBias = otherBias;
        this.startBias = startBias(typeBias);
        this.previous = new double[k][k];
        for (int p = 0; p < k; p++) {
            weights.add(WeightTable.hash(ArabicNerFeatures.PREVIOUS, outcomes[p]), previous[p]);
        }
        this.previousShape = new ConcurrentHashMap<>();
        this.wordScores = new ConcurrentHashMap<>();
        this.edgeScores = new ConcurrentHashMap<>();
        this.previousStemPrefix = new long[k];
        for (int p = 0; p < k; p++) {
            previousStemPrefix[p] = WeightTable.prefix(ArabicNerFeatures.PREVIOUS_STEM, outcomes[p]);
        }
    }

    /** The outcome names of a model over these types: {@code other}, then start and cont of each. */
    static String[] outcomes(List<String> types) {
        String[] o = new String[1 + 2 * types.size()];
        o[0] = OTHER;
        for (int i = 0; i < types.size(); i++) {
            o[1 + 2 * i] = types.get(i) + START;
            o[2 + 2 * i] = types.get(i) + CONT;
        }
        return o;
    }

    private double[] startBias(Map<String, Double> typeBias) {
        double[] b = new double[outcomes.length];
        for (int y = 0; y < b.length; y++) {
            if (types[y] != null && !cont[y]) {
                b[y] = typeBias.getOrDefault(types[y], 0.0);
            }
        }
        return b;
    }

    NerDecoder withBias(double bias, Map<String, Double> typeBias) {
        return new NerDecoder(weights, outcomes, bias, typeBias);
    }

    String[] outcomes() {
        return outcomes.clone();
    }

    private double[][] previousShape(String shape) {
        double[][] m = previousShape.get(shape);
        if (m == null) {
            int k = outcomes.length;
            m = new double[k][k];
            for (int p = 0; p < k; p++) {
                weights.add(WeightTable.hash(ArabicNerFeatures.PREVIOUS_SHAPE, outcomes[p], shape), m[p]);
            }
            previousShape.putIfAbsent(shape, m);
        }
        return m;
    }

    private double[][] wordScores(ArabicNerFeatures features, WordAnalysis w) {
        double[][] v = wordScores.get(w.norm());
        if (v == null) {
            int k = outcomes.length;
            v = new double[5 + k][k];
            features.emitWord(weights.scorer(v[2]), w);
            for (int p = 0; p < k; p++) { // previous outcome p with the word's stem: [5 + p]
                weights.add(WeightTable.hash(previousStemPrefix[p], w.stem()), v[5 + p]);
            }
            for (int j = -2; j <= 2; j++) {
                if (j != 0) {
                    features.emitNeighbor(weights.scorer(v[j + 2]), j, w);
                }
            }
            if (wordScores.size() < CACHED_WORDS) {
                wordScores.putIfAbsent(w.norm(), v);
            }
        }
        return v;
    }

    private double[][] edgeScores(ArabicNerFeatures features, int side) {
        return edgeScores.computeIfAbsent(side, s -> {
            double[][] v = new double[5][outcomes.length];
            for (int j = -2; j <= 2; j++) {
                if (j != 0 && (j < 0) == (s == 0)) {
                    features.emitNeighbor(weights.scorer(v[j + 2]), j, null);
                }
            }
            return v;
        });
    }

    private static void add(double[] to, double[] v) {
        for (int y = 0; y < to.length; y++) {
            to[y] += v[y];
        }
    }

    private boolean allowed(int p, int y, int i) {
        return !cont[y] || (i > 0 && p != other && types[p].equals(types[y]));
    }

    List<NerSpan> decode(ArabicNerFeatures features, String[] tokens) {
        int n = tokens.length;
        int k = outcomes.length;
        if (n == 0) {
            return List.of();
        }
        // score[i][p*k+y]: the score of y at i after p (p = other at i = 0)
        double[][] score = new double[n][k * k];
        double[] base = new double[k];
        double[] local = new double[k];
        FeatureSink scorer = weights.scorer(base);
        features.prepare(tokens);
        double[][][] own = new double[n][][];
        for (int i = 0; i < n; i++) {
            own[i] = wordScores(features, features.word(i));
        }
        double[][] start = edgeScores(features, 0);
        double[][] end = edgeScores(features, 1);
        for (int i = 0; i < n; i++) {
            Arrays.fill(base, 0);
            add(base, own[i][2]);
            for (int j = -2; j <= 2; j++) {
                int t = i + j;
                if (j != 0) {
                    add(base, (t < 0 ? start : t >= n ? end : own[t])[j + 2]);
                }
            }
            features.emitContext(scorer, i);
            base[other] += otherBias;
            for (int y = 0; y < k; y++) {
                base[y] += startBias[y];
            }
            WordAnalysis word = features.word(i);
            double[][] byShape = previousShape(word.shape());
            for (int p = 0; p < k; p++) {
                double[] withStem = own[i][5 + p];
                for (int y = 0; y < k; y++) {
                    local[y] = base[y] + previous[p][y] + byShape[p][y] + withStem[y];
                }
                for (int y = 0; y < k; y++) {
                    score[i][p * k + y] = allowed(p, y, i) ? local[y] : Double.NEGATIVE_INFINITY;
                }
            }
        }
        double[][] alpha = new double[n][k];
        int[][] back = new int[n][k];
        for (int i = 0; i < n; i++) {
            Arrays.fill(alpha[i], Double.NEGATIVE_INFINITY);
            for (int p = 0; p < (i == 0 ? 1 : k); p++) {
                int pp = i == 0 ? other : p;
                double before = i == 0 ? 0 : alpha[i - 1][pp];
                if (before == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int y = 0; y < k; y++) {
                    double s = before + score[i][pp * k + y];
                    if (s > alpha[i][y]) {
                        alpha[i][y] = s;
                        back[i][y] = pp;
                    }
                }
            }
        }
        // beta[i][y]: best score of tokens i+1.. given y at i
        double[][] beta = new double[n][k];
        for (int i = n - 2; i >= 0; i--) {
            for (int y = 0; y < k; y++) {
                double b = Double.NEGATIVE_INFINITY;
                for (int z = 0; z < k; z++) {
                    b = Math.max(b, score[i + 1][y * k + z] + beta[i + 1][z]);
                }
                beta[i][y] = b;
            }
        }
        int y = 0;
        for (int c = 1; c < k; c++) {
            if (alpha[n - 1][c] > alpha[n - 1][y]) {
                y = c;
            }
        }
        double best = alpha[n - 1][y];
        int[] path = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            path[i] = y;
            y = back[i][y];
        }
        return spans(path, alpha, beta, best);
    }

    /** The margin of outcome path[i] at token i: best minus the best with another outcome there. */
    private double margin(int i, int label, double[][] alpha, double[][] beta, double best) {
        double second = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < alpha[i].length; y++) {
            if (y != label) {
                second = Math.max(second, alpha[i][y] + beta[i][y]);
            }
        }
        return best - second;
    }

    private List<NerSpan> spans(int[] path, double[][] alpha, double[][] beta, double best) {
        List<NerSpan> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= path.length; i++) {
            boolean continues = i < path.length && cont[path[i]];
            if (start >= 0 && !continues) {
                double m = Double.POSITIVE_INFINITY;
                for (int t = start; t < i; t++) {
                    m = Math.min(m, margin(t, path[t], alpha, beta, best));
                }
                out.add(new NerSpan(start, i, types[path[start]], m));
                start = -1;
            }
            if (i < path.length && path[i] != other && !cont[path[i]]) {
                start = i;
            }
        }
        return out;
    }
}
