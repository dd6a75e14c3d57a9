package org.marsad.document;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about an article besides its text: where it came from and when it was published.
 * Absent values are empty {@link Optional}s, never nulls.
 */
public record Metadata(Optional<LocalDate> published, Optional<String> url, Optional<String> source,
                       Optional<String> title) {

    public static final Metadata EMPTY = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public Metadata {
        published = published == null ? Optional.empty() : published;
        url = url == null ? Optional.empty() : url;
        source = source == null ? Optional.empty() : source;
        title = title == null ? Optional.empty() : title;
    }

    public Metadata withPublished(LocalDate date) {
        return new Metadata(Optional.ofNullable(date), url, source, title);
    }

    public Metadata withTitle(String t) {
        return new Metadata(published, url, source, Optional.ofNullable(t));
    }
}
