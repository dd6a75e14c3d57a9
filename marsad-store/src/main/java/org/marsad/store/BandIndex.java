package org.marsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.marsad.link.NearDuplicateIndex;

/**
 * The LSH band index of the near-duplicate signatures (band key → article {@code seq}) and the ids
 * of the linked articles ({@code link_articles.doc_id}), held in memory as a pure cache of the
 * store, so that looking an article up costs no query. Read the first time a process links (a new
 * store: nothing to read): from {@code link_bands} when the store keeps band rows, otherwise
 * derived from the stored signatures ({@link NearDuplicateIndex#bandKeys}: a store of at most
 * {@value #MAX_ARTICLES} articles keeps no band rows, {@code link_state.band_rows}); the articles
 * each transaction wrote are added after its flush. Only for stores of at most
 * {@value #MAX_ARTICLES} linked articles (about {@value #MAX_ARTICLES} × 32 × 32 bytes); beyond
 * that, or after the cache is dropped, the caller queries {@code link_bands} ({@link #complete()}
 * false).
 *
 * <p>Band keys map to their articles in an open-addressing table of primitive arrays (no boxing).
 *
 * <p>Not thread-safe: used by {@link SqlSignatureStore} inside one transaction at a time.
 */
final class BandIndex {
    static final int MAX_ARTICLES = 25_000;
    /** {@link #MAX_ARTICLES}, lowered by tests only (to cross it with a few articles). */
    static volatile int limit = MAX_ARTICLES;
    private boolean complete;
    private boolean tried;
    private final Set<String> ids = new HashSet<>();
    /** open addressing: distinct band keys and the head of their chain of articles (-1: free) */
    private long[] keys = new long[1 << 10];
    private int[] head = filled(1 << 10);
    private int distinct;
    /** chains: the article and the next link of each (band key, article) pair */
    private int[] seq = new int[1 << 10];
    private int[] next = new int[1 << 10];
    private int pairs;

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    /** Whether every linked article of the store is held. */
    boolean complete() {
        return complete;
    }

    /** Forgets everything (another process linked, or a transaction rolled back): read again at next use. */
    void clear() {
        complete = false;
        tried = false;
        ids.clear();
        keys = new long[1 << 10];
        head = filled(1 << 10);
        distinct = 0;
        seq = new int[1 << 10];
        next = new int[1 << 10];
        pairs = 0;
    }

    /** As {@link #load(Statements, boolean)} from the band rows. */
    void load(Statements st) throws SQLException {
        load(st, true);
    }

    /**
     * The first use after a {@link #clear}: reads the tables if the store is small enough, the
     * band keys from {@code link_bands} ({@code rows}) or from the signatures (always: a store
     * without band rows is small enough by construction, {@link SqlSignatureStore#flush}).
     */
    void load(Statements st, boolean rows) throws SQLException {
        if (tried) {
            return;
        }
        tried = true;
        if (!rows) {
            try (ResultSet r = st.get("SELECT seq, doc_id, shingles, signature FROM link_articles").executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(2));
                    for (long k : SqlSignatureStore.bandKeys(r.getInt(3), r.getBytes(4))) {
                        put(k, Math.toIntExact(r.getLong(1)));
                    }
                }
            }
            complete = true;
            return;
        }
        long n;
        try (ResultSet r = st.get("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM link_articles").executeQuery()) {
            r.next();
            n = Math.max(r.getLong(1), r.getLong(2) + 1);
        }
        if (n > limit) {
            return;
        }
        try (ResultSet r = st.get("SELECT doc_id FROM link_articles").executeQuery()) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        try (ResultSet r = st.get("SELECT band_key, seq FROM link_bands").executeQuery()) {
            while (r.next()) {
                put(r.getLong(1), Math.toIntExact(r.getLong(2)));
            }
        }
        complete = true;
    }

    /** Whether the article was linked (complete index only). */
    boolean contains(String id) {
        return ids.contains(id);
    }

    /** An article written to the store, with its band keys; drops the cache past {@value #MAX_ARTICLES}. */
    void add(String id, long seqOf, long[] bandKeys) {
        if (!complete) {
            return;
        }
        if (ids.size() >= limit || seqOf >= limit) {
            clear();
            tried = true;
            return;
        }
        ids.add(id);
        for (long k : bandKeys) {
            put(k, (int) seqOf);
        }
    }

    /** The articles filed under any of the keys, each once, ascending. */
    long[] lookup(long[] bandKeys) {
        long[] out = new long[8];
        int n = 0;
        for (long k : bandKeys) {
            int slot = slot(k);
            if (head[slot] < 0) {
                continue;
            }
            for (int p = head[slot]; p >= 0; p = next[p]) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = seq[p];
            }
        }
        return Arrays.copyOf(out, LongRuns.sortDistinct(out, n));
    }

    /** The slot of key {@code k}: where it is, or the free slot where it would go. */
    private int slot(long k) {
        int mask = keys.length - 1;
        int i = (int) ((k ^ (k >>> 32)) * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (head[i] >= 0 && keys[i] != k) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void put(long k, int article) {
        if ((distinct + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(k);
        if (head[i] < 0) {
            keys[i] = k;
            distinct++;
        } else {
            for (int p = head[i]; p >= 0; p = next[p]) {
                if (seq[p] == article) {
                    return;
                }
            }
        }
        if (pairs == seq.length) {
            seq = Arrays.copyOf(seq, pairs * 2);
            next = Arrays.copyOf(next, pairs * 2);
        }
        seq[pairs] = article;
        next[pairs] = head[i];
        head[i] = pairs++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHead = head;
        keys = new long[oldKeys.length * 2];
        head = filled(oldKeys.length * 2);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldHead[j] >= 0) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                head[i] = oldHead[j];
            }
        }
    }
}
