package org.marsad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An article as the search index needs it.
 *
 * @param seq     the article's row id (the index remembers the last one it holds)
 * @param article {@code id, title, source, url, published, text}
 * @param events  the article's events as {@link Store#events} lists them
 * @param actors  keys and names of the actors the article mentions
 */
public record IndexRecord(long seq, ObjectNode article, List<ObjectNode> events, List<ObjectNode> actors) {
}
