package org.marsad.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds near-duplicate articles (syndicated or lightly edited copies) among those added so far,
 * by locality-sensitive hashing of {@link MinHasher} signatures. The rules:
 * <ol>
 *   <li>the signature is cut into {@code bands} bands of {@code size / bands} rows; two articles
 *       are candidates when any band is equal in both (with 32 bands of 4 rows, a pair of Jaccard
 *       similarity 0.6 is a candidate with probability 0.99, a pair of 0.2 with probability 0.05);</li>
 *   <li>a candidate is a duplicate when the estimated similarity is at least {@code threshold}
 *       (0.5 by default: independent reports of one event that share a quoted statement stay
 *       well below it);</li>
 *   <li>texts with fewer than {@code minShingles} shingles are never called duplicates (a bare
 *       headline says too little);</li>
 *   <li>an article joins the group of the most similar earlier article; the first article of a
 *       group is its original, so adding articles in publication order makes the earliest
 *       publication the original.</li>
 * </ol>
 * Work per article is bounded by the number of bands and the size of the buckets it falls in, not
 * by the number of articles indexed.
 *
 * <p>Thread-safe: every method is synchronized.
 */
public final class NearDuplicateIndex {
    public static final int DEFAULT_BANDS = 32;
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final int DEFAULT_MIN_SHINGLES = 8;

    /** An article found to be a copy: the earlier article it matched best, and the original of its group. */
    public record Match(String article, String matched, String original, double similarity) {
    }

    /** A group of near-duplicates: the original and its copies, in the order they were added. */
    public record Group(String original, List<Match> copies) {
        public Group {
            copies = List.copyOf(copies);
        }
    }

    private record Entry(String id, Signature signature, int root) {
    }

    private final int bands;
    private final double threshold;
    private final int minShingles;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Long, int[]> buckets = new HashMap<>();
    private final Map<String, Match> matches = new LinkedHashMap<>();

    public NearDuplicateIndex(int bands, double threshold, int minShingles) {
        if (bands < 1 || threshold <= 0 || threshold > 1 || minShingles < 1) {
            throw new IllegalArgumentException("bands >= 1, 0 < threshold <= 1 and minShingles >= 1 expected");
        }
        this.bands = bands;
        this.threshold = threshold;
        this.minShingles = minShingles;
    }

    /** 32 bands, threshold 0.5, at least 8 shingles. */
    public NearDuplicateIndex() {
        this(DEFAULT_BANDS, DEFAULT_THRESHOLD, DEFAULT_MIN_SHINGLES);
    }

    public double threshold() {
        return threshold;
    }

    /**
     * Adds an article and returns the earlier article it copies, if any.
     *
     * @throws IllegalArgumentException if the id was added before, or the signature's size is not a
     *                                  multiple of the number of bands
     */
    public synchronized Optional<Match> add(String id, Signature s) {
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("article " + id + " was added to the near-duplicate index before");
        }
        if (s.size() % bands != 0) {
            throw new IllegalArgumentException("signature size " + s.size() + " is not a multiple of " + bands + " bands");
        }
        int r = s.size() / bands;
        int self = entries.size();
        if (s.shingles() < minShingles) {
            entries.add(new Entry(id, s, self));
            byId.put(id, self);
            return Optional.empty();
        }
        int best = -1;
        double bestSim = 0;
        long[] keys = new long[bands];
        Set<Integer> seen = new HashSet<>();
        for (int b = 0; b < bands; b++) {
            keys[b] = s.band(b * r, (b + 1) * r);
            int[] bucket = buckets.get(keys[b]);
            if (bucket == null) {
                continue;
            }
            for (int i = 1; i <= bucket[0]; i++) {
                int c = bucket[i];
                if (!seen.add(c)) {
                    continue;
                }
                double sim = entries.get(c).signature().similarity(s);
                if (sim >= threshold && (sim > bestSim || (sim == bestSim && c < best))) {
                    best = c;
                    bestSim = sim;
                }
            }
        }
        int root = best < 0 ? self : entries.get(best).root();
        entries.add(new Entry(id, s, root));
        byId.put(id, self);
        for (long k : keys) {
            buckets.merge(k, new int[] {1, self}, NearDuplicateIndex::append);
        }
        if (best < 0) {
            return Optional.empty();
        }
        Match m = new Match(id, entries.get(best).id(), entries.get(root).id(), bestSim);
        matches.put(id, m);
        return Optional.of(m);
    }

    private static int[] append(int[] bucket, int[] one) {
        int n = bucket[0];
        int[] b = n + 1 < bucket.length ? bucket : Arrays.copyOf(bucket, Math.max(4, bucket.length * 2));
        b[n + 1] = one[1];
        b[0] = n + 1;
        return b;
    }

    /** The match recorded when {@code id} was added, if it was found to be a copy. */
    public synchronized Optional<Match> match(String id) {
        return Optional.ofNullable(matches.get(id));
    }

    /** The original of the group an article belongs to (itself when it copies nothing). */
    public synchronized Optional<String> originalOf(String id) {
        Integer i = byId.get(id);
        return i == null ? Optional.empty() : Optional.of(entries.get(entries.get(i).root()).id());
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The groups with at least one copy, ordered by their originals. */
    public synchronized List<Group> groups() {
        Map<String, List<Match>> g = new LinkedHashMap<>();
        for (Match m : matches.values()) {
            g.computeIfAbsent(m.original(), k -> new ArrayList<>()).add(m);
        }
        List<Group> out = new ArrayList<>();
        g.forEach((o, l) -> out.add(new Group(o, l)));
        out.sort(Comparator.comparing(x -> byId.get(x.original())));
        return out;
    }
}
