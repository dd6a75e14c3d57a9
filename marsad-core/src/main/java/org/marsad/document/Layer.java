package org.marsad.document;

import java.util.Objects;

/**
 * A typed key for one layer of annotations on a {@link Document}. Layers are compared by identity:
 * declare each one once as a constant (see {@link Layers}).
 *
 * @param <T> the type of the layer's value, an immutable object (usually a {@code List} of records)
 */
public final class Layer<T> {
    private final String name;
    private final Class<?> type;

    private Layer(String name, Class<?> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    /** A layer whose value is exactly of class {@code type}. */
    public static <T> Layer<T> of(String name, Class<T> type) {
        return new Layer<>(name, type);
    }

    /** A layer whose value is a list; {@code type} is the raw container class, kept for messages. */
    @SuppressWarnings("unchecked")
    public static <T> Layer<T> ofGeneric(String name, Class<?> type) {
        return (Layer<T>) new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    T cast(Object value) {
        if (!type.isInstance(value)) {
            throw new ClassCastException("layer " + name + " expects " + type.getSimpleName()
                    + " but got " + value.getClass().getSimpleName());
        }
        @SuppressWarnings("unchecked")
        T t = (T) value;
        return t;
    }

    @Override
    public String toString() {
        return name;
    }
}
