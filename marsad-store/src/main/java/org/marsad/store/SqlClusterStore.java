package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.marsad.link.BlockKey;
import org.marsad.link.Blocking;
import org.marsad.link.ClusterStore;
import org.marsad.link.EventCluster;
import org.marsad.link.EventMention;

/**
 * The linker's clusters in the database ({@code docs/LINKING.md}): a row of consensus fields per
 * cluster ({@code clusters}), its reports and copies in the order they joined ({@code cluster_members},
 * each with the whole {@link EventMention} as JSON, from which the cluster is rebuilt by replaying
 * them); the block index is the clusters' {@code blocks}, read by week ({@link BlockWeeks}).
 *
 * <ul>
 *   <li>Writes are kept until {@link #flush} at the end of the transaction and then written in a
 *       few multi-row statements: a cluster's consensus row once however many reports joined it,
 *       with its blocks, the reports and copies that joined since it was stored (a cluster's lists
 *       only grow), the clusters merged away;</li>
 *   <li>clusters read are kept in a cache of the last {@value #CACHE_SIZE} used, and lookups by
 *       block are answered from the weeks of the block index held in memory; {@link StoreLinker}
 *       empties both when another process linked since;</li>
 *   <li>it remembers which clusters a transaction wrote or removed, so that the threads holding
 *       them can be rewritten ({@link StoreLinker}).</li>
 * </ul>
 *
 * <p>Not thread-safe: used by {@link StoreLinker} inside one transaction at a time ({@link #bind}).
 */
final class SqlClusterStore implements ClusterStore {
    static final int CACHE_SIZE = 20_000;

    /** A cluster and how much of it is stored. */
    private static final class Entry {
        EventCluster cluster;
        /** reports and copies seen by the last put (or load) */
        int reports;
        int copies;
        /** position of the next member in the cluster's join order */
        int nextOrd;
        /** blocks it is registered under; null when stored and not read yet */
        Set<BlockKey> blocks;
        /** what the stored row's indexed columns hold; null when not stored or not read yet */
        ClusterRows.Indexed stored;
        /** members not written yet, in join order */
        final List<ClusterRows.Member> pending = new ArrayList<>();
    }

    private final Map<Long, Entry> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final Map<Long, Entry> dirty = new LinkedHashMap<>();
    private final Set<Long> removedStored = new LinkedHashSet<>();
    private final Set<Long> touched = new LinkedHashSet<>();
    private final Set<String> staleThreads = new HashSet<>();
    private final BlockWeeks blocks = new BlockWeeks();
    private Statements st;
    private long next;
    /** Clusters numbered from here on were made in this transaction: nothing of them is stored. */
    private long firstNew;

    /** Works on the transaction's statements from now on; {@code next} is the next cluster number. */
    void bind(Statements statements, long nextNumber) {
        this.st = statements;
        this.next = nextNumber;
        this.firstNew = nextNumber;
        touched.clear();
        staleThreads.clear();
    }

    /** Forgets everything held in memory (another process linked, or a transaction rolled back). */
    void clearCache() {
        cache.clear();
        dirty.clear();
        removedStored.clear();
        blocks.clear();
    }

    long nextNumber() {
        return next;
    }

    /** Clusters written in this transaction (still in the store). */
    Set<Long> touched() {
        return touched;
    }

    /** Threads of the clusters removed in this transaction (known after {@link #flush}). */
    Set<String> staleThreads() {
        return staleThreads;
    }

    @Override
    public long newNumber() {
        return next++;
    }

    @Override
    public Optional<EventCluster> get(long number) {
        return entry(number).map(e -> e.cluster);
    }

    private Optional<Entry> entry(long number) {
        Entry e = dirty.get(number);
        if (e == null) {
            e = cache.get(number);
        }
        if (e == null && number < firstNew && !removedStored.contains(number)) {
            e = load(number);
            if (e != null) {
                cache.put(number, e);
            }
        }
        return Optional.ofNullable(e);
    }

    private Entry load(long number) {
        return SqlSignatureStore.run(() -> {
            PreparedStatement p = st.get("SELECT is_copy, copy_of, similarity, mention FROM cluster_members "
                    + "WHERE cluster = ? ORDER BY ord");
            p.setLong(1, number);
            Replay r = new Replay(number);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    r.add(rs.getInt(1) == 1, rs.getString(2), rs.getDouble(3), rs.getString(4));
                }
            }
            if (r.cluster == null) {
                return null;
            }
            Entry e = new Entry();
            e.cluster = r.cluster;
            e.reports = r.cluster.mentions().size();
            e.copies = r.cluster.copies().size();
            e.nextOrd = r.members;
            return e;
        });
    }

    private Set<BlockKey> storedBlocks(long number) {
        return readStored(number, null);
    }

    /**
     * The blocks of a stored cluster's row; with {@code e}, its indexed columns' values go to
     * {@code e.stored} (left null when the row is missing).
     */
    private Set<BlockKey> readStored(long number, Entry e) {
        return SqlSignatureStore.run(() -> {
            PreparedStatement b = st.get("SELECT blocks, " + ClusterRows.INDEXED_COLUMNS + " FROM clusters WHERE number = ?");
            b.setLong(1, number);
            try (ResultSet rs = b.executeQuery()) {
                if (!rs.next()) {
                    return new HashSet<BlockKey>();
                }
                Set<BlockKey> blocks = ClusterRows.blocks(rs.getString(1));
                if (e != null) {
                    int week = rs.getInt(5);
                    e.stored = new ClusterRows.Indexed(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.wasNull() ? null : week);
                }
                return blocks;
            }
        });
    }

    /** Rebuilds a cluster from its rows in the order they joined. */
    private static final class Replay {
        final long number;
        EventCluster cluster;
        int members;

        Replay(long number) {
            this.number = number;
        }

        void add(boolean copy, String copyOf, double similarity, String mention) {
            EventMention m = MentionCodec.read(mention);
            if (copy) {
                if (cluster == null) {
                    throw new StoreException("cluster c" + number + " starts with a copy: its rows are damaged");
                }
                cluster = cluster.withCopy(new EventCluster.Copy(m, copyOf, similarity));
            } else {
                cluster = cluster == null ? EventCluster.of(number, m) : cluster.with(m);
            }
            members++;
        }
    }

    /** Every stored cluster, by ascending number, without filling the cache (after a flush). */
    void forEach(Consumer<EventCluster> each) {
        SqlSignatureStore.run(() -> {
            try (ResultSet rs = st.get("SELECT cluster, is_copy, copy_of, similarity, mention FROM cluster_members "
                    + "ORDER BY cluster, ord").executeQuery()) {
                Replay r = null;
                while (rs.next()) {
                    long n = rs.getLong(1);
                    if (r == null || r.number != n) {
                        if (r != null) {
                            each.accept(r.cluster);
                        }
                        r = new Replay(n);
                    }
                    r.add(rs.getInt(2) == 1, rs.getString(3), rs.getDouble(4), rs.getString(5));
                }
                if (r != null) {
                    each.accept(r.cluster);
                }
            }
            return null;
        });
    }

    @Override
    public List<Long> candidates(Collection<BlockKey> keys) {
        return SqlSignatureStore.run(() -> blocks.candidates(st, keys, null, removedStored::contains));
    }

    /** Only the clusters of the report's kind ({@link BlockWeeks#kind}): the others cannot take it. */
    @Override
    public List<Long> candidates(Collection<BlockKey> keys, String family, boolean factual) {
        String kind = BlockWeeks.kind(family, factual);
        return SqlSignatureStore.run(() -> blocks.candidates(st, keys, kind, removedStored::contains));
    }

    /** As {@link #candidates(Collection, String, boolean)}, a week and then its spaces at a time. */
    @Override
    public List<Long> candidates(Blocking.Query q, String family, boolean factual) {
        String kind = BlockWeeks.kind(family, factual);
        return SqlSignatureStore.run(() -> blocks.candidates(st, q, kind, removedStored::contains));
    }

    @Override
    public void put(EventCluster c, Set<BlockKey> registered) {
        long n = c.number();
        if (n >= next) {
            next = n + 1;
        }
        Entry e = dirty.remove(n);
        if (e == null) {
            e = cache.remove(n);
        }
        if (e == null && n < firstNew && !removedStored.contains(n)) {
            e = load(n);
        }
        if (e == null) {
            e = new Entry();
            e.blocks = Set.of();
        }
        if (e.blocks == null) {
            e.blocks = readStored(n, e);
        }
        List<EventMention> ms = c.mentions();
        for (int i = e.reports; i < ms.size(); i++) {
            e.pending.add(new ClusterRows.Member(n, e.nextOrd++, false, ms.get(i), null, Double.NaN));
        }
        List<EventCluster.Copy> cs = c.copies();
        for (int i = e.copies; i < cs.size(); i++) {
            e.pending.add(new ClusterRows.Member(n, e.nextOrd++, true, cs.get(i).mention(), cs.get(i).copyOf(),
                    cs.get(i).similarity()));
        }
        e.reports = ms.size();
        e.copies = cs.size();
        Set<BlockKey> before = e.blocks;
        SqlSignatureStore.run(() -> {
            blocks.register(st, n, BlockWeeks.kind(c.family(), c.factual()), before, registered,
                    removedStored::contains);
            return null;
        });
        e.blocks = Set.copyOf(registered);
        e.cluster = c;
        dirty.put(n, e);
        touched.add(n);
    }

    @Override
    public void remove(long number) {
        Optional<Entry> e = entry(number);
        dirty.remove(number);
        cache.remove(number);
        touched.remove(number);
        if (e.isEmpty()) {
            return;
        }
        Set<BlockKey> registered = e.get().blocks != null ? e.get().blocks : storedBlocks(number);
        blocks.forget(number, BlockWeeks.kind(e.get().cluster.family(), e.get().cluster.factual()), registered);
        if (number < firstNew) {
            removedStored.add(number);
        }
    }

    @Override
    public List<Long> clustersOfArticle(String article) {
        return SqlSignatureStore.run(() -> {
            PreparedStatement p = st.get("SELECT DISTINCT cluster FROM cluster_members WHERE doc_id = ?");
            p.setString(1, article);
            TreeSet<Long> out = new TreeSet<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
            out.removeAll(removedStored);
            dirty.forEach((n, e) -> {
                if (e.cluster.hasArticle(article)) {
                    out.add(n);
                }
            });
            return new ArrayList<>(out);
        });
    }

    @Override
    public List<EventCluster> all() {
        flush();
        List<EventCluster> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    @Override
    public int size() {
        flush();
        return SqlSignatureStore.run(() -> {
            try (ResultSet r = st.get("SELECT COUNT(*) FROM clusters").executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
    }

    /** Writes what this transaction changed: clusters merged away, consensus rows with blocks, new members. */
    void flush() {
        SqlSignatureStore.run(() -> {
            if (!removedStored.isEmpty()) {
                List<Long> gone = new ArrayList<>(removedStored);
                Statements.inChunks(gone, 200, part -> {
                    PreparedStatement t = st.get(Statements.sql("clusters.threads", part.size(),
                            n -> "SELECT DISTINCT thread FROM clusters WHERE thread IS NOT NULL AND number IN ("
                                    + Statements.marks(n) + ")"));
                    Statements.setLongs(t, part);
                    try (ResultSet r = t.executeQuery()) {
                        while (r.next()) {
                            staleThreads.add(r.getString(1));
                        }
                    }
                });
                ClusterRows.delete(st, gone);
            }
            List<ClusterRows.Row> rows = new ArrayList<>(dirty.size());
            List<ClusterRows.Member> members = new ArrayList<>();
            for (Entry e : dirty.values()) {
                rows.add(new ClusterRows.Row(e.cluster, e.blocks, e.stored));
                members.addAll(e.pending);
            }
            ClusterRows.upsert(st, rows);
            ClusterRows.insert(st, members);
            return null;
        });
        for (Map.Entry<Long, Entry> d : dirty.entrySet()) {
            d.getValue().pending.clear();
            d.getValue().stored = ClusterRows.indexed(d.getValue().cluster, d.getValue().blocks);
            cache.put(d.getKey(), d.getValue());
        }
        dirty.clear();
        removedStored.clear();
        firstNew = next;
        blocks.trim();
    }
}
