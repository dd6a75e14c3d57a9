package org.marsad.recognize.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the weights of a first-order sequence model with the averaged structured perceptron
 * (Collins 2002). What it does, in order:
 * <ol>
 *   <li>computes every token's features once ({@link ArabicNerFeatures}; only the previous-label
 *       features depend on the tagging, and they are looked up per previous label), giving each
 *       distinct feature hash a row of one weight per outcome;</li>
 *   <li>for each iteration, visits the sentences in an order shuffled with the seed, finds the
 *       best tagging under the current weights with {@link NerDecoder}'s constraints (Viterbi),
 *       and, where it differs from the gold tagging, adds 1 to the weights of the gold tagging's
 *       features and subtracts 1 from those of the predicted one, at the tokens where the label or
 *       the previous label differ;</li>
 *   <li>(with a cutoff) drops the token features seen at too few tokens;</li>
 *   <li>returns the average of the weights over all visits (which generalizes far better than
 *       the last weights), dropping features whose averaged weights are all zero.</li>
 * </ol>
 * Deterministic for a given seed; one thread.
 */
final class SequencePerceptron {
    private final String[] outcomes;
    private final int k;
    private final int other;
    private final int[] typeOf;
    private final boolean[] cont;
    private final Map<Long, Integer> ids = new HashMap<>();
    private final List<Long> hashes = new ArrayList<>();

    /** One sentence: its label-independent feature rows and the rows of its previous-label features. */
    private record Item(int[][] features, int[][] prevStem, int[][] prevShape, int[] gold) {
    }

    /** @param outcomes {@code other}, then {@code TYPE-start}, {@code TYPE-cont} names */
    SequencePerceptron(String[] outcomes) {
        this.outcomes = outcomes.clone();
        this.k = outcomes.length;
        this.typeOf = new int[k];
        this.cont = new boolean[k];
        int o = -1;
        Map<String, Integer> typeIds = new HashMap<>();
        for (int y = 0; y < k; y++) {
            if (outcomes[y].equals(NerDecoder.OTHER)) {
                o = y;
                typeOf[y] = -1;
            } else {
                String t = outcomes[y].substring(0, outcomes[y].lastIndexOf('-'));
                typeOf[y] = typeIds.computeIfAbsent(t, x -> typeIds.size());
                cont[y] = outcomes[y].endsWith(NerDecoder.CONT);
            }
        }
        this.other = o;
    }

    private int id(long hash) {
        Integer id = ids.get(hash);
        if (id == null) {
            id = hashes.size();
            ids.put(hash, id);
            hashes.add(hash);
        }
        return id;
    }

    /**
     * @param sentences normalized pieces of each sentence
     * @param gold      the gold outcome index of each piece
     * @param features  the feature generator (with the training gazetteer, folds hidden)
     */
    WeightTable train(List<String[]> sentences, List<int[]> gold, ArabicNerFeatures features, int iterations, long seed) {
        return train(sentences, gold, features, iterations, seed, 1);
    }

    /**
     * As above; a feature of a token's own or window features ({@link ArabicNerFeatures#emit})
     * seen at fewer than {@code cutoff} tokens of the training data is left out (it gets no
     * weight), which makes the model smaller (cutoff 3: about a quarter fewer bytes). The
     * previous-outcome features are always kept.
     */
    WeightTable train(List<String[]> sentences, List<int[]> gold, ArabicNerFeatures features, int iterations, long seed,
                      int cutoff) {
        List<Item> items = new ArrayList<>(sentences.size());
        int[] transition = new int[k];
        for (int p = 0; p < k; p++) {
            transition[p] = id(WeightTable.hash(ArabicNerFeatures.PREVIOUS, outcomes[p]));
        }
        List<Long> buffer = new ArrayList<>(128);
        FeatureSink sink = new FeatureSink() {
            @Override
            public void add(String prefix, String value) {
                buffer.add(WeightTable.hash(prefix, value));
            }

            @Override
            public void add(String prefix, String a, String b) {
                buffer.add(WeightTable.hash(prefix, a, b));
            }
        };
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            int n = tokens.length;
            int[][] f = new int[n][];
            int[][] ps = new int[n][k];
            int[][] psh = new int[n][k];
            features.prepare(tokens);
            for (int i = 0; i < n; i++) {
                buffer.clear();
                features.emit(sink, tokens, i);
                f[i] = buffer.stream().mapToInt(this::id).toArray(); // repeats count twice, as when tagging
                WordAnalysis w = features.word(i);
                for (int p = 0; p < k; p++) {
                    ps[i][p] = id(WeightTable.hash(ArabicNerFeatures.PREVIOUS_STEM, outcomes[p], w.stem()));
                    psh[i][p] = id(WeightTable.hash(ArabicNerFeatures.PREVIOUS_SHAPE, outcomes[p], w.shape()));
                }
            }
            items.add(new Item(f, ps, psh, gold.get(s)));
        }
        int rows = hashes.size();
        if (cutoff > 1) {
            int[] seen = new int[rows];
            for (Item item : items) {
                for (int[] f : item.features()) {
                    for (int x : f) {
                        seen[x]++;
                    }
                }
            }
            for (Item item : items) {
                int[][] f = item.features();
                for (int i = 0; i < f.length; i++) {
                    f[i] = Arrays.stream(f[i]).filter(x -> seen[x] >= cutoff).toArray();
                }
            }
        }
        float[] w = new float[rows * k];
        double[] sum = new double[rows * k]; // c * each update, for averaging
        List<Integer> order = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        long c = 1;
        for (int it = 0; it < iterations; it++) {
            Collections.shuffle(order, random);
            for (int index : order) {
                Item item = items.get(index);
                int[] predicted = viterbi(item, w, transition);
                if (!Arrays.equals(predicted, item.gold())) {
                    update(item, item.gold(), predicted, w, sum, c, transition);
                }
                c++;
            }
        }
        List<Long> kept = new ArrayList<>();
        List<float[]> keptRows = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            float[] row = new float[k];
            boolean any = false;
            for (int y = 0; y < k; y++) {
                row[y] = (float) (w[r * k + y] - sum[r * k + y] / c);
                any |= row[y] != 0;
            }
            if (any) {
                kept.add(hashes.get(r));
                keptRows.add(row);
            }
        }
        Integer[] byHash = new Integer[kept.size()];
        for (int i = 0; i < byHash.length; i++) {
            byHash[i] = i;
        }
        Arrays.sort(byHash, (a, b) -> Long.compare(kept.get(a), kept.get(b)));
        long[] f = new long[byHash.length];
        float[] weights = new float[byHash.length * k];
        for (int i = 0; i < byHash.length; i++) {
            f[i] = kept.get(byHash[i]);
            System.arraycopy(keptRows.get(byHash[i]), 0, weights, i * k, k);
        }
        return new WeightTable(f, weights, k);
    }

    private boolean allowed(int p, int y, int i) {
        if (!cont[y]) {
            return true;
        }
        return i > 0 && p != other && typeOf[p] == typeOf[y];
    }

    private int[] viterbi(Item item, float[] w, int[] transition) {
        int n = item.features().length;
        double[][] best = new double[n][k];
        int[][] back = new int[n][k];
        double[] local = new double[k];
        for (int i = 0; i < n; i++) {
            Arrays.fill(local, 0);
            for (int f : item.features()[i]) {
                int base = f * k;
                for (int y = 0; y < k; y++) {
                    local[y] += w[base + y];
                }
            }
            Arrays.fill(best[i], Double.NEGATIVE_INFINITY);
            int prevCount = i == 0 ? 1 : k;
            for (int pi = 0; pi < prevCount; pi++) {
                int p = i == 0 ? other : pi;
                double before = i == 0 ? 0 : best[i - 1][p];
                if (before == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                int tr = transition[p] * k;
                int st = item.prevStem()[i][p] * k;
                int sh = item.prevShape()[i][p] * k;
                for (int y = 0; y < k; y++) {
                    if (!allowed(p, y, i)) {
                        continue;
                    }
                    double s = before + local[y] + w[tr + y] + w[st + y] + w[sh + y];
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
        return path;
    }

    private void update(Item item, int[] gold, int[] predicted, float[] w, double[] sum, long c, int[] transition) {
        for (int i = 0; i < gold.length; i++) {
            int g = gold[i];
            int p = predicted[i];
            int gp = i == 0 ? other : gold[i - 1];
            int pp = i == 0 ? other : predicted[i - 1];
            if (g != p) {
                for (int f : item.features()[i]) {
                    bump(w, sum, f * k + g, 1, c);
                    bump(w, sum, f * k + p, -1, c);
                }
            }
            if (g != p || gp != pp) {
                bump(w, sum, transition[gp] * k + g, 1, c);
                bump(w, sum, transition[pp] * k + p, -1, c);
                bump(w, sum, item.prevStem()[i][gp] * k + g, 1, c);
                bump(w, sum, item.prevStem()[i][pp] * k + p, -1, c);
                bump(w, sum, item.prevShape()[i][gp] * k + g, 1, c);
                bump(w, sum, item.prevShape()[i][pp] * k + p, -1, c);
            }
        }
    }

    private static void bump(float[] w, double[] sum, int at, int delta, long c) {
        w[at] += delta;
        sum[at] += (double) c * delta;
    }
}
