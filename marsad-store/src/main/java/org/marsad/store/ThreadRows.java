package org.marsad.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.link.EventCluster;
import org.marsad.link.StoryThread;
import org.marsad.link.StoryThreads;
import org.marsad.output.JsonOutput;

/**
 * Writes the story threads ({@code threads}, {@code thread_members}, {@code clusters.thread}) of
 * the clusters a linking transaction touched, and holds in memory what the store holds of them
 * (each thread's row and clusters, each threaded cluster's thread), read once when the linker's
 * caches are rebuilt ({@link #load}) and kept up to date by each {@link #write}, so that
 * <ul>
 *   <li>which threads held a touched cluster is known without a query, and</li>
 *   <li>a thread whose row and clusters would be written as they are is neither deleted nor
 *       written again.</li>
 * </ul>
 * The rows written are the ones rewriting every touched thread gives ({@code LinkingStoreTest}).
 *
 * <p>Not thread-safe: used by {@link StoreLinker} inside one transaction at a time.
 */
final class ThreadRows {
    /** thread id → its row and clusters as stored ({@link #content}) */
    private final Map<String, Content> stored = new HashMap<>();
    /** thread id → its clusters as stored */
    private final Map<String, List<Long>> members = new HashMap<>();
    /** cluster → the thread it is stored in */
    private final Map<Long, String> threadOf = new HashMap<>();

    /** Forgets what is held, and reads the stored threads again. */
    void load(Statements st) throws SQLException {
        stored.clear();
        members.clear();
        threadOf.clear();
        try (ResultSet r = st.get("SELECT thread, cluster FROM thread_members ORDER BY thread, ord").executeQuery()) {
            while (r.next()) {
                String t = r.getString(1);
                long c = r.getLong(2);
                members.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
                threadOf.put(c, t);
            }
        }
        try (ResultSet r = st.get("SELECT id, start_day, end_day, links, summary FROM threads").executeQuery()) {
            while (r.next()) {
                String t = r.getString(1);
                stored.put(t, content(new String[] {r.getString(2), r.getString(3), r.getString(4), r.getString(5)},
                        members.getOrDefault(t, List.of())));
            }
        }
    }

    /** What a thread's rows hold: its row's columns and its clusters in order. */
    private record Content(String start, String end, String links, String summary, List<Long> clusters) {
    }

    /** What a thread's rows hold, to compare with what would be written. */
    private static Content content(String[] row, List<Long> clusters) {
        return new Content(row[0], row[1], row[2], row[3], clusters);
    }

    /**
     * Rewrites the threads that hold a cluster written in this transaction: every thread that held
     * one of them ({@code touched}), or one of the clusters now threaded with them, or one of the
     * clusters removed ({@code staleThreads}), is written again: a thread gone is deleted, a
     * thread whose row and clusters would be written as they are is left alone, and a changed one
     * has its row updated, the members it gained inserted (all of them again when its order
     * changed) and its clusters' {@code thread} set where it changed. The rows are those that
     * deleting and inserting every such thread gave.
     */
    void write(Statements st, Set<Long> touched, Set<String> staleThreads, StoryThreads threads, SqlClusterStore clusters)
            throws SQLException {
        Map<String, StoryThread> fresh = new LinkedHashMap<>();
        Set<Long> done = new HashSet<>();
        for (long n : touched) {
            if (done.add(n)) {
                threads.threadOf(n, clusters).ifPresent(t -> {
                    fresh.putIfAbsent(t.id(), t);
                    done.addAll(t.clusters());
                });
            }
        }
        Set<String> stale = new LinkedHashSet<>(staleThreads);
        for (long n : touched) {
            String t = threadOf.get(n);
            if (t != null) {
                stale.add(t);
            }
        }
        for (StoryThread f : fresh.values()) {
            for (long n : f.clusters()) {
                String t = threadOf.get(n);
                if (t != null) {
                    stale.add(t);
                }
            }
        }
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (StoryThread t : fresh.values()) {
            List<EventCluster> cs = new ArrayList<>();
            t.clusters().forEach(n -> clusters.get(n).ifPresent(cs::add));
            EventCluster headline = Collections.max(cs, Comparator.comparingInt(EventCluster::numSources)
                    .thenComparing(Comparator.comparingLong(EventCluster::number).reversed()));
            ArrayNode links = JsonOutput.mapper().createArrayNode();
            t.links().forEach(links::add);
            String[] row = {t.start().map(Object::toString).orElse(null), t.end().map(Object::toString).orElse(null),
                    JsonOutput.write(links), headline.summary()};
            if (content(row, t.clusters()).equals(stored.get(t.id()))) {
                stale.remove(t.id());
            } else {
                rows.put(t.id(), row);
            }
        }
        // threads gone (merged into another, or their clusters removed): deleted, their clusters unthreaded
        for (String t : stale) {
            if (rows.containsKey(t)) {
                continue;
            }
            PreparedStatement d = st.get("DELETE FROM threads WHERE id = ?");
            d.setString(1, t);
            d.executeUpdate();
            PreparedStatement u = st.get("UPDATE clusters SET thread = NULL WHERE thread = ?");
            u.setString(1, t);
            u.executeUpdate();
            forget(t);
        }
        // threads that stay but lost clusters: those are unthreaded first (another thread may take them)
        for (Map.Entry<String, String[]> e : rows.entrySet()) {
            List<Long> before = members.get(e.getKey());
            if (before != null) {
                Set<Long> now = new HashSet<>(fresh.get(e.getKey()).clusters());
                for (long n : before) {
                    if (!now.contains(n)) {
                        PreparedStatement u = st.get("UPDATE clusters SET thread = NULL WHERE number = ? AND thread = ?");
                        u.setLong(1, n);
                        u.setString(2, e.getKey());
                        u.executeUpdate();
                        threadOf.remove(n, e.getKey());
                    }
                }
            }
        }
        for (Map.Entry<String, String[]> e : rows.entrySet()) {
            StoryThread t = fresh.get(e.getKey());
            String[] row = e.getValue();
            List<Long> before = members.get(t.id());
            PreparedStatement p = st.get(before != null
                    ? "UPDATE threads SET start_day = ?, end_day = ?, num_clusters = ?, links = ?, summary = ? WHERE id = ?"
                    : "INSERT INTO threads (start_day, end_day, num_clusters, links, summary, id) VALUES (?, ?, ?, ?, ?, ?)");
            p.setString(1, row[0]);
            p.setString(2, row[1]);
            p.setInt(3, t.clusters().size());
            p.setString(4, row[2]);
            p.setString(5, row[3]);
            p.setString(6, t.id());
            p.executeUpdate();
            // members: the new ones appended when the thread grew at its end, else all written again
            int from = 0;
            if (before != null) {
                if (before.size() <= t.clusters().size() && t.clusters().subList(0, before.size()).equals(before)) {
                    from = before.size();
                } else {
                    PreparedStatement d = st.get("DELETE FROM thread_members WHERE thread = ?");
                    d.setString(1, t.id());
                    d.executeUpdate();
                }
            }
            Set<Long> had = before == null ? Set.of() : new HashSet<>(before);
            PreparedStatement m = st.get("INSERT INTO thread_members (thread, cluster, ord) VALUES (?, ?, ?)");
            PreparedStatement u = st.get("UPDATE clusters SET thread = ? WHERE number = ?");
            boolean inserted = false;
            boolean moved = false;
            for (int ord = 0; ord < t.clusters().size(); ord++) {
                long n = t.clusters().get(ord);
                if (ord >= from) {
                    m.setString(1, t.id());
                    m.setLong(2, n);
                    m.setInt(3, ord);
                    m.addBatch();
                    inserted = true;
                }
                if (!had.contains(n)) {
                    u.setString(1, t.id());
                    u.setLong(2, n);
                    u.addBatch();
                    moved = true;
                }
                threadOf.put(n, t.id());
            }
            if (inserted) {
                m.executeBatch();
            }
            if (moved) {
                u.executeBatch();
            }
            stored.put(t.id(), content(row, t.clusters()));
            this.members.put(t.id(), t.clusters());
        }
    }

    private void forget(String thread) {
        stored.remove(thread);
        for (long n : members.getOrDefault(thread, List.of())) {
            threadOf.remove(n, thread);
        }
        members.remove(thread);
    }
}
