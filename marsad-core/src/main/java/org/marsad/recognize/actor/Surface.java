package org.marsad.recognize.actor;

import java.util.List;
import org.marsad.document.NormalizedText;
import org.marsad.document.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.PhraseMatcher;

/**
 * Where a dictionary phrase begins inside its first token once the proclitics (و ف ب ل ك) are
 * removed, and how to write it: «وبالحسكة» begins at «الحسكة»; «للحزب» (ل + ال with the alef
 * elided) begins at its second lam and is written «الحزب». Thread-safe; the first keys of phrases
 * are remembered (a pure function of the phrase).
 */
public final class Surface {
    private Surface() {
    }

    /** A span of the original text and its surface text. */
    public record Span(int begin, int end, String text) {
    }

    /**
     * The span of tokens {@code first..last}, with the proclitics of the first token stripped so that
     * what remains still yields {@code firstKey} as a stem.
     */
    public static Span of(String text, List<Token> tokens, int first, int last, String firstKey) {
        Token t = tokens.get(first);
        int end = tokens.get(last).end();
        if (t.kind() != Token.Kind.WORD) {
            return new Span(t.begin(), end, text.substring(t.begin(), end));
        }
        String norm = t.norm();
        int strip = 0;
        boolean elided = false;
        for (int k = 0; k <= Math.min(3, norm.length() - 2); k++) {
            String rest = norm.substring(k);
            if (Clitics.stripArticle(rest).equals(firstKey) || rest.equals(firstKey)) {
                strip = k;
                break;
            }
            if (k >= 1 && norm.charAt(k - 1) == Clitics.LAM && rest.length() >= 3 && rest.charAt(0) == Clitics.LAM
                    && rest.substring(1).equals(firstKey)) {
                strip = k;
                elided = true;
                break;
            }
        }
        int begin = t.begin();
        if (strip > 0) {
            NormalizedText v = ArabicNormalizer.normalize(text.substring(t.begin(), t.end()));
            begin = t.begin() + v.originalBegin(strip);
        }
        String surface = text.substring(begin, end);
        if (elided) {
            surface = "\u0627" + surface;
        }
        return new Span(begin, end, surface);
    }

    /** Dictionary forms already keyed: {@link #firstKey} runs for each match, on a bounded set of forms. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> FIRST_KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 200_000;

    /** The first lookup key of a phrase (its first word without the article). */
    public static String firstKey(String phrase) {
        String k = FIRST_KEYS.get(phrase);
        if (k == null) {
            List<String> keys = PhraseMatcher.keys(phrase);
            k = keys.isEmpty() ? "" : keys.get(0);
            if (FIRST_KEYS.size() < MAX_CACHED) {
                FIRST_KEYS.putIfAbsent(phrase, k);
            }
        }
        return k;
    }
}
