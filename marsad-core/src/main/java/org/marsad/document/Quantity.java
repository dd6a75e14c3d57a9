package org.marsad.document;

import java.util.OptionalLong;

/**
 * A number in the text, in digits or words.
 *
 * @param value    the number, or the ACLED-style lower bound of an approximation («أكثر من 30» → 30)
 * @param vague    for vague quantities without a number: {@code several}, {@code tens},
 *                 {@code hundreds}, {@code thousands}, {@code many}; null otherwise
 * @param approx   true for «نحو»، «قرابة»، «أكثر من» and the like
 * @param percent  true for percentages
 */
public record Quantity(int begin, int end, String text, OptionalLong value, String vague, boolean approx,
                       boolean percent) implements Span {
    public Quantity {
        Span.check(begin, end);
        value = value == null ? OptionalLong.empty() : value;
    }
}
