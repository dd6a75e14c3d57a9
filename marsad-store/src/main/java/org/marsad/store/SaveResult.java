package org.marsad.store;

/**
 * What happened to one article handed to {@link Store#save}.
 *
 * @param stored    true when it was new and is now stored; false when the same content was already there
 * @param seq       the stored article's row id (of the earlier copy for a duplicate)
 * @param docId     the stored article's id (the document's id, made unique if another article had it)
 */
public record SaveResult(String origin, boolean stored, long seq, String docId) {
}
