package org.marsad.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.store.Reprocessor;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad reprocess}: runs this version's pipeline again on the stored text of every article
 * (and near-duplicate copy), replaces what earlier versions extracted, links everything again
 * (clusters and threads follow the new events) and rebuilds the search index.
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = "Run the current pipeline again on every stored article (after an upgrade), relink and reindex.")
final class ReprocessCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        try (Store s = store.openStore(); SearchIndex index = store.openIndex()) {
            int n = reprocess(s, index, threads);
            System.err.printf(Locale.ROOT, "marsad reprocess: %d articles analysed again, linked again and reindexed in "
                    + "%.1f s (%s)%n", n, (System.nanoTime() - t0) / 1e9, s.location());
            LinkCommand.storeSummary("marsad reprocess", s);
            return 0;
        } catch (StoreException e) {
            System.err.println("marsad reprocess: " + e.getMessage());
            return 2;
        }
    }

    static int reprocess(Store s, SearchIndex index, int threads) {
        int n = new Reprocessor(s, Marsad.standard(), Math.max(1, threads), 50).run();
        index.rebuild(s);
        return n;
    }
}
