package org.marsad.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.document.NormalizedText;
import org.marsad.document.Token;

/**
 * Finds dictionary phrases in a token sequence in one pass: a trie over token keys, walked from
 * every token. Phrases are tokenized and normalized like text, and each phrase word is keyed by
 * its form without the article; a text word matches when any of its clitic-stripped
 * {@link Token#stems() stems} equals the key (so «بالحسكة» matches «الحسكة»). Quotation marks
 * and parentheses between the words of a phrase are skipped («تنظيم «داعش»»).
 *
 * <p>With {@link Mode#SUFFIXES} the last word may also match through its
 * {@link Token#bases() bases} (a pronoun suffix removed: «بعدوانه» matches «عدوان»).
 *
 * <p>Immutable once built and thread-safe.
 *
 * @param <V> what a phrase stands for (an actor, a place, a trigger)
 */
public final class PhraseMatcher<V> {
    public enum Mode { STEMS, SUFFIXES }

    /**
     * A phrase found in the text: tokens {@code first..last} inclusive, and what it stands for.
     *
     * @param firstKey the lookup key the first token matched with (its normalized form without
     *                 the clitics that were removed), so callers can tell «قال» from «بقال»
     */
    public record Match<V>(int first, int last, List<V> values, boolean viaSuffix, String firstKey) {
        public int size() {
            return last - first + 1;
        }

        /**
         * True when the first word carries no clitic but a conjunction (و، ف): the form a verb
         * takes («وقال» but not «بالقتل», «التابع»).
         */
        public boolean bareOrConjunction(List<org.marsad.document.Token> tokens) {
            String n = tokens.get(first).norm();
            boolean conj = !n.isEmpty() && (n.charAt(0) == '\u0648' || n.charAt(0) == '\u0641');
            if (viaSuffix && first == last) {
                return n.startsWith(firstKey) || (conj && n.startsWith(firstKey, 1));
            }
            return n.equals(firstKey) || (conj && n.length() == firstKey.length() + 1 && n.endsWith(firstKey));
        }
    }

    /**
     * A node of the trie: where the phrases that begin with some words continue. Opaque outside this
     * class; {@link #firstWords} hands out the nodes of first words so that a caller that has already
     * looked a token's key up (in that table of its own) can walk on from there with
     * {@link #matchFrom(List, int, String, Node)} instead of looking the key up again.
     */
    public static final class Node<V> {
        private Map<String, Node<V>> next;
        private List<V> values;

        private Node() {
        }

        /** The values of the phrase that ends at this node; empty when none does. */
        public List<V> values() {
            return values == null ? List.of() : values;
        }

        /** True when some phrase goes on from this node with another word. */
        public boolean continues() {
            return next != null && !next.isEmpty();
        }
    }

    private final Node<V> root;
    /**
     * The root's children, the nodes of the phrases' first words, in a flat table: looked up for
     * every text word that passes {@link #firstWords}, which a hash map does through a chain of
     * objects (see {@link KeyTable}).
     */
    private final KeyTable<Node<V>> firstNodes;
    /** The first words of all phrases, asked before the root table (most words begin none). */
    private final KeyFilter firstWords;
    /**
     * The first two words of every phrase, and each one-word phrase, as {@link #pair(int, int)} hashes
     * (see {@link #mayMatchFrom}).
     */
    private final KeyFilter pairs;
    private final Mode mode;
    private final int size;

    private PhraseMatcher(Node<V> root, Mode mode, int size) {
        this.root = root;
        this.firstWords = KeyFilter.of(root.next == null ? java.util.List.of() : root.next.keySet());
        this.pairs = KeyFilter.ofHashes(pairHashes(root));
        this.firstNodes = KeyTable.of(root.next == null ? Map.of() : root.next);
        this.mode = mode;
        this.size = size;
    }

    public static <V> Builder<V> builder(Mode mode) {
        return new Builder<>(mode);
    }

    /** Number of phrases. */
    public int size() {
        return size;
    }

    /** The lookup keys of a phrase: one per word or number, punctuation dropped. */
    public static List<String> keys(String phrase) {
        NormalizedText v = ArabicNormalizer.normalize(phrase);
        List<String> keys = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(v)) {
            if (t.kind() == Token.Kind.PUNCT) {
                continue;
            }
            keys.add(t.key());
        }
        return keys;
    }

    /** All matches, longest first at each start token; overlapping matches are all returned. */
    public List<Match<V>> findAll(List<Token> tokens) {
        TokenKeys keys = root.next == null ? null : TokenKeys.of(tokens);
        if (keys == null) {
            return findAll(tokens, 0, tokens.size());
        }
        // the same dictionary is often run over the same document by several stages: the matches
        // of the last token list of this thread are kept (the caller gets a copy it may change)
        @SuppressWarnings("unchecked")
        List<Match<V>> done = (List<Match<V>>) keys.passes.get(this);
        if (done == null) {
            done = List.copyOf(findAll(tokens, 0, tokens.size()));
            keys.passes.put(this, done);
        }
        return new ArrayList<>(done);
    }

    /** All matches that start in tokens {@code from..to-1} (they may extend beyond {@code to}). */
    public List<Match<V>> findAll(List<Token> tokens, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        TokenKeys keys = root.next == null ? null : TokenKeys.of(tokens);
        boolean bases = mode == Mode.SUFFIXES;
        for (int i = from; i < to; i++) {
            // a token none of whose keys passes the first-word filter begins no phrase, and one whose
            // next word goes on with none of its phrases neither: common words begin some phrase
            // («في», «على»), so the pair is asked before the trie
            if (keys == null || (keys.mayMatch(i, firstWords, bases) && (bases || mayBeginPair(tokens, keys, i)))) {
                matchAt(tokens, i, out);
            }
        }
        return out;
    }

    /** Matches starting at token {@code i}, longest first. */
    public List<Match<V>> matchAt(List<Token> tokens, int i) {
        if (!mayStartAt(tokens.get(i))) {
            return List.of(); // most tokens: no list made (many stages ask about every token)
        }
        List<Match<V>> out = new ArrayList<>(2);
        matchAt(tokens, i, out);
        return out;
    }

    /** False when no key of {@code t} begins a phrase (by {@link #firstWords}: true may be wrong). */
    private boolean mayStartAt(Token t) {
        if (t.kind() == Token.Kind.PUNCT || root.next == null) {
            return false;
        }
        if (t.kind() != Token.Kind.WORD) {
            return firstWords.mightContain(t.norm());
        }
        List<String> stems = t.stems();
        for (int q = 0; q < stems.size(); q++) {
            if (firstWords.mightContain(stems.get(q))) {
                return true;
            }
        }
        if (mode == Mode.SUFFIXES) {
            List<String> bases = t.bases();
            for (int q = 0; q < bases.size(); q++) {
                if (firstWords.mightContain(bases.get(q))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int ALONE = 0x5bd1e995;

    /** The hash of a phrase's first two words' keys, by their hashes ({@link #ALONE} for a one-word phrase). */
    private static int pair(int first, int second) {
        return first * 0x9E3779B1 + second;
    }

    private static <V> int[] pairHashes(Node<V> root) {
        if (root.next == null) {
            return new int[0];
        }
        int n = 0;
        for (Node<V> a : root.next.values()) {
            n += (a.values != null ? 1 : 0) + (a.next == null ? 0 : a.next.size());
        }
        int[] out = new int[n];
        int k = 0;
        for (Map.Entry<String, Node<V>> a : root.next.entrySet()) {
            int h = a.getKey().hashCode();
            if (a.getValue().values != null) {
                out[k++] = pair(h, ALONE);
            }
            if (a.getValue().next != null) {
                for (String b : a.getValue().next.keySet()) {
                    out[k++] = pair(h, b.hashCode());
                }
            }
        }
        return out;
    }

    /**
     * False when no phrase can begin at token {@code i} with the first key whose hash is
     * {@code firstHash}: that key is no one-word phrase, and no phrase goes on from it with a key of
     * the next token (after the quotation marks and parentheses a phrase skips). A pre-test from the
     * hashes alone ({@code keys} must be {@code tokens}'): it may be true for a start that matches
     * nothing, never false for one that matches. Always true in {@link Mode#SUFFIXES}.
     */
    public boolean mayMatchFrom(List<Token> tokens, TokenKeys keys, int i, int firstHash) {
        return mayBeAlone(firstHash) || mayContinueFrom(tokens, keys, i, firstHash);
    }

    /**
     * False when the key whose hash is {@code firstHash} is surely no one-word phrase (a pre-test
     * from the hash alone: it may be true for a key that is none). Always true in {@link Mode#SUFFIXES}.
     */
    public boolean mayBeAlone(int firstHash) {
        return mode == Mode.SUFFIXES || pairs.mightContain(pair(firstHash, ALONE));
    }

    /**
     * False when no phrase of two words or more can begin at token {@code i} with the first key whose
     * hash is {@code firstHash} ({@link #mayMatchFrom} without the one-word phrases): for a caller
     * that would drop a one-word match there anyway. A pre-test from the hashes alone ({@code keys}
     * must be {@code tokens}'): it may be true where no longer phrase begins, never false where one
     * does. Always true in {@link Mode#SUFFIXES}.
     */
    public boolean mayContinueFrom(List<Token> tokens, TokenKeys keys, int i, int firstHash) {
        if (mode == Mode.SUFFIXES) {
            return true;
        }
        int j = i + 1;
        while (j < tokens.size() && isSkippable(tokens.get(j))) {
            j++;
        }
        if (j >= tokens.size() || tokens.get(j).kind() == Token.Kind.PUNCT) {
            return false;
        }
        for (int q = keys.keysFrom(j), e = keys.keysFrom(j + 1); q < e; q++) {
            if (pairs.mightContain(pair(firstHash, keys.keyHash(q)))) {
                return true;
            }
        }
        return false;
    }

    /** True when some key of token {@code i} passes {@link #mayMatchFrom} (and so the first-word filter). */
    private boolean mayBeginPair(List<Token> tokens, TokenKeys keys, int i) {
        for (int q = keys.keysFrom(i), e = keys.keysFrom(i + 1); q < e; q++) {
            int h = keys.keyHash(q);
            if (firstWords.mightContain(h) && mayMatchFrom(tokens, keys, i, h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first words of the phrases in a table of the caller's own, each with what {@code value}
     * makes of its node and the tag {@code tags} gives the node (see
     * {@link KeyTable#of(Map, java.util.function.Function, java.util.function.ToIntFunction)}): for
     * a caller that decides from a first word's slot alone, without reading its node, whether and
     * how to walk on.
     */
    public <T> KeyTable<T> firstWords(java.util.function.Function<Node<V>, T> value,
                                      java.util.function.ToIntFunction<Node<V>> tags) {
        return KeyTable.of(root.next == null ? Map.<String, Node<V>>of() : root.next, value, tags);
    }

    /** The pre-test of {@link #firstWords}: false for a key that begins no phrase. */
    public KeyFilter firstWordFilter() {
        return firstWords;
    }

    /**
     * The matches starting at token {@code i} whose first word is {@code key}, one of the token's
     * lookup keys, with {@code start} its node from {@link #firstWords}; longest first. When
     * {@code key} is the only key of the token that begins a phrase, this is {@link #matchAt(List, int)}
     * (in {@link Mode#STEMS}; in {@link Mode#SUFFIXES} a one-word match through a base of token
     * {@code i} is not included).
     */
    public List<Match<V>> matchFrom(List<Token> tokens, int i, String key, Node<V> start) {
        List<Match<V>> out = new ArrayList<>(2);
        walk(tokens, i, i, start, false, key, out);
        if (out.size() > 1) {
            out.sort((a, b) -> Integer.compare(b.last, a.last));
            dedupe(out);
        }
        return out;
    }

    private void matchAt(List<Token> tokens, int i, List<Match<V>> out) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.PUNCT || root.next == null) {
            return;
        }
        int before = out.size();
        List<String> firstKeys = t.kind() == Token.Kind.WORD ? t.stems() : List.of(t.norm());
        for (int q = 0; q < firstKeys.size(); q++) {
            String k = firstKeys.get(q);
            Node<V> n = firstWords.mightContain(k) ? firstNodes.get(k) : null;
            if (n != null) {
                walk(tokens, i, i, n, false, k, out);
            }
        }
        if (mode == Mode.SUFFIXES) {
            List<String> bases = t.bases();
            for (int q = 0; q < bases.size(); q++) {
                String k = bases.get(q);
                Node<V> n = firstWords.mightContain(k) ? firstNodes.get(k) : null;
                if (n != null && n.values != null) {
                    out.add(new Match<>(i, i, n.values, true, k));
                }
            }
        }
        if (out.size() - before > 1) {
            List<Match<V>> mine = out.subList(before, out.size());
            mine.sort((a, b) -> Integer.compare(b.last, a.last));
            dedupe(mine);
        }
    }

    private static <V> void dedupe(List<Match<V>> mine) {
        for (int a = 0; a < mine.size(); a++) {
            for (int b = mine.size() - 1; b > a; b--) {
                if (mine.get(a).last == mine.get(b).last && mine.get(a).values == mine.get(b).values) {
                    mine.remove(b);
                }
            }
        }
    }

    private void walk(List<Token> tokens, int first, int at, Node<V> n, boolean suffix, String firstKey,
                      List<Match<V>> out) {
        if (n.values != null) {
            out.add(new Match<>(first, at, n.values, suffix, firstKey));
        }
        if (n.next == null) {
            return;
        }
        int j = at + 1;
        while (j < tokens.size() && isSkippable(tokens.get(j))) {
            j++;
        }
        if (j >= tokens.size() || tokens.get(j).kind() == Token.Kind.PUNCT) {
            return;
        }
        Token t = tokens.get(j);
        List<String> keys = t.kind() == Token.Kind.WORD ? t.stems() : List.of(t.norm());
        for (int q = 0; q < keys.size(); q++) {
            String k = keys.get(q);
            Node<V> m = n.next.get(k);
            if (m != null) {
                walk(tokens, first, j, m, false, firstKey, out);
            }
        }
        if (mode == Mode.SUFFIXES) {
            for (String k : t.bases()) {
                Node<V> m = n.next.get(k);
                if (m != null && m.values != null) {
                    out.add(new Match<>(first, j, m.values, true, firstKey));
                }
            }
        }
    }

    private static boolean isSkippable(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        String s = t.norm();
        return s.equals("\"") || s.equals("(") || s.equals(")") || s.equals("'");
    }

    public static final class Builder<V> {
        private final Node<V> root = new Node<>();
        private final Mode mode;
        private int size;

        private Builder(Mode mode) {
            this.mode = mode;
        }

        /** Adds a phrase; a phrase added twice keeps every value. Blank phrases are ignored. */
        public Builder<V> add(String phrase, V value) {
            return addKeys(keys(phrase), value);
        }

        public Builder<V> addKeys(List<String> keys, V value) {
            if (keys.isEmpty()) {
                return this;
            }
            Node<V> n = root;
            for (String k : keys) {
                if (n.next == null) {
                    n.next = new HashMap<>(4);
                }
                n = n.next.computeIfAbsent(k, x -> new Node<>());
            }
            if (n.values == null) {
                n.values = new ArrayList<>(1);
                size++;
            }
            if (!holds(n.values, value)) {
                n.values.add(value);
            }
            return this;
        }

        /**
         * {@code values.contains(value)}, asking {@code equals} only of values that are not the same
         * object: a dictionary adds one value under many spellings that fold to the same keys, and
         * its values are records whose {@code equals} compares every field.
         */
        private static <V> boolean holds(List<V> values, V value) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == value) {
                    return true;
                }
            }
            return values.contains(value);
        }

        public PhraseMatcher<V> build() {
            return build(v -> Collections.unmodifiableList(new ArrayList<>(v)));
        }

        /**
         * The matcher, with the values of each phrase frozen by {@code freeze} (which must return an
         * immutable list with the same elements in the same order): a caller may precompute what it
         * needs about a phrase's values once, in a list type of its own.
         */
        public PhraseMatcher<V> build(java.util.function.UnaryOperator<List<V>> freeze) {
            freeze(root, freeze);
            return new PhraseMatcher<>(root, mode, size);
        }

        private static <V> void freeze(Node<V> n, java.util.function.UnaryOperator<List<V>> freeze) {
            if (n.values != null) {
                n.values = freeze.apply(n.values);
            }
            if (n.next != null) {
                for (Node<V> c : n.next.values()) {
                    freeze(c, freeze);
                }
            }
        }
    }
}
