package org.marsad.extract;

import java.util.List;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.text.PhraseMatcher;

/**
 * Cues that change an event's modality ({@code events/modality-cues.tsv}). Immutable and thread-safe.
 */
final class ModalityCues {
    enum Cue { HYPOTHETICAL, PLANNED, DENIED, BACKGROUND, HABITUAL, PREVENTED,
        /** the sentence sums several incidents («في حوادث أمنية منفصلة»): its tolls make no event */
        TALLY }

    enum Scope { BEFORE, AFTER, SENTENCE }

    record Entry(Cue cue, Scope scope) {
    }

    private final PhraseMatcher<Entry> matcher;

    private ModalityCues(PhraseMatcher<Entry> matcher) {
        this.matcher = matcher;
    }

    static ModalityCues load(String resource) {
        PhraseMatcher.Builder<Entry> b = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        for (ResourceFiles.Line l : ResourceFiles.lines(resource)) {
            String[] f = l.fields();
            if (f.length < 3) {
                throw l.error("expected phrase, modality and scope");
            }
            try {
                Cue c = Cue.valueOf(f[1].strip().toUpperCase(java.util.Locale.ROOT));
                Scope s = Scope.valueOf(f[2].strip().toUpperCase(java.util.Locale.ROOT));
                b.add(f[0].strip(), new Entry(c, s));
            } catch (IllegalArgumentException e) {
                throw l.error("unknown modality or scope");
            }
        }
        return new ModalityCues(b.build());
    }

    /** Whether the tokens from..to (inclusive) hold a cue of the kind. */
    boolean any(TokenIndex idx, int from, int to, Cue cue) {
        return find(idx, from, to).stream().anyMatch(m -> m.values().stream().anyMatch(e -> e.cue() == cue));
    }

    List<PhraseMatcher.Match<Entry>> find(TokenIndex idx, int from, int to) {
        return matcher.findAll(idx.tokens(), from, to + 1).stream().filter(m -> m.last() <= to).toList();
    }
}
