package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.ingest.ArticleSources;
import org.marsad.link.ArticleRecord;
import org.marsad.link.MinHasher;
import org.marsad.output.JsonOutput;

/**
 * At ingest the linker's record is made from the processed document (its events and tokens); a
 * rebuild makes it from the stored output and text. Both must give the same reports and signature,
 * or a rebuild would not give what incremental linking gave.
 */
class LinkRecordTest {
    @Test
    void theDocumentAndItsStoredOutputGiveTheSameRecord() throws Exception {
        Path demo = Path.of("..", "demo");
        List<Document> docs = new ArrayList<>();
        try (ArticleSources src = ArticleSources.open(List.of(demo.toString()))) {
            while (src.hasNext()) {
                docs.add(src.next().read());
            }
        }
        List<Document> processed = new ArrayList<>();
        docs.forEach(d -> processed.add(Marsad.standard().process(d)));
        processed.add(LinkedArticles.a().document());
        processed.add(LinkedArticles.arrest().document());
        int events = 0;
        for (Document d : processed) {
            var out = JsonOutput.toJson(d);
            ArticleRecord fast = StoreLinker.record(out, d.id(), d.text(), d);
            ArticleRecord stored = StoreLinker.record(JsonOutput.mapper().readTree(JsonOutput.write(out)), d.id(), d.text(),
                    null);
            assertEquals(stored.mentions(), fast.mentions(), d.id());
            assertEquals(MinHasher.standard().signature(stored.dedupText()),
                    fast.signature().orElseGet(() -> MinHasher.standard().signature(fast.dedupText())), d.id());
            assertEquals(stored.dedupText(), fast.dedupText());
            // a signature made ahead, on the worker (Ingestor), gives the same record
            ProcessedArticle.SignedAhead signed = ProcessedArticle.signAhead(d);
            assertEquals(fast.signature().isPresent(), signed != null, "signed ahead when it has tokens: " + d.id());
            ArticleRecord ahead = StoreLinker.record(out, d.id(), d.text(), d, signed == null ? null : signed.signature());
            assertEquals(fast.signature(), ahead.signature(), d.id());
            assertEquals(fast.mentions(), ahead.mentions(), d.id());
            assertEquals(stored.outlet(), fast.outlet());
            assertEquals(stored.published(), fast.published());
            events += fast.mentions().size();
        }
        assertEquals(true, events > 30, "the demo corpus has events: " + events);
    }
}
