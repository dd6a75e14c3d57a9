package org.marsad.store.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A search: words (Lucene simple syntax: {@code "phrase"}, {@code -not}, {@code a | b}; all words
 * must match by default) and filters. An empty query lists everything the filters let through,
 * newest first.
 *
 * @param kind   {@code article}, {@code event}, or empty for both
 * @param sort   {@code relevance} (the default with words) or {@code date}
 */
public record SearchRequest(String query, Optional<String> kind, Optional<LocalDate> from, Optional<LocalDate> to,
                            List<String> types, Optional<String> country, Optional<String> admin1,
                            Optional<String> actor, Optional<String> source, String sort, int page, int size) {
    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 500;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        types = List.copyOf(types);
        if (query.length() > 500) {
            throw new IllegalArgumentException("query longer than 500 characters");
        }
        kind.ifPresent(k -> {
            if (!k.equals("article") && !k.equals("event")) {
                throw new IllegalArgumentException("kind must be 'article' or 'event', not '" + k + "'");
            }
        });
        if (!sort.equals("relevance") && !sort.equals("date")) {
            throw new IllegalArgumentException("sort must be 'relevance' or 'date', not '" + sort + "'");
        }
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be 1.." + MAX_PAGE + ", not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ", not " + size);
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("'to' (" + to.get() + ") is before 'from' (" + from.get() + ")");
        }
    }

    /** Words only, both kinds, first page of 20. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "relevance", 1, 20);
    }

    public SearchRequest withKind(String k) {
        return new SearchRequest(query, Optional.ofNullable(k), from, to, types, country, admin1, actor, source, sort,
                page, size);
    }
}
