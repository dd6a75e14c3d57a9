package org.marsad.document;

/**
 * A sentence or heading. {@code block} is the index of its block in {@link Structure#blocks()};
 * {@code kind} repeats the block's kind so that extractors can skip titles and related links.
 */
public record Sentence(int begin, int end, int block, Block.Kind kind) implements Span {
    public Sentence {
        Span.check(begin, end);
    }
}
