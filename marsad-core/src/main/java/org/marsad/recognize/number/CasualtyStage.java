package org.marsad.recognize.number;

import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Layers;
import org.marsad.pipeline.Stage;

/**
 * Adds {@link Layers#CASUALTIES}: people killed and injured, with counts (see {@link CasualtyFinder}
 * for the rules). The event extractor attaches each one to the event of its clause.
 *
 * <p>Immutable and thread-safe.
 */
public final class CasualtyStage implements Stage {
    private final CasualtyFinder finder;

    public CasualtyStage(CasualtyFinder finder) {
        this.finder = finder;
    }

    public static CasualtyStage standard() {
        return new CasualtyStage(CasualtyFinder.standard());
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.QUANTITIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.CASUALTIES);
    }

    @Override
    public Document apply(Document doc) {
        return doc.with(Layers.CASUALTIES, finder.find(doc.text(), doc.get(Layers.TOKENS), doc.get(Layers.SENTENCES),
                doc.get(Layers.QUANTITIES)));
    }
}
