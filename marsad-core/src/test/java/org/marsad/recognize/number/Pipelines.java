package org.marsad.recognize.number;

import org.marsad.document.Document;
import org.marsad.document.Metadata;
import org.marsad.ingest.LayoutStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.recognize.time.TimeStage;
import org.marsad.text.TextStage;

final class Pipelines {
    static final Pipeline NUMBERS = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage())
            .add(TimeStage.standard()).add(QuantityStage.standard()).add(CasualtyStage.standard()).build();

    private Pipelines() {
    }

    static Document run(String text) {
        return NUMBERS.apply(Document.of("t", text, Metadata.EMPTY.withPublished(java.time.LocalDate.of(2015, 7, 22))));
    }
}
