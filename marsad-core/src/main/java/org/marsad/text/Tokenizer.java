package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.document.NormalizedText;
import org.marsad.document.Token;

/**
 * Splits the normalized view into words, numbers and punctuation, and maps each token back to the
 * original text. A word is a run of letters (Arabic or Latin); a number is a run of digits with
 * inner separators ({@code 1,000}, {@code 3.5}, {@code 04:00}); every other non-space character is
 * a token of its own. A token's span covers the diacritics and tatweel that follow its last letter.
 *
 * <p>Stateless and thread-safe.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(NormalizedText view) {
        String s = view.text();
        // a char array: String.charAt's bounds check is a call in C1-compiled code
        char[] cs = s.toCharArray();
        int n = cs.length;
        List<Token> out = new ArrayList<>(n / 5 + 4);
        int i = 0;
        while (i < n) {
            char c = cs[i];
            int start = i;
            Token.Kind kind;
            if (isLetter(c)) { // most characters: tested before the Unicode tables of the space tests
                while (i < n && isLetter(cs[i])) {
                    i++;
                }
                kind = Token.Kind.WORD;
            } else if (c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            } else if (isDigit(c)) {
                while (i < n && (isDigit(cs[i]) || (i + 1 < n && isInnerSeparator(cs[i]) && isDigit(cs[i + 1])))) {
                    i++;
                }
                kind = Token.Kind.NUMBER;
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < n) {
                    i++;
                }
                kind = Character.isLetterOrDigit(c) ? Token.Kind.OTHER : Token.Kind.PUNCT;
            }
            String norm = s.substring(start, i);
            List<String> stems = kind == Token.Kind.WORD ? Clitics.stems(norm) : List.of();
            List<String> bases = kind == Token.Kind.WORD ? Clitics.bases(stems) : List.of();
            // the token ends where the next kept character begins, so that diacritics and tatweel
            // after its last letter («قتيلاً», «هـ») belong to it
            out.add(new Token(view.originalBegin(start), view.originalBegin(i), norm, stems, bases, kind));
        }
        return out;
    }

    /** Arabic letters (including Farsi/Urdu extensions) and Latin letters. */
    static boolean isLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u06FA' && c <= '\u06FF') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '\u00C0' && c <= '\u024F');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isInnerSeparator(char c) {
        return c == '.' || c == ',' || c == ':' || c == '/';
    }
}
