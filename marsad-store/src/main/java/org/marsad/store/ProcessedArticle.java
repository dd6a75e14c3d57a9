package org.marsad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.link.MinHasher;
import org.marsad.link.Signature;
import org.marsad.output.JsonOutput;

/**
 * An article ready to store: the processed document, its JSON output ({@code docs/OUTPUT.md}),
 * the hash that identifies its content, and where it was read from.
 *
 * @param outputJson the output already written as JSON text ({@link JsonOutput#write}), or null to
 *                   have the store write it; {@link Ingestor} writes it on the worker that ran the
 *                   pipeline, so that the one thread that stores does not spend its time on it
 * @param signedAhead the document's near-duplicate signature made right after the pipeline
 *                   ({@link #signAhead}), or null to have the linker make it. Made while the
 *                   document's tokens are still in the CPU's caches, it costs a fraction of what
 *                   reading ~850 cold tokens at link time costs; its CPU time is counted as
 *                   linking when the article is linked ({@link Store#linkingSeconds}).
 */
public record ProcessedArticle(Document document, ObjectNode output, String contentHash, String origin,
                               String format, String outputJson, SignedAhead signedAhead) {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * A signature made ahead and the thread CPU time it took (ns).
     *
     * @param signature {@link MinHasher#standard()}'s signature of the document's tokens
     */
    public record SignedAhead(Signature signature, long cpuNanos) {
        public SignedAhead {
            Objects.requireNonNull(signature);
        }
    }

    /**
     * The standard signature of a processed document's tokens, timed; null when the document has no
     * token layer (the linker then reads its text). Call it right after the pipeline, on the same
     * thread: that is what makes it cheap. Thread-safe.
     */
    public static SignedAhead signAhead(Document processed) {
        long c0 = CPU.getCurrentThreadCpuTime();
        Signature s = processed.find(Layers.TOKENS).map(t -> MinHasher.standard().signature(t)).orElse(null);
        return s == null ? null : new SignedAhead(s, CPU.getCurrentThreadCpuTime() - c0);
    }

    public ProcessedArticle {
        Objects.requireNonNull(document);
        Objects.requireNonNull(output);
        Objects.requireNonNull(contentHash);
        Objects.requireNonNull(origin);
        Objects.requireNonNull(format);
    }

    /** An article whose signature the linker makes. */
    public ProcessedArticle(Document document, ObjectNode output, String contentHash, String origin, String format,
                            String outputJson) {
        this(document, output, contentHash, origin, format, outputJson, null);
    }

    /** An article whose output the store writes as JSON text itself. */
    public ProcessedArticle(Document document, ObjectNode output, String contentHash, String origin, String format) {
        this(document, output, contentHash, origin, format, null, null);
    }

    /** The output as JSON text: {@code outputJson} when given, else written now. */
    public String outputText() {
        return outputJson != null ? outputJson : JsonOutput.write(output);
    }
}
