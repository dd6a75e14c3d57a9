package org.marsad.link;

import java.util.Arrays;
import java.util.List;
import org.marsad.document.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Tokenizer;

/**
 * MinHash signatures of articles over normalized word shingles, for near-duplicate detection
 * (syndicated or lightly edited copies). The rules:
 * <ol>
 *   <li>the text is folded by {@link ArabicNormalizer} and split by {@link Tokenizer}, so that hamza,
 *       ta marbuta, alef maksura, diacritics, tatweel, digit shapes and quotation marks make no
 *       difference;</li>
 *   <li>only words and numbers count (punctuation is dropped); a word counts by its
 *       {@linkplain Token#key() key}, the normalized form without the article, so «الحسكة»
 *       and «حسكة» are one word;</li>
 *   <li>a shingle is {@link #shingleSize()} consecutive such tokens; a text shorter than that is one
 *       shingle;</li>
 *   <li><b>one-permutation hashing</b>: each shingle is hashed once to 64 bits (seeded); the top 32
 *       bits choose one of {@link #size()} bins, the low 31 bits are its value, and each bin keeps
 *       the least value that fell in it;</li>
 *   <li>an empty bin is filled by <b>optimal densification</b> (Shrivastava, ICML 2017): it takes the
 *       value of the first non-empty bin of its own seeded probe sequence, so that two texts with
 *       the same empty bins fill them alike;</li>
 *   <li>the share of equal positions of two signatures estimates the Jaccard similarity of their
 *       shingle sets (unbiased, standard error about {@code 0.5 / sqrt(size)} as for {@code size}
 *       independent hash functions), at one hash per shingle instead of {@code size}.</li>
 * </ol>
 * The bins and probes depend only on the seed: signatures made by hashers with the same
 * {@link #scheme()} can be compared, also across processes. Signatures of another scheme (the
 * 128-function MinHash of earlier versions, {@link #LEGACY_SCHEME}) cannot: a store records the
 * scheme of the signatures it holds.
 *
 * <p>Immutable and thread-safe.
 */
public final class MinHasher {
    public static final int DEFAULT_SIZE = 128;
    public static final int DEFAULT_SHINGLE = 3;
    public static final long DEFAULT_SEED = 0x6D61727361644CL; // "marsadL"
    /** The scheme of the signatures made before one-permutation hashing (128 hash functions, trigrams). */
    public static final String LEGACY_SCHEME = "minhash-k128-w3";
    private static final MinHasher STANDARD = new MinHasher(DEFAULT_SIZE, DEFAULT_SHINGLE, DEFAULT_SEED);

    private final int size;
    private final int shingleSize;
    private final long seed;

    public MinHasher(int size, int shingleSize, long seed) {
        if (size < 1 || shingleSize < 1) {
            throw new IllegalArgumentException("signature size and shingle size must be positive");
        }
        this.size = size;
        this.shingleSize = shingleSize;
        this.seed = seed;
    }

    /** 128 bins over word trigrams. */
    public static MinHasher standard() {
        return STANDARD;
    }

    public int size() {
        return size;
    }

    public int shingleSize() {
        return shingleSize;
    }

    public long seed() {
        return seed;
    }

    /**
     * The name of the signatures this hasher makes: equal names, comparable signatures. A store
     * keeps it beside its signatures ({@code link_state.signature_scheme}).
     */
    public String scheme() {
        return "oph-dens-k" + size + "-w" + shingleSize + "-s" + Long.toHexString(seed);
    }

    /** The signature of a text. */
    public Signature signature(String text) {
        return signature(Tokenizer.tokenize(ArabicNormalizer.normalize(text)));
    }

    /** The signature of an already tokenized text (a document's {@code TOKENS} layer). */
    public Signature signature(List<Token> tokens) {
        int[] words = new int[tokens.size()];
        int n = 0;
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
                words[n++] = t.key().hashCode();
            }
        }
        int[] bins = new int[size];
        Arrays.fill(bins, -1);
        if (n == 0) {
            Arrays.fill(bins, Integer.MAX_VALUE);
            return new Signature(bins, 0);
        }
        int shingles = Math.max(1, n - shingleSize + 1);
        int filled = 0;
        for (int s = 0; s < shingles; s++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = s; k < Math.min(n, s + shingleSize); k++) {
                h = (h ^ words[k]) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 31;
            }
            h = mix(h ^ seed);
            int bin = (int) (((h >>> 32) * size) >>> 32);
            int value = (int) (h & 0x7FFFFFFFL);
            int old = bins[bin];
            if (old < 0) {
                filled++;
                bins[bin] = value;
            } else if (value < old) {
                bins[bin] = value;
            }
        }
        if (filled < size) {
            densify(bins);
        }
        return new Signature(bins, shingles);
    }

    /** Fills each empty bin (-1) from the first non-empty bin of its probe sequence (never from a filled one). */
    private void densify(int[] bins) {
        boolean[] empty = new boolean[size];
        for (int i = 0; i < size; i++) {
            empty[i] = bins[i] < 0;
        }
        for (int i = 0; i < size; i++) {
            if (!empty[i]) {
                continue;
            }
            for (long attempt = 1; ; attempt++) {
                long p = mix(seed ^ ((long) i << 32 | attempt) * 0x9E3779B97F4A7C15L);
                int j = (int) (((p >>> 32) * size) >>> 32);
                if (!empty[j]) {
                    bins[i] = bins[j];
                    break;
                }
            }
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
