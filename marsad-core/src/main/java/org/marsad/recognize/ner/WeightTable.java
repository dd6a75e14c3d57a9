package org.marsad.recognize.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The weights of a trained model laid out for fast tagging: an open-addressing table from the
 * 64-bit FNV-1a hash of each feature string to a dense row of one weight per outcome. Looking a
 * feature up needs no string (the hash is computed over its parts, {@link #hash}) and touches two
 * arrays instead of a chain of objects. Features are known only by their hash: two feature strings
 * with the same 64-bit hash would share a row (about one chance in 10^8 for a million features).
 *
 * <p>Immutable and thread-safe.
 */
final class WeightTable {
    static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final char SEPARATOR = '|';

    private final int outcomes;
    /** The feature hashes in the order given (ascending in a trained table). */
    private final long[] features;
    /** The open-addressing table: the hash in each slot (0: empty) ... */
    private final long[] keys;
    /** ... and its weights at {@code slot * outcomes}: one lookup touches two arrays, no row index. */
    private final float[] slotWeights;
    private final int mask;

    /**
     * @param features the feature hashes, each once
     * @param weights  row {@code r} (weights {@code r*outcomes .. r*outcomes+outcomes-1}) belongs to {@code features[r]}
     */
    WeightTable(long[] features, float[] weights, int outcomes) {
        if (weights.length != features.length * outcomes) {
            throw new IllegalArgumentException(features.length + " features need " + features.length * outcomes
                    + " weights, found " + weights.length);
        }
        this.outcomes = outcomes;
        this.features = features.clone();
        // at most 5/8 full, so that a lookup of an unknown feature stops after a few slots
        int capacity = Integer.highestOneBit(Math.max(16, features.length * 8 / 5)) << 1;
        this.keys = new long[capacity];
        this.slotWeights = new float[capacity * outcomes];
        this.mask = capacity - 1;
        for (int row = 0; row < features.length; row++) {
            long h = nonZero(features[row]);
            int slot = slot(h);
            while (keys[slot] != 0) {
                if (keys[slot] == h) {
                    throw new IllegalArgumentException("feature hash listed twice: " + Long.toHexString(h));
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = h;
            System.arraycopy(weights, row * outcomes, slotWeights, slot * outcomes, outcomes);
        }
    }

    /** The weights of row {@code row} (the feature {@code features[row]}), copied. */
    private float[] row(int row) {
        long h = nonZero(features[row]);
        int slot = slot(h);
        while (keys[slot] != h) {
            slot = (slot + 1) & mask;
        }
        float[] w = new float[outcomes];
        System.arraycopy(slotWeights, slot * outcomes, w, 0, outcomes);
        return w;
    }

    /** All weights, row by row in the order of {@link #features}. */
    private float[] weights() {
        float[] w = new float[features.length * outcomes];
        for (int r = 0; r < features.length; r++) {
            System.arraycopy(row(r), 0, w, r * outcomes, outcomes);
        }
        return w;
    }

    int outcomes() {
        return outcomes;
    }

    int size() {
        return features.length;
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 32)) & mask;
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
        return hash(prefix(prefix, a), b);
    }

    /** The hash of {@code prefix + a + "|"}, to be continued with {@link #hash(long, String)}. */
    static long prefix(String prefix, String a) {
        long h = hash(hash(OFFSET, prefix), a);
        h ^= SEPARATOR;
        h *= PRIME;
        return h;
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    /** Adds the weights of the feature with this hash to {@code scores}; unknown features add nothing. */
    void add(long hash, double[] scores) {
        long h = nonZero(hash);
        int slot = slot(h);
        while (true) {
            long k = keys[slot];
            if (k == 0) {
                return;
            }
            if (k == h) {
                int base = slot * outcomes;
                for (int y = 0; y < outcomes; y++) {
                    scores[y] += slotWeights[base + y];
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The mean of tables over the same outcomes: every feature of any table, its weights averaged (absent = 0). */
    static WeightTable mean(List<WeightTable> tables) {
        int k = tables.get(0).outcomes;
        java.util.TreeMap<Long, float[]> sum = new java.util.TreeMap<>();
        for (WeightTable t : tables) {
            if (t.outcomes != k) {
                throw new IllegalArgumentException("tables over different outcomes: " + k + " and " + t.outcomes);
            }
            for (int r = 0; r < t.features.length; r++) {
                float[] row = sum.computeIfAbsent(t.features[r], x -> new float[k]);
                float[] w = t.row(r);
                for (int y = 0; y < k; y++) {
                    row[y] += w[y] / tables.size();
                }
            }
        }
        long[] f = new long[sum.size()];
        float[] w = new float[sum.size() * k];
        int r = 0;
        for (java.util.Map.Entry<Long, float[]> e : sum.entrySet()) {
            f[r] = e.getKey();
            System.arraycopy(e.getValue(), 0, w, r * k, k);
            r++;
        }
        return new WeightTable(f, w, k);
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

            @Override
            public void add(String prefix, String value, int from, int to) {
                long h = hash(OFFSET, prefix);
                for (int i = from; i < to; i++) {
                    h ^= value.charAt(i);
                    h *= PRIME;
                }
                WeightTable.this.add(h, scores);
            }
        };
    }

    /**
     * Writes the table: the number of rows, the hashes in ascending order, then each row's weights
     * as 16-bit fractions of the largest absolute weight (steps of 1/32767 of it, far below what
     * changes a decision), which halves the file. {@link #quantized} gives the weights as read back.
     */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(outcomes);
        out.writeInt(features.length);
        long previous = 0;
        for (long f : features) { // ascending: write the gaps, which compress better
            writeVarLong(out, f - previous);
            previous = f;
        }
        float[] weights = weights();
        float scale = scale(weights);
        out.writeFloat(scale);
        for (float w : weights) {
            out.writeShort(Math.round(w / scale));
        }
    }

    private static float scale(float[] weights) {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        return max == 0 ? 1 : max / Short.MAX_VALUE;
    }

    /** The table as {@link #write} stores it: weights rounded to their 16-bit steps. */
    WeightTable quantized() {
        float[] weights = weights();
        float scale = scale(weights);
        float[] q = new float[weights.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = Math.round(weights[i] / scale) * scale;
        }
        return new WeightTable(features, q, outcomes);
    }

    static WeightTable read(DataInputStream in) throws IOException {
        int outcomes = in.readInt();
        int n = in.readInt();
        if (outcomes <= 0 || outcomes > 64 || n < 0) {
            throw new IOException("bad weight table header: " + outcomes + " outcomes, " + n + " features");
        }
        long[] f = new long[n];
        long previous = 0;
        for (int i = 0; i < n; i++) {
            previous += readVarLong(in);
            f[i] = previous;
        }
        float scale = in.readFloat();
        float[] w = new float[n * outcomes];
        for (int i = 0; i < w.length; i++) {
            w[i] = in.readShort() * scale;
        }
        return new WeightTable(f, w, outcomes);
    }

    private static void writeVarLong(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("bad variable-length number in weight table");
    }
}
