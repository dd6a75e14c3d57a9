package org.marsad.document;

/**
 * A stretch of the original text: UTF-16 offsets, {@code begin} inclusive, {@code end} exclusive.
 * Every annotation in a {@link Document} is a span of the original text, never of a derived view.
 */
public interface Span {
    int begin();

    int end();

    default int length() {
        return end() - begin();
    }

    default boolean contains(Span other) {
        return begin() <= other.begin() && other.end() <= end();
    }

    default boolean overlaps(Span other) {
        return begin() < other.end() && other.begin() < end();
    }

    /** Checks the invariant that all records implementing this interface enforce in their constructors. */
    static void check(int begin, int end) {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }
}
