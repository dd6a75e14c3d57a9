package org.marsad.recognize.ner;

import java.util.List;

/**
 * Where {@link ArabicNerFeatures} puts the features of a token. A feature is the string
 * {@code prefix + value}, or {@code prefix + a + "|" + b}; training needs the strings
 * ({@link #strings}), tagging only their weights, which {@link WeightTable} finds from a hash
 * computed over the parts without building the string.
 */
interface FeatureSink {
    void add(String prefix, String value);

    void add(String prefix, String a, String b);

    /** The feature {@code prefix + value.substring(from, to)}; a sink may avoid building the substring. */
    default void add(String prefix, String value, int from, int to) {
        add(prefix, value.substring(from, to));
    }

    /** A sink that appends the feature strings to a list. */
    static FeatureSink strings(List<String> out) {
        return new FeatureSink() {
            @Override
            public void add(String prefix, String value) {
                out.add(prefix + value);
            }

            @Override
            public void add(String prefix, String a, String b) {
                out.add(prefix + a + "|" + b);
            }
        };
    }
}
