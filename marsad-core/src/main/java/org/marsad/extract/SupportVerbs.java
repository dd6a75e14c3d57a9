package org.marsad.extract;

import java.util.List;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;

/**
 * Support verbs ({@code events/support-verbs.tsv}): «شن»، «نفذ»، «أطلق» … whose object is an event
 * noun, so that their subject is the event's agent («شن التحالف غارات»). Immutable and thread-safe.
 */
final class SupportVerbs {
    /** Words back from the event noun; a subject with a coordinated group and a date in parentheses needs 16. */
    static final int WINDOW = 16;

    private final PhraseMatcher<Boolean> matcher;

    private SupportVerbs(PhraseMatcher<Boolean> matcher) {
        this.matcher = matcher;
    }

    static SupportVerbs load(String resource) {
        PhraseMatcher.Builder<Boolean> b = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        for (ResourceFiles.Line l : ResourceFiles.lines(resource)) {
            String[] forms = l.fields()[0].strip().split("/");
            String p = ArabicNormalizer.fold(forms[0]);
            String base = p.endsWith("\u064A") ? p.substring(0, p.length() - 1) : p;
            for (String f : new String[] {p, base + "\u062A", base + "\u0648\u0627", base + "\u062A\u0627", base + "\u0627"}) {
                b.add(f, Boolean.TRUE);
            }
            if (forms.length > 1) {
                String core = ArabicNormalizer.fold(forms[1]).substring(1);
                for (String pre : new String[] {"\u064A", "\u062A", "\u0646"}) {
                    b.add(pre + core, Boolean.TRUE);
                    b.add(pre + core + "\u0648\u0646", Boolean.TRUE);
                }
            }
        }
        return new SupportVerbs(b.build());
    }

    /** The position of a support verb in the {@value #WINDOW} words before token {@code t}, or -1. */
    int before(TokenIndex idx, int s0, int t) {
        List<PhraseMatcher.Match<Boolean>> ms = matcher.findAll(idx.tokens(), Math.max(s0, t - WINDOW), t);
        for (int i = ms.size() - 1; i >= 0; i--) {
            PhraseMatcher.Match<Boolean> m = ms.get(i);
            if (m.last() < t && m.bareOrConjunction(idx.tokens())) {
                return m.first();
            }
        }
        return -1;
    }
}
