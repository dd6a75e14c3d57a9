package org.marsad.link;

import java.util.Arrays;

/**
 * A MinHash signature: one minimum per bin (see {@link MinHasher}), and how many shingles the text had.
 * Immutable: the array is copied in and never handed out.
 */
public final class Signature {
    private final int[] mins;
    private final int shingles;

    public Signature(int[] mins, int shingles) {
        this.mins = mins.clone();
        this.shingles = shingles;
    }

    public int size() {
        return mins.length;
    }

    /** How many shingles the text had; 0 for a text without words. */
    public int shingles() {
        return shingles;
    }

    public boolean isEmpty() {
        return shingles == 0;
    }

    int at(int i) {
        return mins[i];
    }

    /** Hash of positions {@code from} (inclusive) to {@code to} (exclusive): an LSH band key. */
    long band(int from, int to) {
        long h = 0xCBF29CE484222325L ^ from;
        for (int i = from; i < to; i++) {
            h = (h ^ mins[i]) * 0x100000001B3L;
        }
        return h;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets; 0 when either text has no words. */
    public double similarity(Signature o) {
        if (o.mins.length != mins.length) {
            throw new IllegalArgumentException("signatures of different sizes: " + mins.length + " and " + o.mins.length);
        }
        if (isEmpty() || o.isEmpty()) {
            return 0.0;
        }
        int eq = 0;
        for (int i = 0; i < mins.length; i++) {
            if (mins[i] == o.mins[i]) {
                eq++;
            }
        }
        return (double) eq / mins.length;
    }

    /** The minima, for storing a signature (a store may keep them as a blob). */
    public int[] toArray() {
        return mins.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.shingles == shingles && Arrays.equals(s.mins, mins);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(mins) * 31 + shingles;
    }
}
