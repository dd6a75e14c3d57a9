package org.marsad.knowledge;

/** A knowledge resource is missing or malformed; the message names the resource and the line. */
public class KnowledgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KnowledgeException(String message) {
        super(message);
    }

    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
