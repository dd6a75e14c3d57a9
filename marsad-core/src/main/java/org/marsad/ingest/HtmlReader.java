package org.marsad.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.marsad.document.Document;
import org.marsad.document.Metadata;

/**
 * Reads a web page into a {@link Document} in the plain layout, with {@link HtmlExtractor} finding
 * the title, the date and the body. Metadata a caller already knows (a sidecar, a WARC record's
 * URL and date) fills what the page does not say; the page's own title and date win.
 *
 * <p>Thread-safe.
 */
public final class HtmlReader {
    private HtmlReader() {
    }

    /** Reads {@code NAME.html} (any charset the page declares; UTF-8 by default) and its optional sidecar. */
    public static Document read(Path file) {
        byte[] bytes = PlainTextReader.bytesOf(file);
        String id = PlainTextReader.idOf(file.getFileName().toString());
        Metadata hints = PlainTextReader.readSidecar(file.resolveSibling(id + ".meta.json"));
        return parse(file.toString(), bytes, null, hints.url().orElse(""), id, hints);
    }

    /**
     * Parses page bytes.
     *
     * @param origin  names the page in errors
     * @param charset the charset the transport declared, or null to use the page's own declaration
     * @param baseUri the page's URL ("" when unknown)
     * @param hints   metadata known from elsewhere, used where the page gives none
     * @throws InputException when the page has no text
     */
    public static Document parse(String origin, byte[] bytes, String charset, String baseUri, String id,
                                 Metadata hints) {
        org.jsoup.nodes.Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(origin, "cannot parse HTML: " + e.getMessage(), e);
        }
        HtmlArticle a = HtmlExtractor.standard().extract(page);
        String text = a.layoutText();
        if (a.paragraphs().isEmpty() || text.isBlank()) {
            throw new InputException(origin, "no article text found in the page");
        }
        Optional<LocalDate> published = a.published().or(hints::published);
        Optional<String> title = a.title().or(hints::title);
        Optional<String> url = hints.url().or(() -> baseUri.isEmpty() ? Optional.empty() : Optional.of(baseUri));
        return Document.of(id, text, new Metadata(published, url, hints.source(), title));
    }
}
