package org.marsad.store;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.link.NearDuplicateIndex;
import org.marsad.link.Signature;
import org.marsad.link.SignatureStore;

/**
 * The near-duplicate index's signatures in the database: {@code link_articles} (one row per linked
 * article: signature as 128 big-endian ints, the original of its group, the match found) and, in
 * a store of more than {@value BandIndex#MAX_ARTICLES} linked articles, {@code link_bands} (band
 * key → article, primary key {@code (band_key, seq)}), so that copies of articles ingested in
 * earlier runs are found, on SQLite and PostgreSQL alike. While the store is small enough for its
 * band index and article ids to be held in memory ({@link BandIndex}: a pure cache, kept up to
 * date by each flush) a lookup costs no query (only the rare articles found under a band are read,
 * by {@code seq}), and no band rows are written: the index is derived from the stored signatures
 * when a process starts linking ({@code link_state.band_rows} 0). The flush that takes the store
 * past that size writes the band rows of all its articles and sets {@code band_rows} to 1; from
 * then on each article's 32 rows are written with it and a lookup is one query over its band keys.
 * Articles added are written by {@link #flush} at the end of the transaction, in a few
 * multi-row statements; until then they are looked up in memory.
 *
 * <p>Not thread-safe: used by {@link StoreLinker} inside one transaction at a time ({@link #bind}).
 */
final class SqlSignatureStore implements SignatureStore {
    private record Added(Entry entry, long[] keys, Optional<NearDuplicateIndex.Match> match) {
    }

    private Statements st;
    private long next;
    /** whether the store keeps band rows (link_state.band_rows); when not, they are derived */
    private boolean rows = true;
    private final Map<String, Added> pending = new LinkedHashMap<>();
    private final Map<Long, List<Entry>> pendingBands = new java.util.HashMap<>();
    private final BandIndex index = new BandIndex();

    /**
     * Works on the transaction's statements from now on; {@code bandRows}: whether the store keeps
     * the band keys in {@code link_bands} ({@code link_state.band_rows}).
     */
    void bind(Statements statements, boolean bandRows) {
        this.st = statements;
        this.next = -1;
        this.rows = bandRows;
        clear();
    }

    /** Whether the band index is held in memory (read the first time, if the store is small enough). */
    private boolean cachedIndex() {
        run(() -> {
            index.load(st, rows);
            return null;
        });
        return index.complete();
    }

    /**
     * The band keys of a stored signature ({@code link_articles.shingles} and {@code signature}),
     * as {@link NearDuplicateIndex#add} filed it: none for a text too short to compare.
     */
    static long[] bandKeys(int shingles, byte[] signature) {
        return NearDuplicateIndex.bandKeys(new Signature(ints(signature), shingles), NearDuplicateIndex.DEFAULT_BANDS,
                NearDuplicateIndex.DEFAULT_MIN_SHINGLES);
    }

    /** Drops the cached band index (another process linked, or a transaction rolled back). */
    void forget() {
        index.clear();
    }

    /** Forgets what was added and not written (the transaction rolled back). */
    void clear() {
        pending.clear();
        pendingBands.clear();
    }

    @Override
    public boolean contains(String id) {
        if (pending.containsKey(id)) {
            return true;
        }
        if (cachedIndex()) {
            return index.contains(id);
        }
        return run(() -> {
            PreparedStatement p = st.get("SELECT 1 FROM link_articles WHERE doc_id = ?");
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        });
    }

    @Override
    public long size() {
        if (next < 0) {
            next = run(() -> {
                try (ResultSet r = st.get("SELECT COALESCE(MAX(seq) + 1, 0) FROM link_articles").executeQuery()) {
                    return r.next() ? r.getLong(1) : 0L;
                }
            });
        }
        return next;
    }

    @Override
    public Collection<Entry> candidates(long[] bandKeys) {
        if (bandKeys.length == 0) {
            return List.of();
        }
        if (cachedIndex()) {
            return run(() -> cached(bandKeys));
        }
        return run(() -> {
            PreparedStatement p = st.get(Statements.sql("link_bands.lookup", bandKeys.length,
                    n -> "SELECT DISTINCT a.seq, a.doc_id, a.shingles, a.signature, a.original "
                            + "FROM link_bands b JOIN link_articles a ON a.seq = b.seq WHERE b.band_key IN ("
                            + Statements.marks(n) + ")"));
            for (int i = 0; i < bandKeys.length; i++) {
                p.setLong(i + 1, bandKeys[i]);
            }
            Map<Long, Entry> out = new LinkedHashMap<>();
            readEntries(p, out);
            return withPending(bandKeys, out);
        });
    }

    /** Adds the entries a query of {@code seq, doc_id, shingles, signature, original} returns. */
    private static void readEntries(PreparedStatement p, Map<Long, Entry> out) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.putIfAbsent(r.getLong(1), new Entry(r.getLong(1), r.getString(2),
                        new Signature(ints(r.getBytes(4)), r.getInt(3)), r.getString(5)));
            }
        }
    }

    /** The stored candidates and those added in this transaction under the same band keys. */
    private Collection<Entry> withPending(long[] bandKeys, Map<Long, Entry> out) {
        for (long k : bandKeys) {
            for (Entry e : pendingBands.getOrDefault(k, List.of())) {
                out.putIfAbsent(e.seq(), e);
            }
        }
        return out.values();
    }

    /** {@link #candidates} from the band index held in memory: the stored articles found are read by seq. */
    private Collection<Entry> cached(long[] bandKeys) throws SQLException {
        Map<Long, Entry> out = new LinkedHashMap<>();
        List<Long> seqs = java.util.Arrays.stream(index.lookup(bandKeys)).boxed().toList();
        Statements.inChunks(seqs, 64, part -> {
            PreparedStatement p = st.get(Statements.sql("link_articles.bySeq", part.size(),
                    n -> "SELECT seq, doc_id, shingles, signature, original FROM link_articles WHERE seq IN ("
                            + Statements.marks(n) + ")"));
            Statements.setLongs(p, part);
            readEntries(p, out);
        });
        return withPending(bandKeys, out);
    }

    @Override
    public void add(Entry e, long[] bandKeys, Optional<NearDuplicateIndex.Match> match) {
        pending.put(e.id(), new Added(e, bandKeys.clone(), match));
        for (long k : bandKeys) {
            pendingBands.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
        }
        next = e.seq() + 1;
    }

    /** Writes the articles added in this transaction: signatures, then band keys, many rows a statement. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Added> all = new ArrayList<>(pending.values());
        run(() -> {
            Statements.inChunks(all, 200, part -> {
                PreparedStatement p = st.get(Statements.sql("link_articles.insert", part.size(),
                        n -> "INSERT INTO link_articles (seq, doc_id, shingles, signature, original, matched, similarity) "
                                + "VALUES " + String.join(", ", java.util.Collections.nCopies(n, "(?, ?, ?, ?, ?, ?, ?)"))));
                int i = 1;
                for (Added a : part) {
                    p.setLong(i++, a.entry().seq());
                    p.setString(i++, a.entry().id());
                    p.setInt(i++, a.entry().signature().shingles());
                    p.setBytes(i++, bytes(a.entry().signature().toArray()));
                    p.setString(i++, a.entry().original());
                    p.setString(i++, a.match().map(NearDuplicateIndex.Match::matched).orElse(null));
                    if (a.match().isPresent()) {
                        p.setDouble(i++, a.match().get().similarity());
                    } else {
                        p.setNull(i++, Types.DOUBLE);
                    }
                }
                p.executeUpdate();
            });
            List<long[]> bands = new ArrayList<>();
            if (!rows && next >= BandIndex.limit) {
                // the store outgrows the band index held in memory: from now on the band keys of
                // every article are kept in link_bands, those of the articles stored so far first
                rows = true;
                try (ResultSet r = st.get("SELECT seq, shingles, signature FROM link_articles").executeQuery()) {
                    while (r.next()) {
                        for (long k : bandKeys(r.getInt(2), r.getBytes(3))) {
                            bands.add(new long[] {k, r.getLong(1)});
                        }
                    }
                }
                st.get("UPDATE link_state SET band_rows = 1 WHERE id = 1").executeUpdate();
            } else if (rows) {
                for (Added a : all) {
                    for (long k : a.keys()) {
                        bands.add(new long[] {k, a.entry().seq()});
                    }
                }
            }
            Statements.inChunks(bands, 512, part -> {
                PreparedStatement b = st.get(Statements.sql("link_bands.insert", part.size(),
                        n -> "INSERT INTO link_bands (band_key, seq) VALUES "
                                + String.join(", ", java.util.Collections.nCopies(n, "(?, ?)")) + " ON CONFLICT DO NOTHING"));
                int i = 1;
                for (long[] x : part) {
                    b.setLong(i++, x[0]);
                    b.setLong(i++, x[1]);
                }
                b.executeUpdate();
            });
            return null;
        });
        for (Added a : all) {
            index.add(a.entry().id(), a.entry().seq(), a.keys());
        }
        clear();
    }

    @Override
    public Optional<NearDuplicateIndex.Match> match(String id) {
        Added a = pending.get(id);
        if (a != null) {
            return a.match();
        }
        return run(() -> {
            PreparedStatement p = st.get("SELECT matched, original, similarity FROM link_articles "
                    + "WHERE doc_id = ? AND matched IS NOT NULL");
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(new NearDuplicateIndex.Match(id, r.getString(1), r.getString(2),
                        r.getDouble(3))) : Optional.<NearDuplicateIndex.Match>empty();
            }
        });
    }

    @Override
    public Optional<String> originalOf(String id) {
        Added a = pending.get(id);
        if (a != null) {
            return Optional.of(a.entry().original());
        }
        return run(() -> {
            PreparedStatement p = st.get("SELECT original FROM link_articles WHERE doc_id = ?");
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
            }
        });
    }

    @Override
    public List<NearDuplicateIndex.Group> groups() {
        flush();
        return run(() -> {
            Map<String, List<NearDuplicateIndex.Match>> g = new LinkedHashMap<>();
            try (ResultSet r = st.get("SELECT a.doc_id, a.matched, a.original, a.similarity FROM link_articles a "
                    + "JOIN link_articles o ON o.doc_id = a.original WHERE a.matched IS NOT NULL ORDER BY o.seq, a.seq")
                    .executeQuery()) {
                while (r.next()) {
                    g.computeIfAbsent(r.getString(3), k -> new ArrayList<>()).add(new NearDuplicateIndex.Match(
                            r.getString(1), r.getString(2), r.getString(3), r.getDouble(4)));
                }
            }
            List<NearDuplicateIndex.Group> out = new ArrayList<>();
            g.forEach((o, l) -> out.add(new NearDuplicateIndex.Group(o, l)));
            return out;
        });
    }

    static byte[] bytes(int[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4);
        for (int x : v) {
            b.putInt(x);
        }
        return b.array();
    }

    static int[] ints(byte[] b) {
        if (b == null || b.length % 4 != 0) {
            throw new StoreException("a stored MinHash signature is damaged (" + (b == null ? "null" : b.length + " bytes")
                    + ")");
        }
        int[] v = new int[b.length / 4];
        ByteBuffer.wrap(b).asIntBuffer().get(v);
        return v;
    }

    /** SQL work; its errors become {@link StoreException}s. */
    @FunctionalInterface
    interface Sql<T> {
        T run() throws SQLException;
    }

    static <T> T run(Sql<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("linking: database error: " + e.getMessage(), e);
        }
    }
}
