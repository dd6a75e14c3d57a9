package org.marsad.document;

import org.marsad.knowledge.Place;

/**
 * A stretch of text geocoded to a gazetteer entry.
 *
 * @param precision ACLED geo_precision: 1 the town itself, 2 near it or part of a region, 3 a region
 * @param why       a short explanation of why this entry won over other candidates
 */
public record PlaceMention(int begin, int end, String text, Place place, int precision, String why)
        implements Span {
    public PlaceMention {
        Span.check(begin, end);
    }
}
