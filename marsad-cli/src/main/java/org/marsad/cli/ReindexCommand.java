package org.marsad.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code marsad reindex}: rebuilds the search index from the store (the store is the truth). */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the store.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        try (Store s = store.openStore(); SearchIndex index = store.openIndex()) {
            int n = index.rebuild(s);
            System.err.printf(Locale.ROOT, "marsad reindex: %d articles (%d documents with their events) into %s in "
                    + "%.1f s%n", n, index.size(), index.dir(), (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (StoreException e) {
            System.err.println("marsad reindex: " + e.getMessage());
            return 2;
        }
    }
}
