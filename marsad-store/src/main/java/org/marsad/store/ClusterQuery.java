package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which event clusters to list. Every filter is optional; filters combine with AND, the types of
 * {@code types} with OR. Dates filter on the cluster's day (the start of its consensus date, or its
 * first publication when no report gives a date). {@code place} matches the consensus place's
 * name, {@code actor} the consensus actor or target by dictionary id or name; {@code minSources}
 * keeps clusters reported by at least that many outlets; {@code disagreements} keeps those whose
 * reports disagree on some field; {@code sort} is {@code date} (newest first, the default) or
 * {@code sources} (most sources first).
 */
public record ClusterQuery(List<String> types, Optional<LocalDate> from, Optional<LocalDate> to,
                           Optional<String> country, Optional<String> place, Optional<String> actor, int minSources,
                           boolean disagreements, Optional<String> thread, String sort, int page, int size) {
    public static final int MAX_SIZE = 500;
    public static final List<String> SORTS = List.of("date", "sources");

    public ClusterQuery {
        types = List.copyOf(types);
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ", not " + size);
        }
        if (minSources < 1) {
            throw new IllegalArgumentException("min_sources must be 1 or more, not " + minSources);
        }
        if (!SORTS.contains(sort)) {
            throw new IllegalArgumentException("sort must be one of " + SORTS + ", not '" + sort + "'");
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("'to' (" + to.get() + ") is before 'from' (" + from.get() + ")");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds queries; unset filters match everything. Not thread-safe. */
    public static final class Builder {
        private List<String> types = List.of();
        private LocalDate from;
        private LocalDate to;
        private String country;
        private String place;
        private String actor;
        private int minSources = 1;
        private boolean disagreements;
        private String thread;
        private String sort = "date";
        private int page = 1;
        private int size = 50;

        public Builder types(List<String> t) {
            types = t;
            return this;
        }

        public Builder from(LocalDate d) {
            from = d;
            return this;
        }

        public Builder to(LocalDate d) {
            to = d;
            return this;
        }

        public Builder country(String c) {
            country = c;
            return this;
        }

        public Builder place(String p) {
            place = p;
            return this;
        }

        public Builder actor(String a) {
            actor = a;
            return this;
        }

        public Builder minSources(int n) {
            minSources = n;
            return this;
        }

        public Builder disagreements(boolean only) {
            disagreements = only;
            return this;
        }

        public Builder thread(String t) {
            thread = t;
            return this;
        }

        public Builder sort(String s) {
            sort = s;
            return this;
        }

        public Builder page(int p) {
            page = p;
            return this;
        }

        public Builder size(int s) {
            size = s;
            return this;
        }

        public ClusterQuery build() {
            return new ClusterQuery(types, Optional.ofNullable(from), Optional.ofNullable(to),
                    Optional.ofNullable(country), Optional.ofNullable(place), Optional.ofNullable(actor), minSources,
                    disagreements, Optional.ofNullable(thread), sort, page, size);
        }
    }
}
