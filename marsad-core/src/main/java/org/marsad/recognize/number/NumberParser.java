package org.marsad.recognize.number;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.marsad.document.Token;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.KeyFilter;
import org.marsad.text.PhraseMatcher;
import org.marsad.text.Tokenizer;

/**
 * Reads numbers written in digits (either script: the tokenizer has already folded Arabic-Indic
 * digits) or in words, from {@code marsad/knowledge/numbers/cardinals.txt} and
 * {@code ordinals.txt}. The rules:
 * <ol>
 *   <li>digits: {@code ,} between groups of three digits separates thousands («1,500»); a single
 *       {@code .} or {@code ,} otherwise marks decimals, and the value is rounded down (the ACLED
 *       lower bound); a number holding {@code :} or {@code /} is a clock time or a date, not a
 *       quantity;</li>
 *   <li>digits followed by a scale word multiply: «18 ألف» = 18000, «2.5 مليون» = 2500000;</li>
 *   <li>number words join with «و»: «خمسة وعشرون» = 25, «ثلاثمائة وخمسون» = 350,
 *       «ألف وخمسمائة» = 1500; a unit or teen before a scale multiplies it: «ثلاثة آلاف» = 3000;
 *       a unit before «مائة» too: «ثلاث مائة» = 300;</li>
 *   <li>masculine, feminine, dual and case forms are separate entries of the word list
 *       («ثلاث/ثلاثة»، «اثنان/اثنين/اثنتان»، «مائتان/مائتي»، «ألفا/ألفين»);</li>
 *   <li>«الاثنين» with the article is the weekday, not two; the time recognizer claims it;</li>
 *   <li>ordinals («الثالث»، «الحادي والعشرين») are read by {@link #ordinalAt} only.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class NumberParser {
    /** A number found in tokens {@code first..last}. */
    public record Parsed(int first, int last, long value) {
    }

    enum Kind { UNIT, TEEN, TEN, HUNDRED, SCALE, SCALE_PLURAL, ORDINAL }

    /**
     * A number word. {@code head} is the folded first word when it begins with the letters ال without
     * being the article («ألفي» → الفي): the matcher keys words without their article, so such a
     * word must be checked against the text («في» is not «ألفي»).
     */
    record Word(long value, Kind kind, String head) {
        boolean fits(Token t) {
            return head == null || t.norm().endsWith(head);
        }
    }

    private static final char WAW = '\u0648';
    private final PhraseMatcher<Word> words;
    /** The lookup key of every phrase's first word: a cheap test before the matcher runs. */
    private final java.util.Set<String> firstKeys;
    /** Asked before {@link #firstKeys}: nearly every word of a text begins no number (see {@link KeyFilter}). */
    private final KeyFilter firstKeyFilter;
    /** Single-word numbers by folded form, for «وست» (too short for the clitic rules). */
    private final java.util.Map<String, Word> single;

    NumberParser(PhraseMatcher<Word> words, java.util.Set<String> firstKeys, java.util.Map<String, Word> single) {
        this.words = words;
        this.firstKeys = java.util.Set.copyOf(firstKeys);
        this.firstKeyFilter = KeyFilter.of(this.firstKeys);
        this.single = java.util.Map.copyOf(single);
    }

    /** The bundled word lists (loaded on first use, shared). */
    public static NumberParser standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final NumberParser STANDARD = load();
    }

    public static NumberParser load() {
        PhraseMatcher.Builder<Word> b = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        java.util.Set<String> first = new java.util.HashSet<>();
        java.util.Map<String, Word> single = new java.util.HashMap<>();
        for (ResourceFiles.Line l : ResourceFiles.lines("numbers/cardinals.txt")) {
            String[] f = l.fields();
            if (f.length < 3) {
                throw l.error("expected word, value and kind");
            }
            Kind k;
            try {
                k = Kind.valueOf(f[2].strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw l.error("unknown kind '" + f[2] + "'");
            }
            Word w = new Word(value(l, f[1]), k, head(f[0]));
            b.add(f[0].strip(), w);
            List<String> keys = PhraseMatcher.keys(f[0]);
            first.add(keys.get(0));
            if (keys.size() == 1) {
                single.putIfAbsent(ArabicNormalizer.fold(f[0].strip()), w);
            }
        }
        for (ResourceFiles.Line l : ResourceFiles.lines("numbers/ordinals.txt")) {
            String[] f = l.fields();
            if (f.length < 2) {
                throw l.error("expected word and value");
            }
            b.add(f[0].strip(), new Word(value(l, f[1]), Kind.ORDINAL, null));
            first.add(PhraseMatcher.keys(f[0]).get(0));
        }
        return new NumberParser(b.build(), first, single);
    }

    private static String head(String phrase) {
        String first = ArabicNormalizer.fold(phrase.strip().split("\\s+")[0]);
        return first.startsWith("\u0627\u0644") ? first : null;
    }

    private static long value(ResourceFiles.Line l, String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw l.error("not a number: '" + s + "'");
        }
    }

    /** Parses a whole string («ثلاثة آلاف»، «٢٥»); empty unless the string is exactly one number. */
    public OptionalLong parse(String text) {
        List<Token> tokens = Tokenizer.tokenize(ArabicNormalizer.normalize(text));
        if (tokens.isEmpty()) {
            return OptionalLong.empty();
        }
        Optional<Parsed> p = parseAt(tokens, 0);
        return p.isPresent() && p.get().last() == tokens.size() - 1 ? OptionalLong.of(p.get().value())
                : OptionalLong.empty();
    }

    /** The cardinal number that starts at token {@code i}, in digits or words. */
    public Optional<Parsed> parseAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.NUMBER) {
            double v = digits(t.norm());
            if (v < 0) {
                return Optional.empty();
            }
            int last = i;
            Word scale = i + 1 < tokens.size() ? word(tokens, i + 1) : null;
            if (scale != null && (scale.kind == Kind.SCALE || scale.kind == Kind.SCALE_PLURAL) && scale.value >= 1000) {
                v *= scale.kind == Kind.SCALE_PLURAL ? scale.value : unitScale(scale.value);
                last = i + 1;
            }
            return Optional.of(new Parsed(i, last, (long) Math.floor(v)));
        }
        return words(tokens, i);
    }

    /** An ordinal («الثالث»، «الحادي والعشرين») at token {@code i}. */
    public Optional<Parsed> ordinalAt(List<Token> tokens, int i) {
        if (!candidate(tokens.get(i))) {
            return Optional.empty();
        }
        for (PhraseMatcher.Match<Word> m : words.matchAt(tokens, i)) {
            for (Word w : m.values()) {
                if (w.kind == Kind.ORDINAL) {
                    return Optional.of(new Parsed(i, m.last(), w.value));
                }
            }
        }
        return Optional.empty();
    }

    /** True when token {@code i} is a number word of any kind (not an ordinal). */
    public boolean isNumberWord(List<Token> tokens, int i) {
        return word(tokens, i) != null;
    }

    private Optional<Parsed> words(List<Token> tokens, int i) {
        long total = 0;
        long group = 0;
        int last = -1;
        Kind prev = null;
        int j = i;
        while (j < tokens.size()) {
            boolean joined = j > i && startsWithWaw(tokens.get(j));
            Match m = longest(tokens, j);
            if (m == null) {
                break;
            }
            if (j > i && !joined && !continuesWithoutWaw(prev, m.word.kind)) {
                break;
            }
            if (j == i && m.word.kind == Kind.SCALE_PLURAL) {
                break; // «آلاف» alone is vague, not 1000
            }
            if (j == i && tokens.get(j).kind() == Token.Kind.WORD && isWeekdayTwo(tokens.get(j))) {
                break;
            }
            Word w = m.word;
            switch (w.kind) {
                case SCALE, SCALE_PLURAL -> {
                    if (group > 0 && !joined) {
                        total += group * (w.kind == Kind.SCALE_PLURAL ? w.value : unitScale(w.value));
                    } else {
                        total += group + w.value;
                    }
                    group = 0;
                }
                case HUNDRED -> {
                    if (group > 0 && group < 10 && !joined && w.value == 100) {
                        group *= 100;
                    } else {
                        group += w.value;
                    }
                }
                default -> group += w.value;
            }
            prev = w.kind;
            last = m.last;
            j = m.last + 1;
        }
        if (last < 0) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(i, last, total + group));
    }

    /** «ثلاثة آلاف»، «خمسة عشر ألفا»، «ثلاث مائة»: a number word may follow another without «و». */
    private static boolean continuesWithoutWaw(Kind prev, Kind next) {
        if (prev == null) {
            return false;
        }
        boolean small = prev == Kind.UNIT || prev == Kind.TEEN || prev == Kind.TEN || prev == Kind.HUNDRED;
        return small && (next == Kind.SCALE || next == Kind.SCALE_PLURAL || (prev == Kind.UNIT && next == Kind.HUNDRED));
    }

    /** Dual scale words («ألفين») carry their 2: as a multiplier they count once. */
    private static long unitScale(long v) {
        if (v == 2000) {
            return 1000;
        }
        if (v == 2_000_000) {
            return 1_000_000;
        }
        return v;
    }

    private record Match(int last, Word word) {
    }

    /** Whether a token may start a number or ordinal word (a cheap test before {@link #parseAt}). */
    public boolean mayStartWord(Token t) {
        return candidate(t);
    }

    /** Whether a token may start a number word (one of its keys starts a known phrase). */
    private boolean candidate(Token t) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        List<String> stems = t.stems();
        for (int i = 0; i < stems.size(); i++) {
            String k = stems.get(i);
            if (firstKeyFilter.mightContain(k) && firstKeys.contains(k)) {
                return true;
            }
        }
        return t.norm().length() == 3 && t.norm().charAt(0) == WAW;
    }

    private Match longest(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!candidate(t)) {
            return null;
        }
        for (PhraseMatcher.Match<Word> m : words.matchAt(tokens, i)) {
            for (Word w : m.values()) {
                if (w.kind != Kind.ORDINAL && w.fits(t)) {
                    return new Match(m.last(), w);
                }
            }
        }
        if (t.norm().length() == 3 && t.norm().charAt(0) == WAW) {
            // «وست»: too short for the clitic rules, so look the rest up directly
            Word w = single.get(t.norm().substring(1));
            if (w != null && w.kind != Kind.ORDINAL) {
                return new Match(i, w);
            }
        }
        return null;
    }

    private Word word(List<Token> tokens, int i) {
        Match m = longest(tokens, i);
        return m == null ? null : m.word;
    }

    private static boolean startsWithWaw(Token t) {
        return t.kind() == Token.Kind.WORD && t.norm().length() > 2 && t.norm().charAt(0) == WAW;
    }

    private static boolean isWeekdayTwo(Token t) {
        String n = t.norm();
        return n.equals("\u0627\u0644\u0627\u062B\u0646\u064A\u0646") || n.endsWith("\u0627\u0644\u0627\u062B\u0646\u064A\u0646");
    }

    /** The value of a digit token, or -1 when it is a date or a clock time. */
    static double digits(String s) {
        if (s.indexOf(':') >= 0 || s.indexOf('/') >= 0) {
            return -1;
        }
        int commas = 0;
        int dots = 0;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == ',') {
                commas++;
            } else if (s.charAt(k) == '.') {
                dots++;
            }
        }
        try {
            if (commas == 0 && dots == 0) {
                return Double.parseDouble(s);
            }
            if (thousandsGroups(s, ',') || thousandsGroups(s, '.') && dots > 1) {
                return Double.parseDouble(s.replace(",", "").replace(".", ""));
            }
            if (commas + dots == 1) {
                return Double.parseDouble(s.replace(',', '.'));
            }
            return -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean thousandsGroups(String s, char sep) {
        String[] parts = s.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
        if (parts.length < 2 || parts[0].isEmpty() || parts[0].length() > 3) {
            return false;
        }
        for (int k = 1; k < parts.length; k++) {
            if (parts[k].length() != 3) {
                return false;
            }
        }
        for (String p : parts) {
            for (int k = 0; k < p.length(); k++) {
                if (!Character.isDigit(p.charAt(k))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The number of words and phrases known. */
    int size() {
        return words.size();
    }
}
