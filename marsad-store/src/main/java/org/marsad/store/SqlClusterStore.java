package org.marsad.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.marsad.link.BlockKey;
import org.marsad.link.ClusterStore;
import org.marsad.link.Disagreement;
import org.marsad.link.EventCluster;
import org.marsad.link.EventMention;
import org.marsad.link.Location;
import org.marsad.link.Party;
import org.marsad.link.StoryThreads;
import org.marsad.output.JsonOutput;

/**
 * The linker's clusters in the database ({@code docs/LINKING.md}): a row of consensus fields per
 * cluster ({@code clusters}), its reports and copies in the order they joined ({@code cluster_members},
 * each with the whole {@link EventMention} as JSON), and the block index ({@code cluster_blocks}).
 *
 * <ul>
 *   <li>{@link #put} writes only what changed: the cluster's row (consensus fields are derived and
 *       rewritten), the reports and copies that joined since the stored version (a cluster's lists
 *       only grow), and the difference between its old and new blocks;</li>
 *   <li>{@link #get} rebuilds a cluster from its rows by replaying its reports and copies in the
 *       order they joined; clusters are kept in a bounded cache of the last
 *       {@value #CACHE_SIZE} used, which {@link StoreLinker} empties when another process linked
 *       since (the store's link version changed);</li>
 *   <li>{@link #candidates} is one indexed query over the spaces and the week range of a lookup.</li>
 * </ul>
 * It remembers which clusters a transaction touched or removed, so that the threads holding them
 * can be rewritten ({@link StoreLinker}).
 *
 * <p>Not thread-safe: used by {@link StoreLinker} inside one transaction at a time ({@link #bind}).
 */
final class SqlClusterStore implements ClusterStore {
    static final int CACHE_SIZE = 20_000;

    /** A cluster as stored: how many reports and copies have rows, and the blocks it is registered under. */
    private record Cached(EventCluster cluster, int reports, int copies, Set<BlockKey> blocks) {
    }

    private final Map<Long, Cached> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Cached> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final Set<Long> touched = new LinkedHashSet<>();
    private final Set<String> staleThreads = new HashSet<>();
    private Statements st;
    private long next;

    /** Works on the transaction's statements from now on; {@code next} is the next cluster number. */
    void bind(Statements statements, long nextNumber) {
        this.st = statements;
        this.next = nextNumber;
        touched.clear();
        staleThreads.clear();
    }

    void clearCache() {
        cache.clear();
    }

    long nextNumber() {
        return next;
    }

    /** Clusters written in this transaction (still in the store). */
    Set<Long> touched() {
        return touched;
    }

    /** Threads of the clusters removed in this transaction. */
    Set<String> staleThreads() {
        return staleThreads;
    }

    @Override
    public long newNumber() {
        return next++;
    }

    @Override
    public Optional<EventCluster> get(long number) {
        Cached k = cache.get(number);
        if (k != null) {
            return Optional.of(k.cluster());
        }
        Optional<Cached> loaded = load(number);
        loaded.ifPresent(c -> cache.put(number, c));
        return loaded.map(Cached::cluster);
    }

    private Optional<Cached> load(long number) {
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
                return Optional.<Cached>empty();
            }
            Set<BlockKey> blocks = new HashSet<>();
            PreparedStatement b = st.get("SELECT space, week FROM cluster_blocks WHERE cluster = ?");
            b.setLong(1, number);
            try (ResultSet rs = b.executeQuery()) {
                while (rs.next()) {
                    blocks.add(new BlockKey(rs.getString(1), rs.getInt(2)));
                }
            }
            return Optional.of(new Cached(r.cluster, r.cluster.mentions().size(), r.cluster.copies().size(), blocks));
        });
    }

    /** Rebuilds a cluster from its rows in the order they joined. */
    private static final class Replay {
        final long number;
        EventCluster cluster;

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
        }
    }

    /** Every stored cluster, by ascending number, without filling the cache. */
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
    public List<Long> candidates(Collection<BlockKey> blocks) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        Set<String> spaces = new TreeSet<>();
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (BlockKey b : blocks) {
            spaces.add(b.space());
            lo = Math.min(lo, b.week());
            hi = Math.max(hi, b.week());
        }
        int from = lo;
        int to = hi;
        TreeSet<Long> out = new TreeSet<>();
        if ((long) spaces.size() * (to - from + 1) == new HashSet<>(blocks).size()) {
            // every space in every week of the range: what Blocking.queryKeys asks
            SqlSignatureStore.run(() -> {
                PreparedStatement p = st.get("SELECT DISTINCT cluster FROM cluster_blocks WHERE space IN ("
                        + Statements.marks(spaces.size()) + ") AND week BETWEEN ? AND ?");
                int i = 1;
                for (String s : spaces) {
                    p.setString(i++, s);
                }
                p.setInt(i++, from);
                p.setInt(i, to);
                collect(p, out);
                return null;
            });
        } else {
            List<BlockKey> all = new ArrayList<>(new HashSet<>(blocks));
            for (int at = 0; at < all.size(); at += 100) {
                List<BlockKey> part = all.subList(at, Math.min(all.size(), at + 100));
                SqlSignatureStore.run(() -> {
                    PreparedStatement p = st.get("SELECT DISTINCT cluster FROM cluster_blocks WHERE "
                            + String.join(" OR ", java.util.Collections.nCopies(part.size(), "(space = ? AND week = ?)")));
                    int i = 1;
                    for (BlockKey b : part) {
                        p.setString(i++, b.space());
                        p.setInt(i++, b.week());
                    }
                    collect(p, out);
                    return null;
                });
            }
        }
        return new ArrayList<>(out);
    }

    private static void collect(PreparedStatement p, Set<Long> out) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
    }

    @Override
    public void put(EventCluster c, Set<BlockKey> blocks) {
        long n = c.number();
        if (n >= next) {
            next = n + 1;
        }
        Cached old = cache.get(n);
        if (old == null) {
            old = load(n).orElse(null);
        }
        int reports = old == null ? 0 : old.reports();
        int copies = old == null ? 0 : old.copies();
        Set<BlockKey> oldBlocks = old == null ? Set.of() : old.blocks();
        SqlSignatureStore.run(() -> {
            writeRow(c);
            int ord = reports + copies;
            List<EventMention> ms = c.mentions();
            for (int i = reports; i < ms.size(); i++) {
                member(n, ord++, false, ms.get(i), null, Double.NaN);
            }
            List<EventCluster.Copy> cs = c.copies();
            for (int i = copies; i < cs.size(); i++) {
                member(n, ord++, true, cs.get(i).mention(), cs.get(i).copyOf(), cs.get(i).similarity());
            }
            PreparedStatement del = st.get("DELETE FROM cluster_blocks WHERE space = ? AND week = ? AND cluster = ?");
            boolean any = false;
            for (BlockKey b : oldBlocks) {
                if (!blocks.contains(b)) {
                    del.setString(1, b.space());
                    del.setInt(2, b.week());
                    del.setLong(3, n);
                    del.addBatch();
                    any = true;
                }
            }
            if (any) {
                del.executeBatch();
            }
            PreparedStatement ins = st.get("INSERT INTO cluster_blocks (space, week, cluster) VALUES (?, ?, ?)");
            any = false;
            for (BlockKey b : blocks) {
                if (!oldBlocks.contains(b)) {
                    ins.setString(1, b.space());
                    ins.setInt(2, b.week());
                    ins.setLong(3, n);
                    ins.addBatch();
                    any = true;
                }
            }
            if (any) {
                ins.executeBatch();
            }
            return null;
        });
        cache.put(n, new Cached(c, c.mentions().size(), c.copies().size(), Set.copyOf(blocks)));
        touched.add(n);
    }

    private static final String ROW_COLUMNS = "type, family, factual, place_name, country, admin1, place_kind, "
            + "geo_precision, lat, lon, facility, date_start, date_end, date_precision, day, actor, actor_ref, target, "
            + "target_ref, fatalities, injured, num_reports, num_copies, num_articles, num_sources, sources, "
            + "first_reported, last_reported, disagreements, num_disagreements, summary";

    private static String upsert() {
        StringBuilder set = new StringBuilder();
        for (String col : ROW_COLUMNS.split(", ")) {
            set.append(set.length() == 0 ? "" : ", ").append(col).append(" = excluded.").append(col);
        }
        return "INSERT INTO clusters (number, " + ROW_COLUMNS + ") VALUES (" + Statements.marks(32)
                + ") ON CONFLICT (number) DO UPDATE SET " + set;
    }

    private static final String UPSERT = upsert();

    private void writeRow(EventCluster c) throws SQLException {
        PreparedStatement p = st.get(UPSERT);
        int i = 1;
        p.setLong(i++, c.number());
        p.setString(i++, c.type());
        p.setString(i++, c.family());
        p.setInt(i++, c.factual() ? 1 : 0);
        Optional<Location> pl = c.place();
        p.setString(i++, pl.map(Location::name).orElse(null));
        p.setString(i++, pl.map(Location::country).filter(s -> !s.isEmpty()).orElse(null));
        p.setString(i++, pl.flatMap(Location::admin1).orElse(null));
        p.setString(i++, pl.map(l -> l.kind().name().toLowerCase(java.util.Locale.ROOT)).orElse(null));
        setInt(p, i++, pl.map(l -> OptionalInt.of(l.precision())).orElse(OptionalInt.empty()));
        setDouble(p, i++, pl.flatMap(Location::point).map(Location.LatLon::lat));
        setDouble(p, i++, pl.flatMap(Location::point).map(Location.LatLon::lon));
        p.setString(i++, c.facility().orElse(null));
        p.setString(i++, c.date().map(d -> d.start().toString()).orElse(null));
        p.setString(i++, c.date().map(d -> d.end().toString()).orElse(null));
        p.setString(i++, c.date().map(d -> d.precision().label()).orElse(null));
        p.setString(i++, StoryThreads.day(c).map(Object::toString).orElse(null));
        p.setString(i++, c.actor().map(Party::canonical).orElse(null));
        p.setString(i++, c.actor().flatMap(Party::ref).orElse(null));
        p.setString(i++, c.target().map(Party::canonical).orElse(null));
        p.setString(i++, c.target().flatMap(Party::ref).orElse(null));
        setInt(p, i++, c.fatalities());
        setInt(p, i++, c.injured());
        p.setInt(i++, c.mentions().size());
        p.setInt(i++, c.copies().size());
        p.setInt(i++, c.numArticles());
        p.setInt(i++, c.numSources());
        ArrayNode src = JsonOutput.mapper().createArrayNode();
        c.sources().forEach(src::add);
        p.setString(i++, JsonOutput.write(src));
        p.setString(i++, c.firstReported().map(Object::toString).orElse(null));
        p.setString(i++, c.lastReported().map(Object::toString).orElse(null));
        List<Disagreement> dis = c.disagreements();
        p.setString(i++, JsonOutput.write(disagreements(dis)));
        p.setInt(i++, dis.size());
        p.setString(i, c.summary());
        p.executeUpdate();
    }

    static ArrayNode disagreements(List<Disagreement> dis) {
        ArrayNode a = JsonOutput.mapper().createArrayNode();
        for (Disagreement d : dis) {
            ObjectNode dn = a.addObject();
            dn.put("field", d.field());
            ArrayNode vs = dn.putArray("values");
            for (Disagreement.Value v : d.values()) {
                ObjectNode vn = vs.addObject();
                vn.put("value", v.value());
                ArrayNode arts = vn.putArray("articles");
                v.articles().forEach(arts::add);
                ArrayNode srcs = vn.putArray("sources");
                v.sources().forEach(srcs::add);
            }
        }
        return a;
    }

    private void member(long cluster, int ord, boolean copy, EventMention m, String copyOf, double similarity)
            throws SQLException {
        PreparedStatement p = st.get("INSERT INTO cluster_members (cluster, ord, is_copy, doc_id, event_key, outlet, "
                + "published, type, place_name, facility, date_start, date_end, date_precision, actor, target, fatalities, "
                + "injured, modality, copy_of, similarity, span_begin, span_end, evidence, mention) "
                + "VALUES (" + Statements.marks(24) + ")");
        int i = 1;
        p.setLong(i++, cluster);
        p.setInt(i++, ord);
        p.setInt(i++, copy ? 1 : 0);
        p.setString(i++, m.article());
        p.setString(i++, m.event());
        p.setString(i++, m.outlet().orElse(null));
        p.setString(i++, m.published().map(Object::toString).orElse(null));
        p.setString(i++, m.type());
        p.setString(i++, m.place().map(Location::name).orElse(null));
        p.setString(i++, m.facility().orElse(null));
        p.setString(i++, m.date().map(d -> d.start().toString()).orElse(null));
        p.setString(i++, m.date().map(d -> d.end().toString()).orElse(null));
        p.setString(i++, m.date().map(d -> d.precision().label()).orElse(null));
        p.setString(i++, m.actor().map(Party::canonical).orElse(null));
        p.setString(i++, m.target().map(Party::canonical).orElse(null));
        setInt(p, i++, m.fatalities());
        setInt(p, i++, m.injured());
        p.setString(i++, m.modality().label());
        p.setString(i++, copyOf);
        setDouble(p, i++, copy ? Optional.of(similarity) : Optional.empty());
        p.setInt(i++, m.begin());
        p.setInt(i++, m.end());
        p.setString(i++, m.evidence());
        p.setString(i, MentionCodec.write(m));
        p.executeUpdate();
    }

    private static void setInt(PreparedStatement p, int i, OptionalInt v) throws SQLException {
        if (v.isPresent()) {
            p.setInt(i, v.getAsInt());
        } else {
            p.setNull(i, Types.INTEGER);
        }
    }

    private static void setDouble(PreparedStatement p, int i, Optional<Double> v) throws SQLException {
        if (v.isPresent()) {
            p.setDouble(i, v.get());
        } else {
            p.setNull(i, Types.DOUBLE);
        }
    }

    @Override
    public void remove(long number) {
        SqlSignatureStore.run(() -> {
            PreparedStatement t = st.get("SELECT thread FROM clusters WHERE number = ? AND thread IS NOT NULL");
            t.setLong(1, number);
            try (ResultSet r = t.executeQuery()) {
                if (r.next()) {
                    staleThreads.add(r.getString(1));
                }
            }
            PreparedStatement p = st.get("DELETE FROM clusters WHERE number = ?");
            p.setLong(1, number);
            p.executeUpdate();
            return null;
        });
        cache.remove(number);
        touched.remove(number);
    }

    @Override
    public List<Long> clustersOfArticle(String article) {
        return SqlSignatureStore.run(() -> {
            PreparedStatement p = st.get("SELECT DISTINCT cluster FROM cluster_members WHERE doc_id = ? ORDER BY cluster");
            p.setString(1, article);
            TreeSet<Long> out = new TreeSet<>();
            collect(p, out);
            return new ArrayList<>(out);
        });
    }

    @Override
    public List<EventCluster> all() {
        List<EventCluster> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    @Override
    public int size() {
        return SqlSignatureStore.run(() -> {
            try (ResultSet r = st.get("SELECT COUNT(*) FROM clusters").executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
    }
}
