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
 * article: signature as 128 big-endian ints, the original of its group, the match found) and
 * {@code link_bands} (band key → article, primary key {@code (band_key, seq)}), so that copies of
 * articles ingested in earlier runs are found, on SQLite and PostgreSQL alike. A lookup is one
 * query over the 32 band keys.
 *
 * <p>Not thread-safe: used by {@link StoreLinker} inside one transaction at a time ({@link #bind}).
 */
final class SqlSignatureStore implements SignatureStore {
    private Statements st;
    private long next;

    /** Works on the transaction's statements from now on. */
    void bind(Statements statements) {
        this.st = statements;
        this.next = -1;
    }

    @Override
    public boolean contains(String id) {
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
        return run(() -> {
            PreparedStatement p = st.get("SELECT DISTINCT a.seq, a.doc_id, a.shingles, a.signature, a.original "
                    + "FROM link_bands b JOIN link_articles a ON a.seq = b.seq WHERE b.band_key IN ("
                    + Statements.marks(bandKeys.length) + ")");
            for (int i = 0; i < bandKeys.length; i++) {
                p.setLong(i + 1, bandKeys[i]);
            }
            Map<Long, Entry> out = new LinkedHashMap<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.putIfAbsent(r.getLong(1), new Entry(r.getLong(1), r.getString(2),
                            new Signature(ints(r.getBytes(4)), r.getInt(3)), r.getString(5)));
                }
            }
            return out.values();
        });
    }

    @Override
    public void add(Entry e, long[] bandKeys, Optional<NearDuplicateIndex.Match> match) {
        run(() -> {
            PreparedStatement p = st.get("INSERT INTO link_articles (seq, doc_id, shingles, signature, original, matched, "
                    + "similarity) VALUES (?, ?, ?, ?, ?, ?, ?)");
            p.setLong(1, e.seq());
            p.setString(2, e.id());
            p.setInt(3, e.signature().shingles());
            p.setBytes(4, bytes(e.signature().toArray()));
            p.setString(5, e.original());
            p.setString(6, match.map(NearDuplicateIndex.Match::matched).orElse(null));
            if (match.isPresent()) {
                p.setDouble(7, match.get().similarity());
            } else {
                p.setNull(7, Types.DOUBLE);
            }
            p.executeUpdate();
            if (bandKeys.length > 0) {
                PreparedStatement b = st.get("INSERT INTO link_bands (band_key, seq) VALUES (?, ?) ON CONFLICT DO NOTHING");
                for (long k : bandKeys) {
                    b.setLong(1, k);
                    b.setLong(2, e.seq());
                    b.addBatch();
                }
                b.executeBatch();
            }
            return null;
        });
        next = e.seq() + 1;
    }

    @Override
    public Optional<NearDuplicateIndex.Match> match(String id) {
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
