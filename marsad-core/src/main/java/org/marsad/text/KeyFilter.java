package org.marsad.text;

import java.util.Collection;

/**
 * A compact membership pre-test for a large set of string keys (a Bloom filter with two probes
 * derived from {@link String#hashCode()}): {@link #mightContain} is false only for keys that are
 * surely absent, and may be true for absent ones. Dictionary lookups ask it first, so that most
 * text words, which name nothing, cost one or two reads of a small bit array (the string's hash is
 * cached in the string) instead of a probe into a hash table of tens of thousands of entries
 * spread over the heap. It never changes a lookup's answer, only skips the ones that would fail.
 *
 * <p>About 12 bits per key: one absent key in fifty passes. Immutable and thread-safe.
 */
public final class KeyFilter {
    private static final int BITS_PER_KEY = 12;
    private final long[] words;
    private final int mask;

    private KeyFilter(long[] words) {
        this.words = words;
        this.mask = words.length * 64 - 1;
    }

    /** A filter that lets through every key of {@code keys} (and a few others). */
    public static KeyFilter of(Collection<String> keys) {
        int[] hashes = new int[keys.size()];
        int i = 0;
        for (String k : keys) {
            hashes[i++] = k.hashCode();
        }
        return ofHashes(hashes);
    }

    /** A filter that lets through every key whose hash is among {@code hashes} (and a few others). */
    public static KeyFilter ofHashes(int[] hashes) {
        long bits = Math.max(64L, (long) hashes.length * BITS_PER_KEY);
        int size = (int) Math.min(1L << 30, Long.highestOneBit(bits - 1) << 1);
        long[] words = new long[size / 64];
        int mask = size - 1;
        for (int h : hashes) {
            int a = first(h) & mask;
            int b = second(h) & mask;
            words[a >>> 6] |= 1L << a;
            words[b >>> 6] |= 1L << b;
        }
        return new KeyFilter(words);
    }

    /** False when {@code key} is surely not among the keys the filter was built from. */
    public boolean mightContain(String key) {
        return mightContain(key.hashCode());
    }

    /** {@link #mightContain(String)} for a key whose {@link String#hashCode()} is {@code h}. */
    public boolean mightContain(int h) {
        int a = first(h) & mask;
        if ((words[a >>> 6] & (1L << a)) == 0) {
            return false;
        }
        int b = second(h) & mask;
        return (words[b >>> 6] & (1L << b)) != 0;
    }

    /**
     * True when some hash of {@code hashes[from, to)} passes {@link #mightContain(int)}: one call per
     * token for a dictionary pass over a document's key hashes (a C1-compiled caller would not
     * inline {@code mightContain}; the two small hash functions are inlined here).
     */
    boolean mightContainAny(int[] hashes, int from, int to) {
        long[] w = words;
        int m = mask;
        for (int q = from; q < to; q++) {
            int h = hashes[q];
            int a = first(h) & m;
            if ((w[a >>> 6] & (1L << a)) != 0) {
                int b = second(h) & m;
                if ((w[b >>> 6] & (1L << b)) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@link #mightContainAny(int[], int, int)} for two filters at once: bit 1 set when some hash of
     * {@code hashes[from, to)} passes {@code a}, bit 2 when some passes {@code b}; each hash is mixed
     * once for both.
     */
    static int mightContainAny(KeyFilter a, KeyFilter b, int[] hashes, int from, int to) {
        long[] wa = a.words;
        long[] wb = b.words;
        int ma = a.mask;
        int mb = b.mask;
        int out = 0;
        for (int q = from; q < to; q++) {
            int h = hashes[q];
            int f = first(h);
            int s = second(h);
            int x = f & ma;
            int y = s & ma;
            if ((wa[x >>> 6] & (1L << x)) != 0 && (wa[y >>> 6] & (1L << y)) != 0) {
                out |= 1;
            }
            x = f & mb;
            y = s & mb;
            if ((wb[x >>> 6] & (1L << x)) != 0 && (wb[y >>> 6] & (1L << y)) != 0) {
                out |= 2;
            }
        }
        return out;
    }

    private static int first(int h) {
        return h ^ (h >>> 16);
    }

    private static int second(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 15);
    }
}
