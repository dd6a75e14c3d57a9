package org.marsad.store.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a search found.
 *
 * @param total   how many documents match (all pages)
 * @param tookMs  time spent in the index
 * @param facets  per dimension ({@code kind}, {@code type}, {@code country}, {@code admin1},
 *                {@code actor}, {@code source}), values with counts over all matches, most frequent first
 */
public record SearchResult(long total, double tookMs, List<Hit> hits, Map<String, List<FacetValue>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets)); // keeps the order
    }

    /**
     * One match.
     *
     * @param id      the article id, or for an event its numeric id
     * @param article the article the hit belongs to
     * @param snippet a passage of the text with the matched words marked
     */
    public record Hit(String kind, String id, String article, String title, Optional<String> date,
                      Optional<String> source, List<String> types, Optional<String> summary, Snippet snippet,
                      float score, Optional<Double> lat, Optional<Double> lon) {
        public Hit {
            types = List.copyOf(types);
        }
    }

    /** Text with marked ranges ({@code [begin, end)} pairs into {@code text}). */
    public record Snippet(String text, List<int[]> marks) {
        public Snippet {
            marks = List.copyOf(marks);
        }
    }

    public record FacetValue(String value, long count) {
    }
}
