package org.marsad.document;

/** A line-level unit of the article's layout, found by ingest. */
public record Block(int begin, int end, Kind kind) implements Span {
    public enum Kind {
        /** The headline: the first line of a plain-text article. */
        TITLE,
        /** A short line that introduces a section and ends in no punctuation. */
        HEADING,
        /** Running text: hard-wrapped lines joined. */
        PARAGRAPH,
        /** A «للمزيد:» / «اقرأ أيضا» line that points at another article: not content. */
        RELATED_LINK
    }

    public Block {
        Span.check(begin, end);
    }

    /** True for blocks whose text reports what happened (title, headings, paragraphs). */
    public boolean isContent() {
        return kind != Kind.RELATED_LINK;
    }
}
