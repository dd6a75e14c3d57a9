package org.marsad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.output.JsonOutput;
import org.marsad.pipeline.OrderedParallel;

/**
 * Runs the pipeline again on the stored text of every article and replaces its analysis, so that a
 * store made by an earlier version shows what this one extracts (the store keeps every original
 * text for this), and of every near-duplicate copy, then links everything again so that clusters
 * and threads follow the new events. Batches of {@code batchSize} articles are replaced in one
 * transaction each. The search index must be rebuilt afterwards. Not thread-safe: one run at a time.
 */
public final class Reprocessor {
    private final Store store;
    private final Marsad marsad;
    private final int threads;
    private final int batchSize;

    public Reprocessor(Store store, Marsad marsad, int threads, int batchSize) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be 1 or more");
        }
        this.store = store;
        this.marsad = marsad;
        this.threads = threads;
        this.batchSize = batchSize;
    }

    /**
     * Reprocesses every stored article and near-duplicate copy, then links them all again
     * ({@link Store#relink}: their events changed, so their clusters and threads must follow);
     * returns how many articles.
     */
    public int run() {
        int n = 0;
        long after = 0;
        while (true) {
            List<Store.StoredText> batch = store.texts(after, batchSize);
            if (batch.isEmpty()) {
                break;
            }
            store.replace(batch, outputs(batch));
            n += batch.size();
            after = batch.get(batch.size() - 1).seq();
        }
        store.pruneOrphans();
        after = 0;
        while (true) {
            List<Store.StoredText> copies = store.copyTexts(after, batchSize);
            if (copies.isEmpty()) {
                break;
            }
            store.replaceCopies(copies, outputs(copies));
            after = copies.get(copies.size() - 1).seq();
        }
        store.relink(done -> { });
        return n;
    }

    private List<ObjectNode> outputs(List<Store.StoredText> batch) {
        List<ObjectNode> outputs = new ArrayList<>(batch.size());
        OrderedParallel.run(batch.iterator(), t -> JsonOutput.toJson(marsad.process(t.document())), outputs::add, threads);
        return outputs;
    }
}
