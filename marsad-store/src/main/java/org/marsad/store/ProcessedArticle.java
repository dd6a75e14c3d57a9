package org.marsad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.marsad.document.Document;
import org.marsad.output.JsonOutput;

/**
 * An article ready to store: the processed document, its JSON output ({@code docs/OUTPUT.md}),
 * the hash that identifies its content, and where it was read from.
 *
 * @param outputJson the output already written as JSON text ({@link JsonOutput#write}), or null to
 *                   have the store write it; {@link Ingestor} writes it on the worker that ran the
 *                   pipeline, so that the one thread that stores does not spend its time on it
 */
public record ProcessedArticle(Document document, ObjectNode output, String contentHash, String origin,
                               String format, String outputJson) {
    public ProcessedArticle {
        Objects.requireNonNull(document);
        Objects.requireNonNull(output);
        Objects.requireNonNull(contentHash);
        Objects.requireNonNull(origin);
        Objects.requireNonNull(format);
    }

    /** An article whose output the store writes as JSON text itself. */
    public ProcessedArticle(Document document, ObjectNode output, String contentHash, String origin, String format) {
        this(document, output, contentHash, origin, format, null);
    }

    /** The output as JSON text: {@code outputJson} when given, else written now. */
    public String outputText() {
        return outputJson != null ? outputJson : JsonOutput.write(output);
    }
}
