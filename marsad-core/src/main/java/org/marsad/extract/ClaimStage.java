package org.marsad.extract;

import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Layers;
import org.marsad.pipeline.Stage;

/**
 * Finds attributed statements (claims) and links them to the events they report: each event's
 * {@code sources} lists the speakers of the claims about it, and its modality becomes
 * {@code reported}. Runs after {@link EventStage}; replaces the events layer with the linked
 * events.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClaimStage implements Stage {
    private final ClaimCues cues;
    private final Clauses clauses;

    ClaimStage(ClaimCues cues, Clauses clauses) {
        this.cues = cues;
        this.clauses = clauses;
    }

    public static ClaimStage standard() {
        return new ClaimStage(ClaimCues.standard(), Clauses.load("events/clause-boundaries.tsv"));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.STRUCTURE, Layers.TOKENS, Layers.SENTENCES, Layers.ACTORS, Layers.TIMES, Layers.EVENTS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.CLAIMS, Layers.EVENTS);
    }

    @Override
    public Document apply(Document doc) {
        ClaimExtraction x = new ClaimExtraction(doc, cues, clauses);
        ClaimExtraction.Result r = x.run();
        return doc.with(Layers.CLAIMS, r.claims()).with(Layers.EVENTS, r.events());
    }
}
