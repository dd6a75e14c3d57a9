package org.marsad.store;

import java.util.Optional;

/**
 * What happened to one article handed to {@link Store#save}.
 *
 * @param stored    true when it was new and is now stored; false when the same content was already
 *                  there, or when it was found to be a near-duplicate copy of a stored article
 * @param seq       the stored article's row id (of the earlier article for a duplicate or a copy)
 * @param docId     the stored article's id (the document's id, made unique if another article had it)
 * @param copy      for a near-duplicate: the id the copy is recorded under (its article is {@code docId})
 */
public record SaveResult(String origin, boolean stored, long seq, String docId, Optional<String> copy) {
    public SaveResult {
        copy = copy == null ? Optional.empty() : copy;
    }

    public SaveResult(String origin, boolean stored, long seq, String docId) {
        this(origin, stored, seq, docId, Optional.empty());
    }

    /** True for an input recorded as a near-duplicate copy of a stored article. */
    public boolean nearDuplicate() {
        return copy.isPresent();
    }
}
