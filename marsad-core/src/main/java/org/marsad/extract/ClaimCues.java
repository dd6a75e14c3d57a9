package org.marsad.extract;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;

/**
 * The attribution lexicons: reporting verbs and cues ({@code claims/reporting-verbs.tsv}),
 * channels ({@code claims/channels.tsv}) and unnamed sources ({@code claims/unnamed-sources.tsv}).
 * Immutable and thread-safe.
 */
final class ClaimCues {
    enum Kind { VERB, PARTICIPLE, NOUN, PHRASE }

    enum Flag { RELATIVE, CONTINUE }

    /** A reporting cue. */
    record Verb(String lemma, Kind kind, boolean deny, Set<Flag> flags) {
        boolean has(Flag f) {
            return flags.contains(f);
        }
    }

    final PhraseMatcher<Verb> verbs;
    final PhraseMatcher<String> channels;
    final PhraseMatcher<String> unnamed;

    private ClaimCues(PhraseMatcher<Verb> verbs, PhraseMatcher<String> channels, PhraseMatcher<String> unnamed) {
        this.verbs = verbs;
        this.channels = channels;
        this.unnamed = unnamed;
    }

    static ClaimCues standard() {
        return new ClaimCues(verbs("claims/reporting-verbs.tsv"), pairs("claims/channels.tsv"),
                pairs("claims/unnamed-sources.tsv"));
    }

    private static PhraseMatcher<Verb> verbs(String resource) {
        PhraseMatcher.Builder<Verb> b = PhraseMatcher.builder(PhraseMatcher.Mode.SUFFIXES);
        for (ResourceFiles.Line l : ResourceFiles.lines(resource)) {
            String[] f = l.fields();
            if (f.length < 3) {
                throw l.error("expected forms, kind and stance");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(f[1].strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw l.error("kind must be verb, participle, noun or phrase");
            }
            boolean deny = switch (f[2].strip()) {
                case "confirm" -> false;
                case "deny" -> true;
                default -> throw l.error("stance must be confirm or deny");
            };
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            if (f.length > 3 && !f[3].isBlank()) {
                for (String s : f[3].split(",")) {
                    try {
                        flags.add(Flag.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw l.error("unknown flag " + s);
                    }
                }
            }
            String[] forms = f[0].strip().split("/");
            Verb v = new Verb(forms[0], kind, deny, Set.copyOf(flags));
            for (String form : forms(kind, forms)) {
                b.add(form, v);
            }
        }
        return b.build();
    }

    private static List<String> forms(Kind kind, String[] forms) {
        Set<String> out = new LinkedHashSet<>();
        if (kind != Kind.VERB) {
            for (String f : forms) {
                out.add(ArabicNormalizer.fold(f.strip()));
            }
            return List.copyOf(out);
        }
        String p = ArabicNormalizer.fold(forms[0].strip());
        String base = p.endsWith("\u064A") ? p.substring(0, p.length() - 1) : p;
        out.add(p);
        out.add(base + "\u062A"); // ت
        out.add(base + "\u0648\u0627"); // وا
        out.add(base + "\u0627"); // ا
        out.add(base + "\u062A\u0627"); // تا
        if (forms.length > 1) {
            String core = ArabicNormalizer.fold(forms[1].strip()).substring(1);
            for (String pre : new String[] {"\u064A", "\u062A", "\u0646"}) {
                out.add(pre + core);
            }
            String weak = core.endsWith("\u064A") ? core.substring(0, core.length() - 1) : core;
            out.add("\u064A" + weak + "\u0648\u0646");
            out.add("\u062A" + weak + "\u0648\u0646");
        }
        return List.copyOf(out);
    }

    private static PhraseMatcher<String> pairs(String resource) {
        PhraseMatcher.Builder<String> b = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        for (ResourceFiles.Line l : ResourceFiles.lines(resource)) {
            String[] f = l.fields();
            if (f.length < 2 || f[1].isBlank()) {
                throw l.error("expected an Arabic phrase and its English value");
            }
            b.add(f[0].strip(), f[1].strip());
        }
        return b.build();
    }
}
