package org.marsad.document;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One article: its original text, its metadata and the annotation layers stages have added.
 * Immutable: {@link #with(Layer, Object)} returns a new document that shares everything else.
 * Layer values must themselves be immutable (lists made with {@code List.copyOf}, records).
 *
 * <p>Thread-safe, as every immutable value is.
 */
public final class Document {
    private final String id;
    private final String text;
    private final Metadata metadata;
    private final Map<Layer<?>, Object> layers;

    private Document(String id, String text, Metadata metadata, Map<Layer<?>, Object> layers) {
        this.id = Objects.requireNonNull(id, "id");
        this.text = Objects.requireNonNull(text, "text");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.layers = layers;
    }

    public static Document of(String id, String text, Metadata metadata) {
        return new Document(id, text, metadata, Collections.emptyMap());
    }

    public String id() {
        return id;
    }

    /** The original text, exactly as read; every offset in every layer points into it. */
    public String text() {
        return text;
    }

    public Metadata metadata() {
        return metadata;
    }

    /** The value of a layer that a stage guaranteed to provide. */
    public <T> T get(Layer<T> layer) {
        Object v = layers.get(layer);
        if (v == null) {
            throw new NoSuchElementException("document " + id + " has no layer " + layer
                    + " (present: " + layers.keySet() + ")");
        }
        return layer.cast(v);
    }

    public <T> Optional<T> find(Layer<T> layer) {
        Object v = layers.get(layer);
        return v == null ? Optional.empty() : Optional.of(layer.cast(v));
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    public Set<Layer<?>> layers() {
        return Collections.unmodifiableSet(layers.keySet());
    }

    public <T> Document with(Layer<T> layer, T value) {
        Objects.requireNonNull(value, () -> "null value for layer " + layer);
        Map<Layer<?>, Object> copy = new IdentityHashMap<>(layers);
        copy.put(layer, layer.cast(value));
        return new Document(id, text, metadata, Collections.unmodifiableMap(copy));
    }

    public Document withMetadata(Metadata m) {
        return new Document(id, text, m, layers);
    }

    /** The original text of a span. */
    public String cover(Span span) {
        return text.substring(span.begin(), span.end());
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + text.length() + " chars, layers=" + layers.keySet() + "]";
    }
}
