package org.marsad.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.marsad.knowledge.Codebook;
import org.marsad.knowledge.EventType;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.text.PhraseMatcher;

/**
 * Refines an event type by an instrument cue near its trigger ({@code events/refinements.tsv}):
 * shelling by aircraft is an air strike, a massacre by aircraft too, an attack with a car bomb a
 * bombing. Immutable and thread-safe.
 */
final class Refinements {
    static final int WINDOW = 10;

    private final Map<String, PhraseMatcher<EventType>> byType;

    private Refinements(Map<String, PhraseMatcher<EventType>> byType) {
        this.byType = Map.copyOf(byType);
    }

    static Refinements load(String resource, Codebook codebook) {
        Map<String, PhraseMatcher.Builder<EventType>> b = new HashMap<>();
        for (ResourceFiles.Line l : ResourceFiles.lines(resource)) {
            String[] f = l.fields();
            if (f.length < 3) {
                throw l.error("expected type, cue and refined type");
            }
            String from = f[0].strip();
            codebook.type(from).orElseThrow(() -> l.error("unknown type " + from));
            EventType to = codebook.type(f[2].strip()).orElseThrow(() -> l.error("unknown type " + f[2]));
            b.computeIfAbsent(from, k -> PhraseMatcher.builder(PhraseMatcher.Mode.STEMS)).add(f[1].strip(), to);
        }
        Map<String, PhraseMatcher<EventType>> m = new HashMap<>();
        b.forEach((k, v) -> m.put(k, v.build()));
        return new Refinements(m);
    }

    /**
     * Whether a cue that refines {@code from} into {@code to} begins at token {@code i} («طائرات التحالف»
     * begins with a cue that makes shelling an air strike: the words name aircraft).
     */
    boolean cueAt(String from, String to, TokenIndex idx, int i) {
        PhraseMatcher<EventType> m = byType.get(from);
        return m != null && m.matchAt(idx.tokens(), i).stream()
                .anyMatch(x -> x.values().stream().anyMatch(t -> t.name().equals(to)));
    }

    /** The refined type for a trigger at tokens {@code t0..t1}, looking {@link #WINDOW} tokens around it. */
    Optional<EventType> refine(EventType type, TokenIndex idx, int t0, int t1, int s0, int s1, Clauses.Bounds bounds) {
        PhraseMatcher<EventType> m = byType.get(type.name());
        if (m == null) {
            return Optional.empty();
        }
        int from = Math.max(s0, t0 - WINDOW);
        int to = Math.min(s1, t1 + WINDOW);
        for (PhraseMatcher.Match<EventType> x : m.findAll(idx.tokens(), from, to + 1)) {
            if (x.last() > to || (x.first() <= t1 && x.last() >= t0)) {
                continue;
            }
            int a = x.first() > t1 ? t1 : x.last();
            int b = x.first() > t1 ? x.first() : t0;
            if (!bounds.strongBetween(a, b) && bounds.distance(a, b) <= WINDOW + Clauses.WEAK_COST) {
                return Optional.of(x.values().get(0));
            }
        }
        return Optional.empty();
    }
}
