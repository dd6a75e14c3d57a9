package org.marsad.document;

import java.util.Optional;

/**
 * A date expression and the interval it resolves to.
 *
 * @param range  empty when the expression could not be resolved (no anchor)
 * @param anchor {@code explicit} when the text gives the year, {@code publication} when resolved
 *               against the publication date, {@code context} when against the last explicit date
 */
public record TimeExpression(int begin, int end, String text, Optional<DateRange> range, String anchor)
        implements Span {
    public TimeExpression {
        Span.check(begin, end);
        range = range == null ? Optional.empty() : range;
    }
}
