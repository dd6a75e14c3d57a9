package org.marsad.link;

import java.util.List;
import java.util.Optional;

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
 * by the number of articles indexed. The signatures live in a {@link SignatureStore}: in memory by
 * default, in the database of {@code marsad-store} so that copies are found across runs.
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

    private final int bands;
    private final double threshold;
    private final int minShingles;
    private final SignatureStore store;

    /**
     * @param store where the signatures are kept (in memory, or a database so that copies are found
     *              across runs)
     */
    public NearDuplicateIndex(int bands, double threshold, int minShingles, SignatureStore store) {
        if (bands < 1 || threshold <= 0 || threshold > 1 || minShingles < 1) {
            throw new IllegalArgumentException("bands >= 1, 0 < threshold <= 1 and minShingles >= 1 expected");
        }
        this.bands = bands;
        this.threshold = threshold;
        this.minShingles = minShingles;
        this.store = store;
    }

    public NearDuplicateIndex(int bands, double threshold, int minShingles) {
        this(bands, threshold, minShingles, new InMemorySignatureStore());
    }

    /** 32 bands, threshold 0.5, at least 8 shingles, in memory. */
    public NearDuplicateIndex() {
        this(new InMemorySignatureStore());
    }

    /** 32 bands, threshold 0.5, at least 8 shingles, kept in {@code store}. */
    public NearDuplicateIndex(SignatureStore store) {
        this(DEFAULT_BANDS, DEFAULT_THRESHOLD, DEFAULT_MIN_SHINGLES, store);
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
        if (store.contains(id)) {
            throw new IllegalArgumentException("article " + id + " was added to the near-duplicate index before");
        }
        if (s.size() % bands != 0) {
            throw new IllegalArgumentException("signature size " + s.size() + " is not a multiple of " + bands + " bands");
        }
        long self = store.size();
        long[] keys = bandKeys(s, bands, minShingles);
        if (keys.length == 0) { // too short to compare: filed under no band
            store.add(new SignatureStore.Entry(self, id, s, id), keys, Optional.empty());
            return Optional.empty();
        }
        SignatureStore.Entry best = null;
        double bestSim = 0;
        for (SignatureStore.Entry c : store.candidates(keys)) {
            double sim = c.signature().similarity(s);
            if (sim >= threshold && (best == null || sim > bestSim || (sim == bestSim && c.seq() < best.seq()))) {
                best = c;
                bestSim = sim;
            }
        }
        if (best == null) {
            store.add(new SignatureStore.Entry(self, id, s, id), keys, Optional.empty());
            return Optional.empty();
        }
        Match m = new Match(id, best.id(), best.original(), bestSim);
        store.add(new SignatureStore.Entry(self, id, s, best.original()), keys, Optional.of(m));
        return Optional.of(m);
    }

    /**
     * The LSH band keys an article's signature is filed under ({@code bands} bands of equal rows),
     * none when it has fewer than {@code minShingles} shingles (too short to compare): a function of
     * the signature alone, so that a store may derive them from the signatures it keeps instead of
     * storing them.
     */
    public static long[] bandKeys(Signature s, int bands, int minShingles) {
        if (s.shingles() < minShingles) {
            return new long[0];
        }
        int r = s.size() / bands;
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            keys[b] = s.band(b * r, (b + 1) * r);
        }
        return keys;
    }

    /** The match recorded when {@code id} was added, if it was found to be a copy. */
    public synchronized Optional<Match> match(String id) {
        return store.match(id);
    }

    /** The original of the group an article belongs to (itself when it copies nothing). */
    public synchronized Optional<String> originalOf(String id) {
        return store.originalOf(id);
    }

    public synchronized int size() {
        return Math.toIntExact(store.size());
    }

    /** The groups with at least one copy, ordered by their originals. */
    public synchronized List<Group> groups() {
        return store.groups();
    }

    public SignatureStore store() {
        return store;
    }
}
