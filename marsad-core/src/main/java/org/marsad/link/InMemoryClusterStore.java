package org.marsad.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A {@link ClusterStore} in memory: clusters by number, a hash index from block to cluster numbers,
 * and the clusters of each article. A few kilobytes per cluster; meant for a CLI run or a
 * test, while a database store serves millions.
 *
 * <p>Thread-safe: every method is synchronized.
 */
public final class InMemoryClusterStore implements ClusterStore {
    private final TreeMap<Long, EventCluster> clusters = new TreeMap<>();
    private final Map<Long, Set<BlockKey>> registered = new HashMap<>();
    private final Map<BlockKey, List<Long>> index = new HashMap<>();
    private final Map<String, TreeSet<Long>> byArticle = new HashMap<>();
    private final Map<Long, Integer> articlesRegistered = new HashMap<>();
    private long next = 1;

    @Override
    public synchronized long newNumber() {
        return next++;
    }

    @Override
    public synchronized Optional<EventCluster> get(long number) {
        return Optional.ofNullable(clusters.get(number));
    }

    @Override
    public synchronized List<Long> candidates(Collection<BlockKey> blocks) {
        TreeSet<Long> out = new TreeSet<>();
        for (BlockKey b : blocks) {
            List<Long> l = index.get(b);
            if (l != null) {
                out.addAll(l);
            }
        }
        return new ArrayList<>(out);
    }

    /** As the default, without making the query's block keys. */
    @Override
    public synchronized List<Long> candidates(Blocking.Query q, String family, boolean factual) {
        TreeSet<Long> out = new TreeSet<>();
        for (int w = q.fromWeek(); w <= q.toWeek(); w++) {
            for (String s : q.spaces()) {
                List<Long> l = index.get(new BlockKey(s, w));
                if (l != null) {
                    out.addAll(l);
                }
            }
        }
        return new ArrayList<>(out);
    }

    @Override
    public synchronized void put(EventCluster cluster, Set<BlockKey> blocks) {
        long n = cluster.number();
        if (n >= next) {
            next = n + 1;
        }
        clusters.put(n, cluster);
        Set<BlockKey> old = registered.getOrDefault(n, Set.of());
        for (BlockKey b : old) {
            if (!blocks.contains(b)) {
                unregister(b, n);
            }
        }
        for (BlockKey b : blocks) {
            if (!old.contains(b)) {
                index.computeIfAbsent(b, k -> new ArrayList<>(2)).add(n);
            }
        }
        registered.put(n, Set.copyOf(blocks));
        // a cluster lists the articles of the version it grew from first: register only the new ones
        int known = articlesRegistered.getOrDefault(n, 0);
        for (String a : cluster.articlesFrom(known > cluster.numArticles() ? 0 : known)) {
            byArticle.computeIfAbsent(a, k -> new TreeSet<>()).add(n);
        }
        articlesRegistered.put(n, cluster.numArticles());
    }

    private void unregister(BlockKey b, long n) {
        List<Long> l = index.get(b);
        if (l != null) {
            l.remove(Long.valueOf(n));
            if (l.isEmpty()) {
                index.remove(b);
            }
        }
    }

    @Override
    public synchronized void remove(long number) {
        EventCluster c = clusters.remove(number);
        if (c == null) {
            return;
        }
        for (BlockKey b : registered.getOrDefault(number, Set.of())) {
            unregister(b, number);
        }
        registered.remove(number);
        articlesRegistered.remove(number);
        for (String a : c.articles()) {
            TreeSet<Long> s = byArticle.get(a);
            if (s != null) {
                s.remove(number);
            }
        }
    }

    @Override
    public synchronized List<Long> clustersOfArticle(String article) {
        TreeSet<Long> s = byArticle.get(article);
        return s == null ? List.of() : new ArrayList<>(s);
    }

    @Override
    public synchronized List<EventCluster> all() {
        return new ArrayList<>(clusters.values());
    }

    @Override
    public synchronized int size() {
        return clusters.size();
    }
}
