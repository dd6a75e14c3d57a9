package org.marsad.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What main-content extraction found in a web page.
 *
 * @param title      the headline (Open Graph title, the article's {@code h1}, or the page title without its
 *                   site name)
 * @param published  the publication date from the page's metadata, when it gives one
 * @param paragraphs the body paragraphs, boilerplate and «اقرأ أيضاً» blocks removed
 * @param related    the headlines of removed related-article blocks
 */
public record HtmlArticle(Optional<String> title, Optional<LocalDate> published, List<String> paragraphs,
                          List<String> related) {
    public HtmlArticle {
        paragraphs = List.copyOf(paragraphs);
        related = List.copyOf(related);
    }

    /** The article in the plain layout (title line, blank line, paragraphs). */
    public String layoutText() {
        return LayoutText.compose(title.orElse(""), paragraphs);
    }
}
