package org.marsad.resolve.geo;

import org.marsad.knowledge.Place;

/**
 * The place a candidate resolved to.
 *
 * @param place     the gazetteer entry (for a name the gazetteer lacks: the place that contains it)
 * @param precision ACLED geo_precision: 1 the town (or a part of it), 2 near a town or part of a
 *                  district, 3 a region, division or country
 * @param why       the reasons it won, and the runner-up
 * @param reference the text uses this place as a reference point («شمالي العاصمة بغداد»), not as
 *                  where something happened
 * @param placedAt  the name is not in the gazetteer and the place is where the text puts it
 */
public record Resolution(Place place, int precision, String why, boolean reference, boolean placedAt) {
}
