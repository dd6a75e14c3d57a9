package org.marsad.recognize.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * An entity over tokens {@code start} (inclusive) to {@code end} (exclusive) of a sentence.
 *
 * @param type       one of the {@link NerTypes} names
 * @param confidence how much better the decoder's best tagging is than the best tagging without
 *                   this entity's labels (a score margin, {@link NerDecoder}); entities read from
 *                   tags or given by hand have {@link #GIVEN}
 */
public record NerSpan(int start, int end, String type, double confidence) {
    /** The confidence of an entity that was not decoded (read from gold tags). */
    public static final double GIVEN = Double.POSITIVE_INFINITY;

    public NerSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
    }

    public NerSpan(int start, int end, String type) {
        this(start, end, type, GIVEN);
    }

    /** The same entity with another type. */
    public NerSpan withType(String t) {
        return new NerSpan(start, end, t, confidence);
    }

    public int length() {
        return end - start;
    }

    /**
     * The entities of a BIO tag sequence, read as CoNLL's {@code conlleval} reads them: an entity
     * starts at {@code B-X}, and also at {@code I-X} after {@code O} or after a tag of another type;
     * it continues over following {@code I-X} tags of the same type.
     */
    public static List<NerSpan> fromBio(List<String> tags) {
        List<NerSpan> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : ConllFormat.OUTSIDE;
            boolean inside = tag.startsWith("I-") && tag.substring(2).equals(type);
            if (start >= 0 && !inside) {
                out.add(new NerSpan(start, i, type));
                start = -1;
                type = null;
            }
            if (start < 0 && (tag.startsWith("B-") || tag.startsWith("I-"))) {
                start = i;
                type = tag.substring(2);
            }
        }
        return out;
    }

    /** The BIO tags of {@code n} tokens with these (non-overlapping) entities. */
    public static List<String> toBio(List<NerSpan> spans, int n) {
        List<String> tags = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tags.add(ConllFormat.OUTSIDE);
        }
        for (NerSpan s : spans) {
            tags.set(s.start(), "B-" + s.type());
            for (int i = s.start() + 1; i < s.end(); i++) {
                tags.set(i, "I-" + s.type());
            }
        }
        return tags;
    }
}
