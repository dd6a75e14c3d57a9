package org.marsad.link;

/**
 * A block of the linker's index: a space key (a grid cell, a first-level division, a country, a
 * region, a facility) and a week. A cluster is registered under the blocks its places and dates
 * fall in; a new mention is compared only with the clusters registered under the blocks around it.
 *
 * @param space  {@code g:<row>:<col>} grid cell, {@code a:<cc>:<admin1>} first-level division,
 *               {@code c:<cc>} country, {@code r:<cc>:<admin1>} area-level places, {@code f:<facility>@<cc>}
 * @param week   days since 1970-01-01 divided by 7 (floor)
 */
public record BlockKey(String space, int week) {
}
