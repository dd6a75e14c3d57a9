package org.marsad.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.ingest.InputException;
import org.marsad.link.MinHasher;
import org.marsad.link.Signature;
import org.marsad.output.JsonOutput;

/**
 * Runs the standard pipeline inside Spark tasks ({@link TableRows#write}): each task takes {@link Marsad#standard()}, the
 * process-wide instance built on first use in the executor's JVM (resources are loaded once per
 * executor, shared by its task threads, never shipped in a closure), and turns each article into
 * one nested row ({@link Tables#NESTED}): the article, its JSON as {@code marsad extract} writes
 * it, its MinHash signature for near-duplicate detection, and the entities, places, events and
 * claims read from that JSON. An article that cannot be read or processed gives a row with
 * {@code error} set and nothing else extracted.
 */
final class Extraction {
    private Extraction() {
    }

    static Row row(Marsad marsad, RawArticle unread) {
        RawArticle a = unread.read();
        if (a.isFailed()) {
            return failed(a, a.problem());
        }
        long t0 = System.nanoTime();
        Document done;
        try {
            done = marsad.process(a.document());
        } catch (InputException e) {
            return failed(a, e.getMessage());
        } catch (RuntimeException e) {
            return failed(a, a.origin() + ": extraction failed: " + e);
        }
        ObjectNode json = JsonOutput.toJson(done);
        Signature sig = done.find(Layers.TOKENS).map(t -> MinHasher.standard().signature(t))
                .orElseGet(() -> MinHasher.standard().signature(done.text()));
        double millis = (System.nanoTime() - t0) / 1e6;
        Object[] own = Tables.ARTICLE.values(json);
        Object[] v = new Object[9 + own.length + 4];
        v[0] = a.id();
        v[1] = a.origin();
        v[2] = a.format();
        v[3] = Columns.sqlDate(a.published());
        v[4] = a.text();
        v[5] = Tables.seq(java.util.Arrays.stream(sig.toArray()).boxed().toList());
        v[6] = sig.shingles();
        v[7] = millis;
        v[8] = null;
        System.arraycopy(own, 0, v, 9, own.length);
        int i = 9 + own.length;
        v[i] = Tables.rows(json.get("entities"), Tables.ENTITIES);
        v[i + 1] = Tables.rows(json.get("places"), Tables.PLACES);
        v[i + 2] = Tables.events(json);
        v[i + 3] = Tables.rows(json.get("claims"), Tables.CLAIMS);
        return RowFactory.create(v);
    }

    private static Row failed(RawArticle a, String problem) {
        Object[] v = new Object[Tables.NESTED.size()];
        v[0] = a.id();
        v[1] = a.origin();
        v[2] = a.format();
        v[3] = Columns.sqlDate(a.published());
        v[8] = problem;
        return RowFactory.create(v);
    }
}
