package org.marsad.link;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
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
 *   <li>each shingle is hashed once to 64 bits; the {@code i}-th of {@link #size()} hash functions is
 *       the top 31 bits of {@code a_i * h + b_i} with random odd {@code a_i} (multiply-add-shift),
 *       and the signature keeps the minimum of each;</li>
 *   <li>the share of equal positions of two signatures estimates the Jaccard similarity of their
 *       shingle sets (standard error about {@code 0.5 / sqrt(size)}).</li>
 * </ol>
 * The hash functions depend only on the seed: signatures made by hashers with the same size,
 * shingle size and seed can be compared, also across processes.
 *
 * <p>Immutable and thread-safe.
 */
public final class MinHasher {
    public static final int DEFAULT_SIZE = 128;
    public static final int DEFAULT_SHINGLE = 3;
    public static final long DEFAULT_SEED = 0x6D61727361644CL; // "marsadL"
    private static final MinHasher STANDARD = new MinHasher(DEFAULT_SIZE, DEFAULT_SHINGLE, DEFAULT_SEED);

    private final int shingleSize;
    private final long seed;
    private final long[] mul;
    private final long[] add;

    public MinHasher(int size, int shingleSize, long seed) {
        if (size < 1 || shingleSize < 1) {
            throw new IllegalArgumentException("signature size and shingle size must be positive");
        }
        this.shingleSize = shingleSize;
        this.seed = seed;
        this.mul = new long[size];
        this.add = new long[size];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            mul[i] = r.nextLong() | 1L;
            add[i] = r.nextLong();
        }
    }

    /** 128 hash functions over word trigrams. */
    public static MinHasher standard() {
        return STANDARD;
    }

    public int size() {
        return mul.length;
    }

    public int shingleSize() {
        return shingleSize;
    }

    public long seed() {
        return seed;
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
        int[] min = new int[mul.length];
        Arrays.fill(min, Integer.MAX_VALUE);
        if (n == 0) {
            return new Signature(min, 0);
        }
        int shingles = Math.max(1, n - shingleSize + 1);
        for (int s = 0; s < shingles; s++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = s; k < Math.min(n, s + shingleSize); k++) {
                h = (h ^ words[k]) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 31;
            }
            h = mix(h);
            for (int i = 0; i < mul.length; i++) {
                // the top 31 bits: non-negative, so that a signed comparison orders them
                int v = (int) ((mul[i] * h + add[i]) >>> 33);
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        return new Signature(min, shingles);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
