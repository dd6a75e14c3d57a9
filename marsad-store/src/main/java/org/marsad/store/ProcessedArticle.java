package org.marsad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.marsad.document.Document;

/**
 * An article ready to store: the processed document, its JSON output ({@code docs/OUTPUT.md}),
 * the hash that identifies its content, and where it was read from.
 */
public record ProcessedArticle(Document document, ObjectNode output, String contentHash, String origin,
                               String format) {
    public ProcessedArticle {
        Objects.requireNonNull(document);
        Objects.requireNonNull(output);
        Objects.requireNonNull(contentHash);
        Objects.requireNonNull(origin);
        Objects.requireNonNull(format);
    }
}
