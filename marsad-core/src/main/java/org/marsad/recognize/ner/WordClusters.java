package org.marsad.recognize.ner;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word classes learnt from unlabelled text, for the recognizer's features: each word (the
 * clitic-stripped stem of {@link WordAnalysis#stem}) gets one class at each of a few granularities
 * (e.g. 64, 256 and 1024 classes). A name never seen in the labelled data then still shares a
 * feature with the names it is used like in the news («بوتو» with other surnames after «زعيمة»).
 *
 * <p>The classes are made by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney
 * 1998), which moves one word at a time to the class that most raises the likelihood of a class
 * bigram model of the text, {@code sum N(c,d) log N(c,d) - sum N(c) log N(c) - sum N(d) log N(d)}:
 * <ol>
 *   <li>words seen at least {@code minCount} times are ranked by count (then by their string) and
 *       dealt round-robin into the classes; rarer words and the sentence edges share one fixed
 *       extra class that never moves;</li>
 *   <li>each pass visits the words in rank order and moves each to its best class (staying on a
 *       tie); passes stop after {@code passes} or when no word moves.</li>
 * </ol>
 * Deterministic: the same text and settings give the same classes. Immutable once built.
 */
public final class WordClusters {
    /** The class of a word without one (too rare, or not in the text). */
    static final String NONE = "-";
    private final int[] sizes;
    /** Per word: its class at each granularity, as feature values ("17"). */
    private final Map<String, String[]> classes;
    private final String[] none;

    WordClusters(int[] sizes, Map<String, String[]> classes) {
        this.sizes = sizes.clone();
        this.classes = Map.copyOf(classes);
        this.none = new String[sizes.length];
        Arrays.fill(none, NONE);
    }

    /** No classes at all (a model trained without them). */
    public static WordClusters empty() {
        return new WordClusters(new int[0], Map.of());
    }

    public boolean isEmpty() {
        return sizes.length == 0;
    }

    /** The granularities (number of classes of each level). */
    public int[] sizes() {
        return sizes.clone();
    }

    /** Number of granularities. */
    int levels() {
        return sizes.length;
    }

    public int words() {
        return classes.size();
    }

    /** The classes of a word at each granularity ({@link #NONE} for an unknown word); do not modify. */
    String[] of(String word) {
        String[] c = classes.get(word);
        return c == null ? none : c;
    }

    /**
     * Learns classes from sentences of words (already in the form the features will look up).
     *
     * @param sizes    number of classes of each granularity
     * @param minCount words seen fewer times get no class
     * @param passes   at most this many passes of the exchange algorithm per granularity
     * @param log      progress (may be null)
     */
    public static WordClusters build(List<String[]> sentences, int[] sizes, int minCount, int passes, PrintWriter log) {
        Map<String, Integer> counts = new HashMap<>();
        long tokens = 0;
        for (String[] s : sentences) {
            for (String w : s) {
                counts.merge(w, 1, Integer::sum);
                tokens++;
            }
        }
        List<String> vocab = new ArrayList<>();
        counts.forEach((w, n) -> {
            if (n >= minCount) {
                vocab.add(w);
            }
        });
        vocab.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
        Map<String, Integer> id = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            id.put(vocab.get(i), i);
        }
        int v = vocab.size();
        // bigram counts between word ids; -1 = the fixed class (rare words and sentence edges)
        List<Map<Integer, Integer>> right = new ArrayList<>(v);
        List<Map<Integer, Integer>> left = new ArrayList<>(v);
        for (int i = 0; i < v; i++) {
            right.add(new HashMap<>());
            left.add(new HashMap<>());
        }
        long fixedFixed = 0;
        for (String[] s : sentences) {
            int prev = -1;
            for (int t = 0; t <= s.length; t++) {
                int cur = t < s.length ? id.getOrDefault(s[t], -1) : -1;
                if (prev >= 0) {
                    right.get(prev).merge(cur, 1, Integer::sum);
                }
                if (cur >= 0) {
                    left.get(cur).merge(prev, 1, Integer::sum);
                }
                if (prev < 0 && cur < 0) {
                    fixedFixed++;
                }
                prev = cur;
            }
        }
        Graph g = new Graph(v, right, left, fixedFixed);
        if (log != null) {
            log.printf("%d sentences, %d tokens, %d words seen at least %d times%n", sentences.size(), tokens, v, minCount);
            log.flush();
        }
        int[][] assignment = new int[sizes.length][];
        for (int level = 0; level < sizes.length; level++) {
            assignment[level] = g.exchange(sizes[level], passes, log);
        }
        Map<String, String[]> classes = new HashMap<>();
        for (int i = 0; i < v; i++) {
            String[] c = new String[sizes.length];
            for (int level = 0; level < sizes.length; level++) {
                c[level] = Integer.toString(assignment[level][i]);
            }
            classes.put(vocab.get(i), c);
        }
        return new WordClusters(sizes, classes);
    }

    /** The bigram graph of the vocabulary in compact arrays. */
    private static final class Graph {
        final int v;
        final int[][] rightIds;
        final int[][] rightCounts;
        final int[][] leftIds;
        final int[][] leftCounts;
        final int[] self;
        final int[] asLeft;
        final int[] asRight;
        final long fixedFixed;
        final long total;
        double[] nlogn;

        Graph(int v, List<Map<Integer, Integer>> right, List<Map<Integer, Integer>> left, long fixedFixed) {
            this.v = v;
            this.fixedFixed = fixedFixed;
            rightIds = new int[v][];
            rightCounts = new int[v][];
            leftIds = new int[v][];
            leftCounts = new int[v][];
            self = new int[v];
            asLeft = new int[v];
            asRight = new int[v];
            long t = fixedFixed;
            for (int w = 0; w < v; w++) {
                self[w] = right.get(w).getOrDefault(w, 0);
                int[][] r = compact(right.get(w), w);
                rightIds[w] = r[0];
                rightCounts[w] = r[1];
                int[][] l = compact(left.get(w), w);
                leftIds[w] = l[0];
                leftCounts[w] = l[1];
                for (int n : right.get(w).values()) {
                    asLeft[w] += n;
                }
                for (int n : left.get(w).values()) {
                    asRight[w] += n;
                }
                t += asLeft[w];
            }
            // every bigram has a word on the left, or is fixed-fixed, or fixed-word
            for (int w = 0; w < v; w++) {
                for (int i = 0; i < leftIds[w].length; i++) {
                    if (leftIds[w][i] < 0) {
                        t += leftCounts[w][i];
                    }
                }
            }
            total = t;
        }

        /** The neighbours other than the word itself, in id order. */
        private static int[][] compact(Map<Integer, Integer> m, int w) {
            TreeMap<Integer, Integer> sorted = new TreeMap<>(m);
            sorted.remove(w);
            int[] ids = new int[sorted.size()];
            int[] cs = new int[sorted.size()];
            int i = 0;
            for (Map.Entry<Integer, Integer> e : sorted.entrySet()) {
                ids[i] = e.getKey();
                cs[i] = e.getValue();
                i++;
            }
            return new int[][] {ids, cs};
        }

        private double f(long n) {
            return n < nlogn.length ? nlogn[(int) n] : n * Math.log(n);
        }

        int[] exchange(int c, int passes, PrintWriter log) {
            nlogn = new double[(int) Math.min(total + 2, 1 << 24)];
            for (int n = 1; n < nlogn.length; n++) {
                nlogn[n] = n * Math.log(n);
            }
            int fixed = c;
            int width = c + 1;
            int[] cls = new int[v];
            for (int w = 0; w < v; w++) {
                cls[w] = w % c;
            }
            long[] b = new long[width * width];
            long[] nl = new long[width];
            long[] nr = new long[width];
            b[fixed * width + fixed] = fixedFixed;
            nl[fixed] += fixedFixed;
            nr[fixed] += fixedFixed;
            for (int w = 0; w < v; w++) {
                int a = cls[w];
                b[a * width + a] += self[w];
                for (int i = 0; i < rightIds[w].length; i++) {
                    int y = rightIds[w][i] < 0 ? fixed : cls[rightIds[w][i]];
                    b[a * width + y] += rightCounts[w][i];
                }
                for (int i = 0; i < leftIds[w].length; i++) {
                    if (leftIds[w][i] < 0) {
                        b[fixed * width + a] += leftCounts[w][i];
                        nl[fixed] += leftCounts[w][i];
                    }
                }
                nl[a] += asLeft[w];
                nr[a] += asRight[w];
            }
            for (int w = 0; w < v; w++) {
                for (int i = 0; i < rightIds[w].length; i++) {
                    if (rightIds[w][i] < 0) {
                        nr[fixed] += rightCounts[w][i];
                    }
                }
            }
            long[] rc = new long[width];
            long[] lc = new long[width];
            int[] rKeys = new int[width];
            int[] lKeys = new int[width];
            for (int pass = 0; pass < passes; pass++) {
                int moved = 0;
                for (int w = 0; w < v; w++) {
                    int a = cls[w];
                    int nrk = 0;
                    int nlk = 0;
                    for (int i = 0; i < rightIds[w].length; i++) {
                        int y = rightIds[w][i] < 0 ? fixed : cls[rightIds[w][i]];
                        if (rc[y] == 0) {
                            rKeys[nrk++] = y;
                        }
                        rc[y] += rightCounts[w][i];
                    }
                    for (int i = 0; i < leftIds[w].length; i++) {
                        int x = leftIds[w][i] < 0 ? fixed : cls[leftIds[w][i]];
                        if (lc[x] == 0) {
                            lKeys[nlk++] = x;
                        }
                        lc[x] += leftCounts[w][i];
                    }
                    long s = self[w];
                    // take the word out of its class
                    for (int i = 0; i < nrk; i++) {
                        b[a * width + rKeys[i]] -= rc[rKeys[i]];
                    }
                    for (int i = 0; i < nlk; i++) {
                        b[lKeys[i] * width + a] -= lc[lKeys[i]];
                    }
                    b[a * width + a] -= s;
                    nl[a] -= asLeft[w];
                    nr[a] -= asRight[w];
                    int best = a;
                    double bestGain = gain(a, b, nl, nr, width, rc, lc, rKeys, nrk, lKeys, nlk, s, asLeft[w], asRight[w]);
                    for (int cand = 0; cand < c; cand++) {
                        if (cand == a) {
                            continue;
                        }
                        double gain = gain(cand, b, nl, nr, width, rc, lc, rKeys, nrk, lKeys, nlk, s, asLeft[w], asRight[w]);
                        if (gain > bestGain + 1e-9) {
                            bestGain = gain;
                            best = cand;
                        }
                    }
                    // put it into the best class
                    for (int i = 0; i < nrk; i++) {
                        b[best * width + rKeys[i]] += rc[rKeys[i]];
                    }
                    for (int i = 0; i < nlk; i++) {
                        b[lKeys[i] * width + best] += lc[lKeys[i]];
                    }
                    b[best * width + best] += s;
                    nl[best] += asLeft[w];
                    nr[best] += asRight[w];
                    if (best != a) {
                        cls[w] = best;
                        moved++;
                    }
                    for (int i = 0; i < nrk; i++) {
                        rc[rKeys[i]] = 0;
                    }
                    for (int i = 0; i < nlk; i++) {
                        lc[lKeys[i]] = 0;
                    }
                }
                if (log != null) {
                    log.printf("%d classes, pass %d: %d words moved%n", c, pass + 1, moved);
                    log.flush();
                }
                if (moved == 0) {
                    break;
                }
            }
            return cls;
        }

        /** The change of the objective when the word (taken out) joins class {@code t}. */
        private double gain(int t, long[] b, long[] nl, long[] nr, int width, long[] rc, long[] lc,
                            int[] rKeys, int nrk, int[] lKeys, int nlk, long s, long asLeft, long asRight) {
            double d = 0;
            int row = t * width;
            for (int i = 0; i < nrk; i++) {
                int y = rKeys[i];
                if (y != t) {
                    long old = b[row + y];
                    d += f(old + rc[y]) - f(old);
                }
            }
            for (int i = 0; i < nlk; i++) {
                int x = lKeys[i];
                if (x != t) {
                    long old = b[x * width + t];
                    d += f(old + lc[x]) - f(old);
                }
            }
            long oldDiag = b[row + t];
            d += f(oldDiag + rc[t] + lc[t] + s) - f(oldDiag);
            d -= f(nl[t] + asLeft) - f(nl[t]);
            d -= f(nr[t] + asRight) - f(nr[t]);
            return d;
        }
    }

    /** A text's words as the classes are looked up: normalized, tokenized like the pipeline, clitic-stripped stems. */
    public static String[] words(String text) {
        List<org.marsad.document.Token> tokens = org.marsad.text.Tokenizer.tokenize(org.marsad.text.ArabicNormalizer.normalize(text));
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = WordAnalysis.stemOf(tokens.get(i).norm());
        }
        return out;
    }

    /** A corpus sentence's words as the classes are looked up (see {@link #words(String)}). */
    public static String[] words(List<String> corpusTokens) {
        String[] pieces = PieceAlignment.of(corpusTokens).pieces();
        String[] out = new String[pieces.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = WordAnalysis.stemOf(pieces[i]);
        }
        return out;
    }

    /** Writes the classes as text: a header line {@code # sizes 64 256 1024}, then {@code word<TAB>c1<TAB>c2...} sorted by word. */
    public void writeText(OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.print("# sizes");
        for (int s : sizes) {
            w.print(" " + s);
        }
        w.print('\n');
        for (Map.Entry<String, String[]> e : new TreeMap<>(classes).entrySet()) {
            w.print(e.getKey());
            for (String c : e.getValue()) {
                w.print('\t');
                w.print(c);
            }
            w.print('\n');
        }
        w.flush();
    }

    /** Reads what {@link #writeText} wrote (other {@code #} lines are comments). */
    public static WordClusters readText(InputStream in, String name) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int[] sizes = null;
        Map<String, String[]> classes = new HashMap<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.startsWith("# sizes")) {
                sizes = Arrays.stream(line.substring("# sizes".length()).trim().split(" +")).mapToInt(Integer::parseInt).toArray();
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (sizes == null || parts.length != sizes.length + 1) {
                throw new IOException(name + ":" + n + ": expected word and " + (sizes == null ? "?" : sizes.length)
                        + " classes after a '# sizes' line");
            }
            classes.put(parts[0], intern(Arrays.copyOfRange(parts, 1, parts.length)));
        }
        if (sizes == null) {
            throw new IOException(name + ": no '# sizes' line");
        }
        return new WordClusters(sizes, classes);
    }

    /** Writes the classes into a model file. */
    void write(DataOutputStream d) throws IOException {
        d.writeInt(sizes.length);
        for (int s : sizes) {
            d.writeInt(s);
        }
        List<String> words = new ArrayList<>(classes.keySet());
        Collections.sort(words);
        d.writeInt(words.size());
        for (String w : words) {
            d.writeUTF(w);
            for (String c : classes.get(w)) {
                d.writeShort(Integer.parseInt(c));
            }
        }
    }

    /** Reads what {@link #write} wrote. */
    static WordClusters read(DataInputStream d) throws IOException {
        int[] sizes = new int[d.readInt()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = d.readInt();
        }
        int n = d.readInt();
        Map<String, String[]> classes = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String w = d.readUTF();
            String[] c = new String[sizes.length];
            for (int j = 0; j < c.length; j++) {
                c[j] = Integer.toString(d.readShort());
            }
            classes.put(w, intern(c));
        }
        return new WordClusters(sizes, classes);
    }

    private static final Map<String, String> POOL = new java.util.concurrent.ConcurrentHashMap<>();

    private static String[] intern(String[] c) {
        for (int i = 0; i < c.length; i++) {
            c[i] = POOL.computeIfAbsent(c[i], x -> x);
        }
        return c;
    }
}
