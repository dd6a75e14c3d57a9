package org.marsad.recognize.ner;

import java.util.List;
import org.marsad.document.Token;
import org.marsad.text.Clitics;

/**
 * What the features need to know about one normalized token, computed once per sentence:
 * its kind, its clitic-stripped forms and its shape.
 *
 * @param norm    the normalized token (see {@code ArabicNormalizer})
 * @param key     the token without the article (the first of {@link Clitics#stems})
 * @param stem    the most stripped of {@link Clitics#stems} (conjunction, preposition and article
 *                removed); a lookup key that every clitic form of a word shares, even where it
 *                strips a root letter («بغداد» → «غداد» for «بغداد» and «وبغداد» alike)
 * @param clitics what was stripped from the front to reach {@code stem} ({@code "وال"}, {@code "ب"}, or empty)
 * @param shape   {@link #shape(String)}
 * @param token   the token as the project's {@code PhraseMatcher} reads it (stems = every candidate)
 */
record WordAnalysis(String norm, String key, String stem, String clitics, String shape, Token token) {

    static WordAnalysis of(String norm) {
        Token.Kind kind = kind(norm);
        List<String> stems = kind == Token.Kind.WORD ? Clitics.stems(norm) : List.of();
        String key = stems.isEmpty() ? norm : stems.get(0);
        String stem = stems.isEmpty() ? norm : stems.get(stems.size() - 1);
        String clitics = "";
        if (!stem.equals(norm)) {
            int at = norm.lastIndexOf(stem);
            clitics = at > 0 ? norm.substring(0, at) : "";
        }
        Token token = new Token(0, 0, norm, stems, List.of(), kind);
        return new WordAnalysis(norm, key, stem, clitics, shape(norm), token);
    }

    /** {@link #stem} alone, without the rest of the analysis. */
    static String stemOf(String norm) {
        if (kind(norm) != Token.Kind.WORD) {
            return norm;
        }
        List<String> stems = Clitics.stems(norm);
        return stems.get(stems.size() - 1);
    }

    /** The token kind as the project's tokenizer would give it. */
    static Token.Kind kind(String s) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            }
        }
        if (letter) {
            return Token.Kind.WORD;
        }
        if (digit) {
            return Token.Kind.NUMBER;
        }
        return Token.Kind.PUNCT;
    }

    /**
     * A coarse shape: {@code A} Arabic word, {@code L} Latin word, {@code M} mixed letters,
     * {@code D}n a number of n digits (n ≤ 4, then {@code D+}), {@code N} a number with separators,
     * otherwise the punctuation itself.
     */
    static String shape(String s) {
        if (s.isEmpty()) {
            return "E";
        }
        int arabic = 0;
        int latin = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                arabic++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u024F')) {
                latin++;
            } else if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        if (arabic + latin > 0) {
            return arabic > 0 && latin > 0 ? "M" : arabic > 0 ? "A" : "L";
        }
        if (digits > 0) {
            if (digits < s.length()) {
                return "N";
            }
            return digits <= 4 ? "D" + digits : "D+";
        }
        return s.length() == 1 ? s : "P";
    }
}
