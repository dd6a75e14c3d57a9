package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.ingest.LayoutStage;
import org.marsad.text.TextStage;
import org.junit.jupiter.api.Test;

class PipelineTest {
    @Test
    void rejectsAStageWhoseInputNoEarlierStageProvides() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.builder().add(new TextStage()).add(LayoutStage.standard()).build());
        assertTrue(e.getMessage().contains("TextStage requires layer 'structure'"), e.getMessage());
    }

    @Test
    void runsStagesInOrderAndKeepsTheOriginalText() {
        Pipeline p = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage()).build();
        Document d = p.apply(Document.of("a", "عنوان\nنص الخبر.", Metadata.EMPTY));
        assertEquals("عنوان\nنص الخبر.", d.text());
        assertTrue(d.has(Layers.SENTENCES));
        assertTrue(p.provides().contains(Layers.TOKENS));
    }

    @Test
    void aMissingLayerIsReportedByName() {
        Document d = Document.of("a", "x", Metadata.EMPTY);
        java.util.NoSuchElementException e = assertThrows(java.util.NoSuchElementException.class,
                () -> d.get(Layers.EVENTS));
        assertTrue(e.getMessage().contains("events"));
    }
}
