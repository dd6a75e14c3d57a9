package org.marsad.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Clusters linked over time into one story: the same prison's riots and escapes over the years,
 * a bombing and the arrests that followed it.
 *
 * @param id       {@code t<n>}, after the lowest cluster number in the thread
 * @param clusters the clusters' numbers in the order of their dates
 * @param start    the earliest date of a cluster in the thread
 * @param end      the latest date of a cluster in the thread
 * @param links    why clusters were linked ({@code facility: Ghwayran prison},
 *                 {@code place and actor: Istanbul, PKK}), at most ten, each once
 */
public record StoryThread(String id, List<Long> clusters, Optional<LocalDate> start, Optional<LocalDate> end,
                          List<String> links) {
    public StoryThread {
        clusters = List.copyOf(clusters);
        links = List.copyOf(links);
    }
}
