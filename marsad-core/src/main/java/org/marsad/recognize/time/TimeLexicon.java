package org.marsad.recognize.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.document.DatePrecision;
import org.marsad.document.NormalizedText;
import org.marsad.document.Token;
import org.marsad.knowledge.KnowledgeException;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.recognize.time.TimeSpec.Calendar;
import org.marsad.recognize.time.TimeSpec.Direction;
import org.marsad.recognize.time.TimeSpec.Part;
import org.marsad.recognize.time.TimeSpec.Unit;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;
import org.marsad.text.Tokenizer;

/**
 * The words of dates, loaded from {@code marsad/knowledge/time/}: month names of every dialect,
 * Hijri months, weekdays, relative days, parts of days and months, units, directions, feasts,
 * seasons, eras and small cue classes. All are matched by one {@link PhraseMatcher}.
 *
 * <p>The matcher keys words without their article, so «اليوم» (today) and «يوم» (day), «الأحد»
 * (Sunday) and «أحد» (one of) share a key; {@link #at} therefore keeps an entry only when every
 * word carries an article exactly where the entry's word does.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeLexicon {
    /** A lexicon entry: what it means and, per word, whether the word has the article. */
    record Entry(TimeWord word, String phrase, boolean[] definite) {
    }

    /** An entry found in a token list: tokens {@code first..last}. */
    record Hit(int first, int last, TimeWord word) {
    }

    private final PhraseMatcher<Entry> matcher;

    private TimeLexicon(PhraseMatcher<Entry> matcher) {
        this.matcher = matcher;
    }

    /** The bundled lexicon (loaded on first use, shared). */
    public static TimeLexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final TimeLexicon STANDARD = load();
    }

    /** Loads every file of {@code time/}; throws {@link KnowledgeException} naming the bad line. */
    public static TimeLexicon load() {
        PhraseMatcher.Builder<Entry> b = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        for (ResourceFiles.Line l : ResourceFiles.lines("time/months.txt")) {
            String[] f = fields(l, 3);
            int m = integer(l, f[2], 1, 12);
            add(b, f[0], new TimeWord.Month(calendar(l, f[1]), m, f.length > 3 && f[3].strip().equals("cue")));
        }
        for (ResourceFiles.Line l : ResourceFiles.lines("time/weekdays.txt")) {
            String[] f = fields(l, 2);
            add(b, f[0], new TimeWord.Weekday(integer(l, f[1], 1, 7)));
        }
        for (ResourceFiles.Line l : ResourceFiles.lines("time/relative-days.txt")) {
            String[] f = fields(l, 4);
            int from = integer(l, f[1], -366, 366);
            int to = integer(l, f[2], from, 366);
            add(b, f[0], new TimeWord.RelativeDay(from, to, precision(l, f[3])));
        }
        for (ResourceFiles.Line l : ResourceFiles.lines("time/day-parts.txt")) {
            String[] f = fields(l, 2);
            add(b, f[0], new TimeWord.DayPart(choice(l, f[1], "before", "after") == 0));
        }
        for (ResourceFiles.Line l : ResourceFiles.lines("time/month-parts.txt")) {
            String[] f = fields(l, 2);
            add(b, f[0], new TimeWord.MonthPart(enumValue(l, Part.class, f[1])));
        }
        for (ResourceFiles.Line l : ResourceFiles.lines("time/units.txt")) {
            String[] f = fields(l, 3);
            add(b, f[0], new TimeWord.UnitWord(enumValue(l, Unit.class, f[1]), integer(l, f[2], 0, 2)));
        }
        for (ResourceFiles.Line l : ResourceFiles.lines("time/directions.txt")) {
            String[] f = fields(l, 2);
            Direction d = switch (choice(l, f[1], "past", "current", "next")) {
                case 0 -> Direction.PAST;
                case 1 -> Direction.CURRENT;
                default -> Direction.NEXT;
            };
            add(b, f[0], new TimeWord.DirectionWord(d));
        }
        for (ResourceFiles.Line l : ResourceFiles.lines("time/feasts.txt")) {
            String[] f = fields(l, 5);
            add(b, f[0], new TimeWord.Feast(calendar(l, f[1]), integer(l, f[2], 1, 12), integer(l, f[3], 1, 30),
                    integer(l, f[4], 1, 30)));
        }
        for (ResourceFiles.Line l : ResourceFiles.lines("time/feast-days.txt")) {
            String[] f = fields(l, 2);
            add(b, f[0], new TimeWord.FeastDay(integer(l, f[1], -1, 99)));
        }
        for (ResourceFiles.Line l : ResourceFiles.lines("time/seasons.txt")) {
            String[] f = fields(l, 3);
            int[] s = monthDay(l, f[1]);
            int[] e = monthDay(l, f[2]);
            TimeWord.Season season = new TimeWord.Season(s[0], s[1], e[0], e[1]);
            add(b, f[0], season);
            add(b, ArabicNormalizer.fold(f[0]).substring(2), season); // «صيف 2014»: the same without article
        }
        for (ResourceFiles.Line l : ResourceFiles.lines("time/eras.txt")) {
            String[] f = fields(l, 2);
            add(b, f[0], new TimeWord.Era(calendar(l, f[1])));
        }
        for (ResourceFiles.Line l : ResourceFiles.lines("time/cues.txt")) {
            String[] f = fields(l, 2);
            add(b, f[0], new TimeWord.Cue(f[1].strip()));
        }
        return new TimeLexicon(b.build());
    }

    /**
     * Every entry found in the tokens, bucketed by first token; within a bucket the longest come
     * first. Entries whose article pattern differs from the text's are dropped.
     */
    List<List<Hit>> at(List<Token> tokens) {
        List<List<Hit>> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(List.of());
        }
        for (PhraseMatcher.Match<Entry> m : matcher.findAll(tokens)) {
            for (Entry e : m.values()) {
                if (!articlesAgree(e, tokens, m.first(), m.last())) {
                    continue;
                }
                List<Hit> bucket = out.get(m.first());
                if (bucket.isEmpty()) {
                    bucket = new ArrayList<>(2);
                    out.set(m.first(), bucket);
                }
                bucket.add(new Hit(m.first(), m.last(), e.word()));
            }
        }
        for (List<Hit> bucket : out) {
            if (bucket.size() > 1) {
                bucket.sort((x, y) -> Integer.compare(y.last(), x.last()));
            }
        }
        return out;
    }

    private static boolean articlesAgree(Entry e, List<Token> tokens, int first, int last) {
        int w = 0;
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.PUNCT) {
                continue;
            }
            if (w >= e.definite().length || definite(t.norm()) != e.definite()[w]) {
                return false;
            }
            w++;
        }
        return w == e.definite().length;
    }

    /**
     * Whether a normalized word carries the article, after the conjunctions و ف and the
     * prepositions ب ك ل («وبالأمس»، «للأسبوع»).
     */
    static boolean definite(String w) {
        int i = 0;
        if (w.length() > 3 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641') && !w.startsWith("\u0627\u0644", 0)) {
            i = 1;
        }
        if (w.startsWith("\u0644\u0644", i) && w.length() - i >= 4) {
            return true; // لل = ل + ال
        }
        char c = i < w.length() ? w.charAt(i) : 0;
        if ((c == '\u0628' || c == '\u0643' || c == '\u0644') && w.startsWith("\u0627\u0644", i + 1)
                && w.length() - i >= 5) {
            return true;
        }
        return w.startsWith("\u0627\u0644", i) && w.length() - i >= 3;
    }

    private static void add(PhraseMatcher.Builder<Entry> b, String phrase, TimeWord word) {
        NormalizedText v = ArabicNormalizer.normalize(phrase.strip());
        List<Boolean> defs = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(v)) {
            if (t.kind() != Token.Kind.PUNCT) {
                defs.add(definite(t.norm()));
            }
        }
        boolean[] d = new boolean[defs.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = defs.get(i);
        }
        b.add(phrase.strip(), new Entry(word, phrase.strip(), d));
    }

    private static String[] fields(ResourceFiles.Line l, int min) {
        String[] f = l.fields();
        if (f.length < min) {
            throw l.error("expected " + min + " tab-separated fields");
        }
        if (f[0].isBlank()) {
            throw l.error("empty phrase");
        }
        return f;
    }

    private static int integer(ResourceFiles.Line l, String s, int min, int max) {
        try {
            int v = Integer.parseInt(s.strip());
            if (v < min || v > max) {
                throw l.error("number " + v + " outside " + min + ".." + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw l.error("not a number: '" + s + "'");
        }
    }

    private static Calendar calendar(ResourceFiles.Line l, String s) {
        return choice(l, s, "G", "H") == 0 ? Calendar.GREGORIAN : Calendar.HIJRI;
    }

    private static DatePrecision precision(ResourceFiles.Line l, String s) {
        try {
            return DatePrecision.fromLabel(s.strip().equals("other") ? null : s.strip());
        } catch (IllegalArgumentException e) {
            throw l.error("unknown precision '" + s + "'");
        }
    }

    private static int choice(ResourceFiles.Line l, String s, String... options) {
        for (int i = 0; i < options.length; i++) {
            if (options[i].equals(s.strip())) {
                return i;
            }
        }
        throw l.error("expected one of " + String.join(", ", options) + " but got '" + s + "'");
    }

    private static <E extends Enum<E>> E enumValue(ResourceFiles.Line l, Class<E> type, String s) {
        try {
            return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw l.error("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + s + "'");
        }
    }

    private static int[] monthDay(ResourceFiles.Line l, String s) {
        String[] p = s.strip().split("-");
        if (p.length != 2) {
            throw l.error("expected MM-DD but got '" + s + "'");
        }
        return new int[] {integer(l, p[0], 1, 12), integer(l, p[1], 1, 31)};
    }
}
