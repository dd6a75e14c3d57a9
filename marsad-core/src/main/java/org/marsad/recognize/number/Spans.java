package org.marsad.recognize.number;

import org.marsad.text.ArabicNormalizer;

/** Span helpers shared by the time and number stages. Stateless and thread-safe. */
public final class Spans {
    private Spans() {
    }

    /**
     * Moves a span end over the marks that normalization deletes (tatweel, diacritics), so that
     * «هـ» and «قتيلاً» are covered whole: token ends stop before such trailing marks.
     */
    public static int extendOverMarks(String text, int end) {
        int e = end;
        while (e < text.length() && e > 0 && !Character.isWhitespace(text.charAt(e))
                && ArabicNormalizer.fold(text.charAt(e)) == 0) {
            e++;
        }
        return e;
    }
}
