package org.marsad.document;

import java.util.List;

/** The layers of the standard pipeline, in the order stages add them. */
public final class Layers {
    private Layers() {
    }

    /** Blocks (title, headings, paragraphs, related links): added by ingest. */
    public static final Layer<Structure> STRUCTURE = Layer.of("structure", Structure.class);
    /** The normalized view with its offset map. */
    public static final Layer<NormalizedText> NORMALIZED = Layer.of("normalized", NormalizedText.class);
    public static final Layer<List<Token>> TOKENS = Layer.ofGeneric("tokens", List.class);
    public static final Layer<List<Sentence>> SENTENCES = Layer.ofGeneric("sentences", List.class);
    /** Named entities of all types. */
    public static final Layer<List<Mention>> MENTIONS = Layer.ofGeneric("mentions", List.class);
    public static final Layer<List<TimeExpression>> TIMES = Layer.ofGeneric("times", List.class);
    public static final Layer<List<Quantity>> QUANTITIES = Layer.ofGeneric("quantities", List.class);
    /** Killed and injured counts, not yet attached to events. */
    public static final Layer<List<Casualty>> CASUALTIES = Layer.ofGeneric("casualties", List.class);
    public static final Layer<List<ActorMention>> ACTORS = Layer.ofGeneric("actors", List.class);
    public static final Layer<List<PlaceMention>> PLACES = Layer.ofGeneric("places", List.class);
    public static final Layer<List<Event>> EVENTS = Layer.ofGeneric("events", List.class);
    /**
     * Events the text reports without enough to locate them: no place, and no date with an actor
     * («قتل شخص بعد تعرضه للضرب»). Not dataset rows, but what sentence-level detection counts.
     */
    public static final Layer<List<Event>> UNLOCATED_EVENTS = Layer.ofGeneric("unlocated_events", List.class);
    public static final Layer<List<Claim>> CLAIMS = Layer.ofGeneric("claims", List.class);
}
