package org.marsad.text;

import java.util.List;
import org.marsad.document.Token;

/**
 * The dictionary lookup keys of a document's tokens, with their hash codes, laid out in flat arrays
 * so that a {@link PhraseMatcher} pass can reject the many tokens that begin no phrase by reading
 * two small arrays and its {@link KeyFilter}, instead of walking from each token to its key lists
 * and strings. The keys of token {@code i} are {@code firstKeys[firstFrom[i] .. firstFrom[i+1])}:
 * its {@link Token#stems() stems} for a word, its {@code norm} for a number or other symbol, none
 * for punctuation; {@code bases} likewise hold its {@link Token#bases() bases}.
 *
 * <p>Built once per token list and thread: {@link #of} keeps the last one of each thread and reuses
 * it while the same (immutable) list is asked for, which is how the stages of one document run.
 * It also keeps the result of each matcher's whole-list pass ({@link #passes}), since several
 * stages run the same dictionary over the same document. Other dictionaries (the place finder's cue
 * index) read the hashes through {@link #keysFrom(int)} and {@link #keyHash(int)} to skip the words
 * they do not know without visiting them. Confined to the thread that built it.
 */
public final class TokenKeys {
    private static final Class<?> LIST_12 = List.of(1).getClass();
    private static final Class<?> LIST_N = List.of(1, 2, 3).getClass();
    private static final ThreadLocal<TokenKeys> LAST = new ThreadLocal<>();

    final List<Token> tokens;
    final int[] firstFrom;
    final int[] firstHashes;
    final int[] baseFrom;
    final int[] baseHashes;
    /** Matches of {@link PhraseMatcher#findAll(List)} over all of {@link #tokens}, by matcher. */
    final java.util.IdentityHashMap<PhraseMatcher<?>, List<?>> passes = new java.util.IdentityHashMap<>();

    private TokenKeys(List<Token> tokens) {
        this.tokens = tokens;
        int n = tokens.size();
        firstFrom = new int[n + 1];
        baseFrom = new int[n + 1];
        int keys = 0;
        int bases = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            keys += t.kind() == Token.Kind.WORD ? t.stems().size() : t.kind() == Token.Kind.PUNCT ? 0 : 1;
            bases += t.bases().size();
        }
        firstHashes = new int[keys];
        baseHashes = new int[bases];
        int k = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            firstFrom[i] = k;
            baseFrom[i] = b;
            if (t.kind() == Token.Kind.WORD) {
                List<String> stems = t.stems();
                for (int q = 0; q < stems.size(); q++) {
                    firstHashes[k++] = stems.get(q).hashCode();
                }
            } else if (t.kind() != Token.Kind.PUNCT) {
                firstHashes[k++] = t.norm().hashCode();
            }
            List<String> bs = t.bases();
            for (int q = 0; q < bs.size(); q++) {
                baseHashes[b++] = bs.get(q).hashCode();
            }
        }
        firstFrom[n] = k;
        baseFrom[n] = b;
    }

    /**
     * The keys of {@code tokens}, or null when the list may change after this call (only the JDK's
     * immutable lists, which document layers are, are kept).
     */
    public static TokenKeys of(List<Token> tokens) {
        TokenKeys last = LAST.get();
        if (last != null && last.tokens == tokens) {
            return last;
        }
        Class<?> c = tokens.getClass();
        if (c != LIST_N && c != LIST_12) {
            return null;
        }
        TokenKeys k = new TokenKeys(tokens);
        LAST.set(k);
        return k;
    }

    /**
     * Where the first keys of token {@code i} begin among {@link #keyHash(int)}'s indexes; they end
     * where those of token {@code i + 1} begin ({@code i + 1} may be the number of tokens). A word's
     * keys are its stems in order, a number's or other symbol's its {@code norm}; punctuation has none.
     */
    public int keysFrom(int i) {
        return firstFrom[i];
    }

    /** The {@link String#hashCode()} of first key {@code q}. */
    public int keyHash(int q) {
        return firstHashes[q];
    }

    /** True when some first key of token {@code i} passes {@code filter} (one call, for C1-compiled callers). */
    public boolean mayContain(int i, KeyFilter filter) {
        return filter.mightContainAny(firstHashes, firstFrom[i], firstFrom[i + 1]);
    }

    /**
     * {@link #mayContain(int, KeyFilter)} for two filters in one pass over the token's hashes: bit 1
     * set when some first key passes {@code a}, bit 2 when some passes {@code b}.
     */
    public int mayContain(int i, KeyFilter a, KeyFilter b) {
        return KeyFilter.mightContainAny(a, b, firstHashes, firstFrom[i], firstFrom[i + 1]);
    }

    /** True when some key of token {@code i} (a first key, or a base if {@code bases}) passes the filter. */
    boolean mayMatch(int i, KeyFilter filter, boolean bases) {
        return filter.mightContainAny(firstHashes, firstFrom[i], firstFrom[i + 1])
                || (bases && filter.mightContainAny(baseHashes, baseFrom[i], baseFrom[i + 1]));
    }
}
