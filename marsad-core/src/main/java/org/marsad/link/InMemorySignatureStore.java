package org.marsad.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link SignatureStore} in memory: the entries in the order added, and per band key the
 * positions of the entries filed under it (growable int arrays, so a bucket costs a few bytes per
 * article). Meant for a CLI run or a test.
 *
 * <p>Thread-safe: every method is synchronized.
 */
public final class InMemorySignatureStore implements SignatureStore {
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Long, int[]> buckets = new HashMap<>();
    private final Map<String, NearDuplicateIndex.Match> matches = new LinkedHashMap<>();

    @Override
    public synchronized boolean contains(String id) {
        return byId.containsKey(id);
    }

    @Override
    public synchronized long size() {
        return entries.size();
    }

    @Override
    public synchronized Collection<Entry> candidates(long[] bandKeys) {
        Map<Integer, Entry> out = new LinkedHashMap<>();
        for (long k : bandKeys) {
            int[] bucket = buckets.get(k);
            if (bucket == null) {
                continue;
            }
            for (int i = 1; i <= bucket[0]; i++) {
                out.computeIfAbsent(bucket[i], entries::get);
            }
        }
        return out.values();
    }

    @Override
    public synchronized void add(Entry entry, long[] bandKeys, Optional<NearDuplicateIndex.Match> match) {
        if (entry.seq() != entries.size()) {
            throw new IllegalArgumentException("entry " + entry.id() + " has position " + entry.seq() + ", expected "
                    + entries.size());
        }
        int self = entries.size();
        entries.add(entry);
        byId.put(entry.id(), self);
        for (long k : bandKeys) {
            buckets.merge(k, new int[] {1, self}, InMemorySignatureStore::append);
        }
        match.ifPresent(m -> matches.put(entry.id(), m));
    }

    private static int[] append(int[] bucket, int[] one) {
        int n = bucket[0];
        int[] b = n + 1 < bucket.length ? bucket : Arrays.copyOf(bucket, Math.max(4, bucket.length * 2));
        b[n + 1] = one[1];
        b[0] = n + 1;
        return b;
    }

    @Override
    public synchronized Optional<NearDuplicateIndex.Match> match(String id) {
        return Optional.ofNullable(matches.get(id));
    }

    @Override
    public synchronized Optional<String> originalOf(String id) {
        Integer i = byId.get(id);
        return i == null ? Optional.empty() : Optional.of(entries.get(i).original());
    }

    @Override
    public synchronized List<NearDuplicateIndex.Group> groups() {
        Map<String, List<NearDuplicateIndex.Match>> g = new LinkedHashMap<>();
        for (NearDuplicateIndex.Match m : matches.values()) {
            g.computeIfAbsent(m.original(), k -> new ArrayList<>()).add(m);
        }
        List<NearDuplicateIndex.Group> out = new ArrayList<>();
        g.forEach((o, l) -> out.add(new NearDuplicateIndex.Group(o, l)));
        out.sort(Comparator.comparing(x -> byId.get(x.original())));
        return out;
    }
}
