package org.marsad.server;

import java.util.Objects;
import org.marsad.Marsad;
import org.marsad.store.Store;
import org.marsad.store.search.SearchIndex;

/**
 * What the handlers work with: the store, the search index and the pipeline (for ingestion
 * through the API). Plain objects, created by the caller and closed by it.
 */
public record Services(Store store, SearchIndex index, Marsad marsad) {
    public Services {
        Objects.requireNonNull(store);
        Objects.requireNonNull(index);
        Objects.requireNonNull(marsad);
    }
}
