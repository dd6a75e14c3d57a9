package org.marsad.recognize.ner;

import java.util.List;

/**
 * A sentence of a CoNLL corpus: its tokens and one BIO tag per token ({@code O}, {@code B-PERS},
 * {@code I-LOC}, ...). Tags are already in the canonical form {@link ConllFormat} produces.
 *
 * @param source where the sentence came from ({@code file:line} of its first token), for messages
 */
public record LabeledSentence(List<String> tokens, List<String> tags, String source) {
    public LabeledSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(source + ": " + tokens.size() + " tokens but " + tags.size() + " tags");
        }
    }

    public int size() {
        return tokens.size();
    }
}
