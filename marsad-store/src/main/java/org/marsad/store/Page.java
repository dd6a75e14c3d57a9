package org.marsad.store;

import java.util.List;

/**
 * One page of results.
 *
 * @param page  1-based page number
 * @param total how many results there are over all pages
 */
public record Page<T>(List<T> items, long total, int page, int size) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return (long) page * size < total;
    }
}
