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

    /**
     * A cue; {@code nouns}: a negation that also denies a noun trigger right after it («دون تفجير»،
     * «بدون دعم»), where «لم» and «لن» deny only verbs.
     */
    record Entry(Cue cue, Scope scope, boolean nouns) {
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
            boolean nouns = f.length > 3 && f[3].strip().equals("nouns");
            if (f.length > 3 && !nouns) {
                throw l.error("unknown flag '" + f[3].strip() + "' (expected nouns)");
            }
            try {
                Cue c = Cue.valueOf(f[1].strip().toUpperCase(java.util.Locale.ROOT));
                Scope s = Scope.valueOf(f[2].strip().toUpperCase(java.util.Locale.ROOT));
                if (nouns && c != Cue.DENIED) {
                    throw l.error("the nouns flag is for denied cues");
                }
                b.add(f[0].strip(), new Entry(c, s, nouns));
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
