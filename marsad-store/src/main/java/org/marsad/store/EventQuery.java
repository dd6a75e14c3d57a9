package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which events to list. Every filter is optional; filters combine with AND, the types of
 * {@code types} with OR. {@code actor} matches the actor or the target, by key
 * ({@code isis}, {@code name:ISIS}) or canonical name. {@code bbox} is
 * {@code [minLon, minLat, maxLon, maxLat]}. Dates filter on the event's day (its date, or the
 * article's publication date when the text gives none).
 */
public record EventQuery(List<String> types, Optional<LocalDate> from, Optional<LocalDate> to,
                         Optional<String> country, Optional<String> admin1, Optional<String> place,
                         Optional<String> actor, Optional<double[]> bbox, Optional<String> article,
                         int page, int size) {
    public static final int MAX_SIZE = 5000;

    public EventQuery {
        types = List.copyOf(types);
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ", not " + size);
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("'to' (" + to.get() + ") is before 'from' (" + from.get() + ")");
        }
        bbox.ifPresent(b -> {
            if (b.length != 4 || b[0] > b[2] || b[1] > b[3] || b[1] < -90 || b[3] > 90 || b[0] < -180 || b[2] > 180) {
                throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat within the world");
            }
        });
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
        private String admin1;
        private String place;
        private String actor;
        private double[] bbox;
        private String article;
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

        public Builder admin1(String a) {
            admin1 = a;
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

        public Builder bbox(double[] b) {
            bbox = b;
            return this;
        }

        public Builder article(String a) {
            article = a;
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

        public EventQuery build() {
            return new EventQuery(types, Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(country),
                    Optional.ofNullable(admin1), Optional.ofNullable(place), Optional.ofNullable(actor),
                    Optional.ofNullable(bbox), Optional.ofNullable(article), page, size);
        }
    }
}
