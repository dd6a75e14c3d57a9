package org.marsad.recognize.ner;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The weights of a trained model laid out for fast tagging: an open-addressing table from the
 * 64-bit FNV-1a hash of each feature string to a dense row of one weight per outcome. Looking a
 * feature up needs no string (the hash is computed over its parts, {@link #hash}) and touches two
 * arrays instead of a chain of objects. Two features with the same 64-bit hash would be an error
 * found when the table is built.
 *
 * <p>Immutable and thread-safe.
 */
final class WeightTable {
    static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final char SEPARATOR = '|';

    private final int outcomes;
    private final long[] keys;
    private final int[] rows;
    private final float[] weights;
    private final int mask;

    WeightTable(Map<String, Context> predicates, int outcomes) {
        this.outcomes = outcomes;
        int capacity = Integer.highestOneBit(Math.max(16, predicates.size() * 2)) << 1;
        this.keys = new long[capacity];
        this.rows = new int[capacity];
        this.mask = capacity - 1;
        this.weights = new float[predicates.size() * outcomes];
        int row = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            long h = nonZero(hash(OFFSET, e.getKey()));
            int slot = (int) (h ^ (h >>> 32)) & mask;
            while (keys[slot] != 0) {
                if (keys[slot] == h) {
                    throw new IllegalStateException("two NER features share a 64-bit hash: " + e.getKey());
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = h;
            rows[slot] = row;
            int[] ids = e.getValue().getOutcomes();
            double[] w = e.getValue().getParameters();
            for (int a = 0; a < ids.length; a++) {
                weights[row * outcomes + ids[a]] = (float) w[a];
            }
            row++;
        }
    }

    /** Continues a FNV-1a hash over the characters of {@code s}. */
    static long hash(long h, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            h ^= s.charAt(i);
            h *= PRIME;
        }
        return h;
    }

    static long hash(String prefix, String value) {
        return hash(hash(OFFSET, prefix), value);
    }

    static long hash(String prefix, String a, String b) {
        long h = hash(hash(OFFSET, prefix), a);
        h ^= SEPARATOR;
        h *= PRIME;
        return hash(h, b);
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    /** Adds the weights of the feature with this hash to {@code scores}; unknown features add nothing. */
    void add(long hash, double[] scores) {
        long h = nonZero(hash);
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long k = keys[slot];
            if (k == 0) {
                return;
            }
            if (k == h) {
                int base = rows[slot] * outcomes;
                for (int y = 0; y < outcomes; y++) {
                    scores[y] += weights[base + y];
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** A sink that adds each feature's weights to {@code scores}. */
    FeatureSink scorer(double[] scores) {
        return new FeatureSink() {
            @Override
            public void add(String prefix, String value) {
                WeightTable.this.add(hash(prefix, value), scores);
            }

            @Override
            public void add(String prefix, String a, String b) {
                WeightTable.this.add(hash(prefix, a, b), scores);
            }
        };
    }
}
