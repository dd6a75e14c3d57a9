package org.marsad.link;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the linker keeps its clusters and their block index. {@link InMemoryClusterStore} is the
 * reference implementation; a database store implements the same operations on three tables
 * (clusters, the block index {@code (space, week) → cluster}, and article → cluster), see
 * {@code docs/LINKING.md}.
 *
 * <p>Contract: the {@link EventLinker} is the only writer and calls these methods one at a time
 * (it holds its own lock); implementations need not be thread-safe for writes, but readers on other
 * threads must never see a cluster half-written ({@link EventCluster} is immutable, so replacing a
 * reference is enough).
 */
public interface ClusterStore {
    /** A number no cluster of this store has had (never reused, also after {@link #remove}). */
    long newNumber();

    Optional<EventCluster> get(long number);

    /**
     * The numbers of the clusters registered under any of the blocks, each once, in ascending
     * order (so that linking does not depend on hash order).
     */
    List<Long> candidates(Collection<BlockKey> blocks);

    /**
     * As {@link #candidates(Collection)}, for a report of the given type family and factuality: a
     * store may leave out the clusters of another family or factuality (their first report's, which
     * never changes), since {@link LinkRules#score} rejects them. By default, all of them.
     */
    default List<Long> candidates(Collection<BlockKey> blocks, String family, boolean factual) {
        return candidates(blocks);
    }

    /**
     * As {@link #candidates(Collection, String, boolean)} for the blocks of {@code q}. By default,
     * those of {@link Blocking.Query#keys()}; a store may look them up without making the keys.
     */
    default List<Long> candidates(Blocking.Query q, String family, boolean factual) {
        return candidates(q.keys(), family, factual);
    }

    /**
     * Inserts a cluster or replaces the one of the same number, and registers it under exactly
     * {@code blocks} (dropping blocks it was registered under before and is not any more).
     */
    void put(EventCluster cluster, Set<BlockKey> blocks);

    /** Removes a cluster (merged into another) and its registrations. */
    void remove(long number);

    /** Numbers of the clusters holding a report or copy from the article, ascending. */
    List<Long> clustersOfArticle(String article);

    /** Every cluster, by ascending number. */
    List<EventCluster> all();

    int size();
}
