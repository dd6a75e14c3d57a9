package org.marsad.text;

import java.util.List;

/**
 * Lookup keys for a normalized Arabic word, made by removing clitics the way news Arabic attaches
 * them. Removal is a guess (a word may simply begin with ب or end with ه), so every plausible key
 * is returned, most conservative first, and dictionaries decide which one names something.
 * The rules:
 * <ol>
 *   <li>the definite article ال is removed when at least two letters remain (الحسكة → حسكه);</li>
 *   <li>a conjunction و or ف is removed when at least three letters remain (والعراقية → العراقيه);</li>
 *   <li>a preposition ب، ل or ك is removed when at least three letters remain (بالهرب → الهرب);</li>
 *   <li>ل before the article drops the article's alef: لل is read as ل + ال (للسجن → سجن);</li>
 *   <li>for {@link #bases}, a pronoun suffix (ه ها هم هن هما كم كن نا) is removed when at least
 *       three letters remain, and a teh left at the end is read as a folded teh marbuta
 *       (حراسته → حراسه).</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class Clitics {
    public static final char WAW = '\u0648';
    public static final char FEH = '\u0641';
    public static final char BEH = '\u0628';
    public static final char LAM = '\u0644';
    public static final char KAF = '\u0643';
    public static final char ALEF = '\u0627';
    public static final char TEH = '\u062A';
    public static final char HEH = '\u0647';
    private static final String[] PRONOUN_SUFFIXES = {
        "\u0647\u0645\u0627", // هما
        "\u0643\u0645\u0627", // كما
        "\u0647\u0645", "\u0647\u0646", "\u0647\u0627", "\u0643\u0645", "\u0643\u0646", "\u0646\u0627", // هم هن ها كم كن نا
        "\u0647" // ه
    };

    private Clitics() {
    }

    /**
     * Keys with proclitics removed. The first key is the word with only its article removed;
     * no key repeats. The list is immutable (tokens keep it as it is).
     */
    public static List<String> stems(String w) {
        String[] out = new String[4];
        int n = add(out, 0, stripArticle(w));
        String rest = w;
        if (rest.length() >= 4 && (rest.charAt(0) == WAW || rest.charAt(0) == FEH)) {
            rest = rest.substring(1);
            n = add(out, n, stripArticle(rest));
        }
        if (rest.length() >= 4 && isPreposition(rest.charAt(0))) {
            if (rest.charAt(0) == LAM && rest.charAt(1) == LAM && rest.length() >= 4) {
                // ل + ال with the alef elided: للسجن = ل + السجن
                n = add(out, n, rest.substring(2));
            }
            n = add(out, n, stripArticle(rest.substring(1)));
        }
        return listOf(out, n);
    }

    /** Keys with proclitics and a pronoun suffix removed; empty when no suffix applies. Immutable. */
    public static List<String> bases(List<String> stems) {
        String[] out = null;
        int n = 0;
        for (int q = 0; q < stems.size(); q++) {
            String s = stems.get(q);
            if (s.isEmpty() || !endsLikeSuffix(s.charAt(s.length() - 1))) {
                continue; // no pronoun suffix ends in another letter: most words stop here
            }
            for (String suf : PRONOUN_SUFFIXES) {
                if (s.length() - suf.length() >= 3 && s.endsWith(suf)) {
                    String b = s.substring(0, s.length() - suf.length());
                    if (out == null) {
                        out = new String[2 * stems.size()];
                    }
                    n = add(out, n, b);
                    if (b.charAt(b.length() - 1) == TEH) {
                        n = add(out, n, b.substring(0, b.length() - 1) + HEH);
                    }
                    break;
                }
            }
        }
        return out == null ? List.of() : listOf(out, n);
    }

    /** The last letters of the pronoun suffixes (ه، ا، م، ن), from the list itself. */
    private static final String SUFFIX_ENDS = Letters.last(List.of(PRONOUN_SUFFIXES));

    private static boolean endsLikeSuffix(char c) {
        return SUFFIX_ENDS.indexOf(c) >= 0;
    }

    /** Removes a leading ال when at least two letters remain. */
    public static String stripArticle(String w) {
        if (w.length() >= 4 && w.charAt(0) == ALEF && w.charAt(1) == LAM) {
            return w.substring(2);
        }
        return w;
    }

    private static boolean isPreposition(char c) {
        return c == BEH || c == LAM || c == KAF;
    }

    /** Appends {@code s} to the first {@code n} keys of {@code out} unless it is among them; the new count. */
    private static int add(String[] out, int n, String s) {
        for (int i = 0; i < n; i++) {
            if (out[i].equals(s)) {
                return n;
            }
        }
        out[n] = s;
        return n + 1;
    }

    /** The first {@code n} keys as an immutable list, without copying them through another list. */
    private static List<String> listOf(String[] keys, int n) {
        return switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(keys[0]);
            case 2 -> List.of(keys[0], keys[1]);
            case 3 -> List.of(keys[0], keys[1], keys[2]);
            default -> List.of(java.util.Arrays.copyOf(keys, n));
        };
    }
}
