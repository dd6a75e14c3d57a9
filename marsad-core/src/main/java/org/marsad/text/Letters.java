package org.marsad.text;

import java.util.List;

/**
 * The letters that begin or end the words of a list, for a quick first test before the words
 * themselves are tried («does any article prefix begin with this letter?»). Stateless and
 * thread-safe.
 */
public final class Letters {
    private Letters() {
    }

    /** The distinct first letters of the non-empty {@code words}, in order of first use. */
    public static String first(List<String> words) {
        return collect(words, true);
    }

    /** The distinct last letters of the non-empty {@code words}, in order of first use. */
    public static String last(List<String> words) {
        return collect(words, false);
    }

    private static String collect(List<String> words, boolean first) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            char c = first ? w.charAt(0) : w.charAt(w.length() - 1);
            if (b.indexOf(String.valueOf(c)) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
