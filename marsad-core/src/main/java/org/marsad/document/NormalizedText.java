package org.marsad.document;

import java.util.Objects;

/**
 * A derived view of the original text (folded letters, no diacritics, Western digits) with a map
 * from every normalized offset back to the original. Normalization may delete characters (tatweel,
 * diacritics) but never reorders them, so the map is monotone.
 */
public final class NormalizedText {
    private final String text;
    private final int[] toOriginal;

    /**
     * @param text       the normalized text
     * @param toOriginal for each normalized offset {@code i} in {@code [0, text.length()]}, the
     *                   original offset of the character it came from (the last entry is the
     *                   original length); non-decreasing
     */
    public NormalizedText(String text, int[] toOriginal) {
        this.text = Objects.requireNonNull(text);
        if (toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map has " + toOriginal.length + " entries for "
                    + text.length() + " chars");
        }
        this.toOriginal = toOriginal.clone();
    }

    public String text() {
        return text;
    }

    /** Original offset where the normalized character at {@code i} begins. */
    public int originalBegin(int i) {
        return toOriginal[i];
    }

    /** Original offset just after the normalized characters ending at {@code i} (exclusive). */
    public int originalEnd(int i) {
        return i == 0 ? toOriginal[0] : toOriginal[i - 1] + 1;
    }

    public int length() {
        return text.length();
    }
}
