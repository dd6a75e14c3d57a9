package org.marsad.pipeline;

import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Layer;

/**
 * One step of the pipeline: reads some layers of a document and returns the document with more.
 * A stage declares the layers it requires and provides so that {@link Pipeline.Builder#build()}
 * can reject a pipeline whose stages are out of order.
 *
 * <p>Implementations state their thread safety; the standard stages are immutable once built
 * and may process documents from many threads at once.
 */
public interface Stage {
    /** Layers that must be present on the input document. */
    Set<Layer<?>> requires();

    /** Layers this stage adds (or replaces). */
    Set<Layer<?>> provides();

    /** Processes one document; must not modify shared state. */
    Document apply(Document document);

    /** A short name for messages and timings; the class name by default. */
    default String name() {
        return getClass().getSimpleName();
    }
}
