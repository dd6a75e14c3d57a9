package org.marsad.recognize.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Finds the best tag sequence of a sentence under a trained first-order model (Viterbi). The
 * model's outcomes are OpenNLP's {@code TYPE-start}, {@code TYPE-cont} and {@code other}. Rules:
 * <ol>
 *   <li>a token's score for each outcome is the sum of the weights of its own features, computed
 *       once, plus the weights of the previous-decision features for each possible previous
 *       outcome ({@link ArabicNerFeatures#addPrevious});</li>
 *   <li>the scores are turned into log-probabilities per previous outcome, as OpenNLP turns them
 *       into probabilities (a perceptron's scores first divided by the largest absolute score, at
 *       least 1); the best sequence maximizes the sum of the log-probabilities;</li>
 *   <li>{@code TYPE-cont} may only follow {@code TYPE-start} or {@code TYPE-cont}, and never
 *       starts a sentence;</li>
 *   <li>{@code otherBias} is added to the score of {@code other} at every token (negative values
 *       trade precision for recall), and a per-type bias to the score of {@code TYPE-start}
 *       (to trade precision for recall on one type only).</li>
 * </ol>
 * Immutable and thread-safe; the feature generator passed to {@link #decode} is the caller's.
 */
final class NerDecoder {
    private final WeightTable weights;
    private final String[] outcomes;
    private final String[] types;
    private final boolean[] cont;
    private final int other;
    private final boolean probabilistic;
    private final double otherBias;
    /** Bias of each outcome: the type's start bias on TYPE-start, 0 elsewhere. */
    private final double[] startBias;
    /** Weights of "previous outcome p" for each outcome: [p][y]. */
    private final double[][] previous;
    /** Weights of "previous outcome p with this shape", per shape, computed on first use. */
    private final java.util.concurrent.ConcurrentHashMap<String, double[][]> previousShape;

    @SuppressWarnings("unchecked")
    NerDecoder(AbstractModel model, double otherBias, Map<String, Double> typeBias) {
        Object[] data = model.getDataStructures();
        this.outcomes = ((String[]) data[2]).clone();
        this.weights = new WeightTable((Map<String, Context>) data[1], outcomes.length);
        int k = outcomes.length;
        this.types = new String[k];
        this.cont = new boolean[k];
        int o = -1;
        for (int i = 0; i < k; i++) {
            String name = outcomes[i];
            if (name.equals(ArabicContextGenerator.OTHER)) {
                o = i;
            } else if (name.endsWith("-start") || name.endsWith("-cont")) {
                types[i] = name.substring(0, name.lastIndexOf('-'));
                cont[i] = name.endsWith("-cont");
            } else {
                throw new IllegalArgumentException("unexpected NER model outcome '" + name + "' (BIO models only)");
            }
        }
        if (o < 0) {
            throw new IllegalArgumentException("NER model has no 'other' outcome");
        }
        this.other = o;
        this.probabilistic = model.getModelType() != AbstractModel.ModelType.Perceptron;
        this.otherBias = otherBias;
        this.startBias = startBias(typeBias);
        this.previous = new double[k][k];
        for (int p = 0; p < k; p++) {
            weights.add(WeightTable.hash(ArabicNerFeatures.PREVIOUS, outcomes[p]), previous[p]);
        }
        this.previousShape = new java.util.concurrent.ConcurrentHashMap<>();
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
        return new NerDecoder(this, bias, typeBias);
    }

    private NerDecoder(NerDecoder d, double bias, Map<String, Double> typeBias) {
        this.weights = d.weights;
        this.outcomes = d.outcomes;
        this.types = d.types;
        this.cont = d.cont;
        this.other = d.other;
        this.probabilistic = d.probabilistic;
        this.otherBias = bias;
        this.startBias = startBias(typeBias);
        this.previous = d.previous;
        this.previousShape = d.previousShape;
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

    List<NerSpan> decode(ArabicNerFeatures features, String[] tokens) {
        int n = tokens.length;
        int k = outcomes.length;
        if (n == 0) {
            return List.of();
        }
        double[][] best = new double[n][k];
        int[][] back = new int[n][k];
        double[] base = new double[k];
        double[] local = new double[k];
        FeatureSink scorer = weights.scorer(base);
        features.prepare(tokens);
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(base, 0);
            features.emit(scorer, tokens, i);
            java.util.Arrays.fill(best[i], Double.NEGATIVE_INFINITY);
            WordAnalysis word = features.word(i);
            double[][] byShape = previousShape(word.shape());
            int prevCount = i == 0 ? 1 : k;
            for (int pi = 0; pi < prevCount; pi++) {
                int p = i == 0 ? other : pi;
                double before = i == 0 ? 0 : best[i - 1][p];
                if (before == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int y = 0; y < k; y++) {
                    local[y] = base[y] + previous[p][y] + byShape[p][y];
                }
                weights.add(WeightTable.hash(ArabicNerFeatures.PREVIOUS_STEM, outcomes[p], word.stem()), local);
                if (!probabilistic) {
                    scaleLikeOpenNlp(local);
                }
                logSoftmax(local);
                local[other] += otherBias;
                for (int y = 0; y < k; y++) {
                    local[y] += startBias[y];
                }
                for (int y = 0; y < k; y++) {
                    if (cont[y] && (i == 0 || p == other || !types[p].equals(types[y]))) {
                        continue;
                    }
                    double s = before + local[y];
                    if (s > best[i][y]) {
                        best[i][y] = s;
                        back[i][y] = p;
                    }
                }
            }
        }
        int y = 0;
        for (int c = 1; c < k; c++) {
            if (best[n - 1][c] > best[n - 1][y]) {
                y = c;
            }
        }
        int[] path = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            path[i] = y;
            y = back[i][y];
        }
        return spans(path);
    }

    private List<NerSpan> spans(int[] path) {
        List<NerSpan> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= path.length; i++) {
            boolean continues = i < path.length && cont[path[i]];
            if (start >= 0 && !continues) {
                out.add(new NerSpan(start, i, types[path[start]]));
                start = -1;
            }
            if (i < path.length && path[i] != other && !cont[path[i]]) {
                start = i;
            }
        }
        return out;
    }



    /** OpenNLP turns perceptron scores into probabilities after dividing them by the largest |score| (at least 1). */
    private static void scaleLikeOpenNlp(double[] s) {
        double max = 1;
        for (double v : s) {
            max = Math.max(max, Math.abs(v));
        }
        for (int i = 0; i < s.length; i++) {
            s[i] /= max;
        }
    }

    private static void logSoftmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : s) {
            sum += Math.exp(v - max);
        }
        double log = max + Math.log(sum);
        for (int i = 0; i < s.length; i++) {
            s[i] -= log;
        }
    }
}
