package org.marsad.recognize.time;

import java.time.LocalDate;
import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.document.TimeExpression;
import org.marsad.ingest.LayoutStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.TextStage;

/** Runs the time stage on a short text, for tests. */
final class TimeForms {
    static final Pipeline PIPELINE = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage())
            .add(TimeStage.standard()).build();

    private TimeForms() {
    }

    static List<TimeExpression> times(String text, LocalDate published) {
        Metadata m = published == null ? Metadata.EMPTY : Metadata.EMPTY.withPublished(published);
        return PIPELINE.apply(Document.of("t", text, m)).get(Layers.TIMES);
    }
}
