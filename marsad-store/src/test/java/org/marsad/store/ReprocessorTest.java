package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.ingest.LayoutStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.search.SearchIndex;
import org.marsad.store.search.SearchRequest;

class ReprocessorTest {
    @TempDir
    Path dir;

    @Test
    void replacesEveryLayerFromTheStoredTextAndKeepsTheRest() {
        try (Store s = Store.open(dir.resolve("r.db").toString()); SearchIndex index = SearchIndex.open(dir.resolve("ix"))) {
            s.save(Annotated.sample());
            index.sync(s);
            assertEquals(2, s.stats().get("events").asInt());
            // a pipeline that finds only the layout: every event, claim, mention goes
            Marsad layoutOnly = Marsad.of(Pipeline.builder().add(LayoutStage.standard()).build());
            assertEquals(2, new Reprocessor(s, layoutOnly, 2, 1).run());
            ObjectNode st = s.stats();
            assertEquals(2, st.get("articles").asInt());
            assertEquals(0, st.get("events").asInt());
            assertEquals(0, st.get("claims").asInt());
            assertEquals(0, st.get("actors").asInt(), "orphans pruned");
            assertEquals(0, st.get("places").asInt(), "orphans pruned");
            ObjectNode a = s.article("hasakah-riot").orElseThrow();
            assertEquals(0, a.get("events").asInt());
            assertEquals(1, a.get("provenance").size(), "provenance kept");
            assertEquals("marsad-test", a.get("source").asText());
            assertEquals(0, a.get("output").get("events").size());
            index.rebuild(s);
            assertEquals(0, index.search(SearchRequest.of("").withKind("event")).total());
            assertEquals(2, index.search(SearchRequest.of("").withKind("article")).total());
            // the hand-made layers again (as a newer pipeline would give): the same rows as before
            s.replace(s.texts(0, 10), List.of(Annotated.sample().get(0).output(), Annotated.sample().get(1).output()));
            assertEquals(2, s.stats().get("events").asInt());
            assertEquals(1, s.claims(java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), 1,
                    10).total());
        }
    }
}
