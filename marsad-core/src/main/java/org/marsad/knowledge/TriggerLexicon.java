package org.marsad.knowledge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;

/**
 * The event trigger lexicon ({@code events/triggers.tsv}): words and phrases that signal an event
 * of a codebook type, with the inflections the loader derives from each entry (see the file's
 * header for the format and the flags). Immutable and thread-safe.
 */
public final class TriggerLexicon {
    public static final String RESOURCE = "events/triggers.tsv";
    private static volatile TriggerLexicon standard;

    /** How an entry was written, which decides the inflections derived from it. */
    public enum Kind { VERB, NOUN, PHRASE }

    /** Conditions and roles attached to an entry. */
    public enum Flag {
        WEAK, CASUALTY, NEEDS_FACILITY, NEEDS_PLACE, VERBAL_CONTENT, PARTICIPANT;

        static Flag parse(ResourceFiles.Line l, String s) {
            try {
                return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw l.error("unknown flag '" + s.strip() + "'");
            }
        }
    }

    /**
     * One entry.
     *
     * @param lemma the first form as written in the file
     * @param type  the event type, empty for blocking phrases
     * @param needs a word (its key without clitics) that must follow within the clause
     * @param unless a word that, following within the clause, makes the match no trigger
     *               («فجّر المحامي مفاجأة»: a surprise, not a bomb)
     */
    public record Entry(String lemma, Optional<EventType> type, Kind kind, Set<Flag> flags, Optional<String> needs,
                        Optional<String> unless) {
        public boolean has(Flag f) {
            return flags.contains(f);
        }

        public boolean isVerb() {
            return kind == Kind.VERB;
        }
    }

    private final PhraseMatcher<Entry> matcher;
    private final int entries;

    private TriggerLexicon(PhraseMatcher<Entry> matcher, int entries) {
        this.matcher = matcher;
        this.entries = entries;
    }

    public static TriggerLexicon standard() {
        TriggerLexicon t = standard;
        if (t == null) {
            synchronized (TriggerLexicon.class) {
                if (standard == null) {
                    standard = load(RESOURCE, Codebook.standard());
                }
                t = standard;
            }
        }
        return t;
    }

    public static TriggerLexicon load(String resource, Codebook codebook) {
        PhraseMatcher.Builder<Entry> b = PhraseMatcher.builder(PhraseMatcher.Mode.SUFFIXES);
        int n = 0;
        for (ResourceFiles.Line l : ResourceFiles.lines(resource)) {
            String[] f = l.fields();
            if (f.length < 3) {
                throw l.error("expected forms, type and kind separated by tabs");
            }
            Optional<EventType> type;
            String typeName = f[1].strip();
            if (typeName.equals("-")) {
                type = Optional.empty();
            } else {
                type = Optional.of(codebook.type(typeName)
                        .orElseThrow(() -> l.error("unknown event type '" + typeName + "'")));
            }
            Kind kind;
            try {
                kind = Kind.valueOf(f[2].strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw l.error("kind must be verb, noun or phrase");
            }
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            Optional<String> needs = Optional.empty();
            Optional<String> unless = Optional.empty();
            if (f.length > 3 && !f[3].isBlank()) {
                for (String s : f[3].split(",")) {
                    if (s.strip().startsWith("needs:")) {
                        needs = Optional.of(oneWord(l, s.strip(), "needs:"));
                    } else if (s.strip().startsWith("unless:")) {
                        unless = Optional.of(oneWord(l, s.strip(), "unless:"));
                    } else {
                        flags.add(Flag.parse(l, s));
                    }
                }
            }
            String[] forms = f[0].strip().split("/");
            Entry e = new Entry(forms[0], type, kind, Set.copyOf(flags), needs, unless);
            for (String form : inflect(kind, forms)) {
                b.add(form, e);
            }
            n++;
        }
        return new TriggerLexicon(b.build(), n);
    }

    /** The surface forms an entry stands for (folded). */
    static List<String> inflect(Kind kind, String[] forms) {
        Set<String> out = new LinkedHashSet<>();
        switch (kind) {
            case PHRASE -> out.add(ArabicNormalizer.fold(forms[0]));
            case NOUN -> {
                for (int i = 0; i < forms.length; i++) {
                    String w = ArabicNormalizer.fold(forms[i].strip());
                    out.add(w);
                    if (i == 0) {
                        nounEndings(w, out);
                    }
                }
            }
            case VERB -> {
                perfect(ArabicNormalizer.fold(forms[0].strip()), out);
                if (forms.length > 1) {
                    imperfect(ArabicNormalizer.fold(forms[1].strip()), out);
                }
            }
            default -> throw new IllegalStateException();
        }
        return new ArrayList<>(out);
    }

    private static final char HEH = '\u0647';
    private static final char YEH = '\u064A';

    /** Accusative and dual endings of a singular noun: هجوما، غارتين، غارتان. */
    private static void nounEndings(String w, Set<String> out) {
        if (w.isEmpty()) {
            return;
        }
        char last = w.charAt(w.length() - 1);
        if (last == HEH) {
            String stem = w.substring(0, w.length() - 1) + "\u062A"; // teh
            out.add(stem + "\u064A\u0646"); // -تين
            out.add(stem + "\u0627\u0646"); // -تان
        } else if (w.indexOf(' ') < 0) {
            out.add(w + "\u0627"); // accusative -ا
            out.add(w + "\u064A\u0646"); // dual -ين
            out.add(w + "\u0627\u0646"); // dual -ان
        }
    }

    /** Perfect tense: ـت ـوا ـن ـا ـتا ـتم ـنا; a final yeh (اعتدى) drops before ـت and ـوا. */
    private static void perfect(String p, Set<String> out) {
        out.add(p);
        String base = p.charAt(p.length() - 1) == YEH ? p.substring(0, p.length() - 1) : p;
        for (String suf : new String[] {"\u062A", "\u0648\u0627", "\u0646", "\u0627", "\u062A\u0627",
            "\u062A\u0645", "\u0646\u0627"}) {
            out.add(base + suf);
        }
    }

    /** Imperfect: person prefixes ي ت ن, the future سـ, and ـون ـان ـن ـين ـوا. */
    private static void imperfect(String i, Set<String> out) {
        String core = i.substring(1);
        String weak = core.charAt(core.length() - 1) == YEH ? core.substring(0, core.length() - 1) : core;
        // third and second persons and «نحن»; the first person singular («أقصف», folded «اقصف») is left
        // out: with the future سـ it makes other words («سافر» is سـ + افر), and news reports rarely use it
        for (String pre : new String[] {"\u064A", "\u062A", "\u0646"}) {
            out.add(pre + core);
            out.add("\u0633" + pre + core); // سـ
        }
        for (String pre : new String[] {"\u064A", "\u062A"}) {
            out.add(pre + weak + "\u0648\u0646"); // ون
            out.add(pre + weak + "\u0648\u0627"); // وا
            out.add(pre + core + "\u0627\u0646"); // ان
        }
        out.add("\u064A" + core + "\u0646"); // ن (feminine plural)
        out.add("\u062A" + weak + "\u064A\u0646"); // ين
    }

    /**
     * Whether {@code key}, a form a verb entry matched with, is its imperfect («تسيطر») rather
     * than its perfect («سيطرت»).
     */
    public static boolean imperfect(Entry e, String key) {
        if (e.kind() != Kind.VERB) {
            return false;
        }
        Set<String> perfect = new LinkedHashSet<>();
        perfect(ArabicNormalizer.fold(e.lemma().strip()), perfect);
        return !perfect.contains(key);
    }

    /**
     * Whether {@code key}, a form a verb entry matched with, is one of its future forms: the
     * imperfect with «سـ» («ستستهدف»، «سيقصفون»), which {@link #inflect} adds. A perfect that begins
     * with those letters («سيطرت») is no future.
     */
    public static boolean future(Entry e, String key) {
        return !key.isEmpty() && key.charAt(0) == '\u0633' && imperfect(e, key);
    }

    public PhraseMatcher<Entry> matcher() {
        return matcher;
    }

    /** Number of entries in the file (not of derived forms). */
    public int entries() {
        return entries;
    }

    private static String oneWord(ResourceFiles.Line l, String flag, String prefix) {
        List<String> k = PhraseMatcher.keys(flag.substring(prefix.length()));
        if (k.size() != 1) {
            throw l.error(prefix + " takes one word");
        }
        return k.get(0);
    }
}
