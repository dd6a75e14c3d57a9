package org.marsad.text;

import org.marsad.document.NormalizedText;

/**
 * Folds Arabic text into the form that dictionaries and rules are written in, keeping a map from
 * every output offset back to the original text. The rules, applied character by character:
 * <ol>
 *   <li>{@link #ALEF_HAMZA_ABOVE}, {@link #ALEF_HAMZA_BELOW}, {@link #ALEF_MADDA} and {@link #ALEF_WASLA} become {@link #ALEF};</li>
 *   <li>{@link #ALEF_MAKSURA} becomes {@link #YEH} (and Farsi yeh too);</li>
 *   <li>{@link #TEH_MARBUTA} becomes {@link #HEH};</li>
 *   <li>diacritics (fathatan … sukun, superscript alef, Quranic marks) are removed;</li>
 *   <li>{@link #TATWEEL} is removed;</li>
 *   <li>Arabic-Indic and Extended Arabic-Indic digits become ASCII digits; ٪ ٫ ٬ become % . ,;</li>
 *   <li>Farsi and Urdu letter variants (ک ی ۀ ھ) become their Arabic counterparts;</li>
 *   <li>quotation marks (« » “ ” „ ″) become {@code "};</li>
 *   <li>invisible format controls (ZWNJ, ZWJ, LRM, RLM, ALM, BOM, bidi embeddings and isolates) are removed;</li>
 *   <li>presentation forms (ligatures such as ﻻ) are decomposed by NFKC; each resulting character maps to the original one;</li>
 *   <li>ASCII letters are lower-cased.</li>
 * </ol>
 * Hamza on waw and yeh (ؤ ئ) is kept: folding it would merge different words.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArabicNormalizer {
    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char FARSI_YEH = '\u06CC';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';
    public static final char HEH_DOACHASHMEE = '\u06BE';
    public static final char HEH_YEH_ABOVE = '\u06C0';
    public static final char KEHEH = '\u06A9';
    public static final char KAF = '\u0643';
    public static final char TATWEEL = '\u0640';
    public static final char SUPERSCRIPT_ALEF = '\u0670';
    public static final char ARABIC_PERCENT = '\u066A';
    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

    private ArabicNormalizer() {
    }

    /** Normalizes {@code text}; see the class comment for the rules. */
    public static NormalizedText normalize(String text) {
        // char arrays rather than String.charAt and a StringBuilder: one load and one store per
        // character (charAt's bounds check and the builder's capacity and coder checks are calls
        // in C1-compiled code, which does not inline them)
        char[] in = text.toCharArray();
        char[] out = new char[in.length];
        int[] map = new int[in.length + 1];
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            if (isPresentationForm(c)) {
                String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
                for (int k = 0; k < d.length(); k++) {
                    char f = fold(d.charAt(k));
                    if (f != 0) {
                        if (n + 1 >= map.length) {
                            map = java.util.Arrays.copyOf(map, map.length * 2);
                            out = java.util.Arrays.copyOf(out, map.length);
                        }
                        out[n] = f;
                        map[n++] = i;
                    }
                }
                continue;
            }
            char f = fold(c);
            if (f != 0) {
                if (n + 1 >= map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                    out = java.util.Arrays.copyOf(out, map.length);
                }
                out[n] = f;
                map[n++] = i;
            }
        }
        map[n] = text.length();
        return new NormalizedText(new String(out, 0, n), java.util.Arrays.copyOf(map, n + 1));
    }

    /** Normalizes a string whose offsets nobody needs (dictionary entries, queries). */
    public static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isPresentationForm(c)) {
                String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
                for (int k = 0; k < d.length(); k++) {
                    char f = fold(d.charAt(k));
                    if (f != 0) {
                        out.append(f);
                    }
                }
                continue;
            }
            char f = fold(c);
            if (f != 0) {
                out.append(f);
            }
        }
        return out.toString();
    }

    /** The folded form of one character, or 0 if the character is removed. */
    public static char fold(char c) {
        switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
                return ALEF;
            case ALEF_MAKSURA, FARSI_YEH:
                return YEH;
            case TEH_MARBUTA, HEH_DOACHASHMEE, HEH_YEH_ABOVE:
                return HEH;
            case KEHEH:
                return KAF;
            case TATWEEL, SUPERSCRIPT_ALEF:
                return 0;
            case ARABIC_PERCENT:
                return '%';
            case ARABIC_DECIMAL_SEPARATOR:
                return '.';
            case ARABIC_THOUSANDS_SEPARATOR:
                return ',';
            case '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u2033', '\u201F':
                return '"';
            case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u00AD':
                return 0;
            default:
                break;
        }
        if (c >= '\u064B' && c <= '\u065F') { // harakat, tanwin, shadda, sukun, extended marks
            return 0;
        }
        if (c >= '\u06D6' && c <= '\u06ED' && c != '\u06E5' && c != '\u06E6') { // Quranic annotation marks
            return 0;
        }
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) { // bidi controls
            return 0;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        return c;
    }

    private static boolean isPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
    }
}
