package org.marsad.link;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where a {@link NearDuplicateIndex} keeps the signatures of the articles added so far, filed under
 * their LSH band keys. {@link InMemorySignatureStore} is the reference implementation; a database
 * store keeps the same data in two tables (signatures, and band key → article) so that
 * near-duplicates are found across runs (see {@code docs/LINKING.md}).
 *
 * <p>Contract: the index is the only writer and calls these methods one at a time (it holds its own
 * lock); implementations need not be thread-safe for writes.
 */
public interface SignatureStore {
    /**
     * An indexed article.
     *
     * @param seq      its position in the order articles were added (0, 1, 2 …)
     * @param original the id of the first article of its near-duplicate group (its own id when it
     *                 copies nothing)
     */
    record Entry(long seq, String id, Signature signature, String original) {
    }

    boolean contains(String id);

    /** How many articles were added (the next {@link Entry#seq()}). */
    long size();

    /** The entries filed under any of the band keys, each once, in any order. */
    Collection<Entry> candidates(long[] bandKeys);

    /**
     * Adds an article, filed under {@code bandKeys} (none for a text too short to compare), with the
     * match found for it, if any.
     */
    void add(Entry entry, long[] bandKeys, Optional<NearDuplicateIndex.Match> match);

    /** The match recorded when the article was added, if it was found to be a copy. */
    Optional<NearDuplicateIndex.Match> match(String id);

    /** The original of the article's group (its own id when it copies nothing); empty if unknown. */
    Optional<String> originalOf(String id);

    /** The groups with at least one copy, ordered by when their originals were added. */
    List<NearDuplicateIndex.Group> groups();
}
