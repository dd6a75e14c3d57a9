package org.marsad.extract;

import java.util.List;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Layers;
import org.marsad.knowledge.TriggerLexicon;
import org.marsad.pipeline.Stage;

/**
 * Finds events: triggers from the lexicon, arguments from the clause around each trigger,
 * modality from cues, casualties attached, mentions of one happening merged. Precision first:
 * an event needs a place, or a date and an actor, to be a dataset row ({@link Layers#EVENTS});
 * the others go to {@link Layers#UNLOCATED_EVENTS} (see {@link EventExtraction}).
 *
 * <p>Immutable and thread-safe: per-document work happens in a fresh {@link EventExtraction}.
 */
public final class EventStage implements Stage {
    private final TriggerLexicon lexicon;
    private final Clauses clauses;
    private final ModalityCues cues;
    private final Refinements refinements;
    private final SupportVerbs supportVerbs;
    private final FacilityNames facilityNames;
    private final Protesters protesters;
    private final TargetInference targets;

    EventStage(TriggerLexicon lexicon, Clauses clauses, ModalityCues cues, Refinements refinements,
               SupportVerbs supportVerbs, FacilityNames facilityNames, Protesters protesters, TargetInference targets) {
        this.targets = targets;
        this.facilityNames = facilityNames;
        this.protesters = protesters;
        this.lexicon = lexicon;
        this.clauses = clauses;
        this.cues = cues;
        this.refinements = refinements;
        this.supportVerbs = supportVerbs;
    }

    public static EventStage standard() {
        return new EventStage(TriggerLexicon.standard(), Clauses.load("events/clause-boundaries.tsv"),
                ModalityCues.load("events/modality-cues.tsv"),
                Refinements.load("events/refinements.tsv", org.marsad.knowledge.Codebook.standard()),
                SupportVerbs.load("events/support-verbs.tsv"), FacilityNames.load("events/facility-nouns.tsv"),
                new Protesters(org.marsad.knowledge.ActorDictionary.standard()),
                TargetInference.standard(org.marsad.knowledge.ActorDictionary.standard()));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.STRUCTURE, Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS, Layers.TIMES,
                Layers.CASUALTIES, Layers.ACTORS, Layers.PLACES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.EVENTS, Layers.UNLOCATED_EVENTS);
    }

    /**
     * Why each candidate trigger of a processed document did or did not become an event, one line
     * per decision (for {@code marsad explain}).
     */
    public List<String> explain(Document doc) {
        List<String> lines = new java.util.ArrayList<>();
        new EventExtraction(doc, lexicon, clauses, cues, refinements, supportVerbs, facilityNames, protesters, targets)
                .trace(lines::add).run();
        return lines;
    }

    @Override
    public Document apply(Document doc) {
        EventExtraction.Result r = new EventExtraction(doc, lexicon, clauses, cues, refinements, supportVerbs,
                facilityNames, protesters, targets).run();
        return doc.with(Layers.EVENTS, r.located()).with(Layers.UNLOCATED_EVENTS, r.unlocated());
    }
}
