package org.marsad.ingest;

import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Layers;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.pipeline.Stage;

/** Adds the article's {@link org.marsad.document.Structure}. Immutable and thread-safe. */
public final class LayoutStage implements Stage {
    private final LayoutAnalyzer analyzer;

    public LayoutStage(LayoutAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The analyzer with the bundled related-link cues. */
    public static LayoutStage standard() {
        return new LayoutStage(new LayoutAnalyzer(ResourceFiles.words("layout/related-link-cues.txt")));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.STRUCTURE);
    }

    @Override
    public Document apply(Document doc) {
        return doc.with(Layers.STRUCTURE, analyzer.analyze(doc.text()));
    }
}
