package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.marsad.document.Document;
import org.marsad.document.Metadata;

/**
 * Reads an RSS 2.0 or Atom feed file: one article per {@code item} / {@code entry}. The body is the
 * item's full content ({@code content:encoded}, Atom {@code content}) or else its description /
 * summary, read as HTML; the date is {@code pubDate} (RFC 1123), {@code published} or
 * {@code updated} (ISO 8601); the source is the feed's title; the id is made from the item's link
 * (or guid, or title). An item without any text is a failed input, named {@code FILE#N}.
 *
 * <p>Thread-safe.
 */
public final class FeedReader {
    private FeedReader() {
    }

    /** True when the bytes start (after an XML declaration and white space) with an RSS or Atom root. */
    public static boolean looksLikeFeed(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 1024), java.nio.charset.StandardCharsets.UTF_8);
        return s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:RDF");
    }

    /** The feed's items as inputs (each parsed when read). */
    public static List<ArticleInput> inputs(Path file) {
        org.jsoup.nodes.Document feed;
        try (InputStream in = Files.newInputStream(file)) {
            feed = Jsoup.parse(in, null, "", Parser.xmlParser());
        } catch (IOException e) {
            return List.of(ArticleInput.failed(file.toString(), "feed",
                    new InputException(file, "cannot read feed: " + e.getMessage(), e)));
        }
        Element root = feed.selectFirst("rss, feed, rdf|RDF");
        if (root == null) {
            return List.of(ArticleInput.failed(file.toString(), "feed",
                    new InputException(file, "not an RSS or Atom feed (no <rss> or <feed> root)")));
        }
        boolean atom = root.normalName().equals("feed");
        String source = childText(atom ? root : Optional.ofNullable(root.selectFirst("channel")).orElse(root), "title")
                .orElse(file.getFileName().toString());
        List<ArticleInput> out = new ArrayList<>();
        int n = 0;
        for (Element item : root.select(atom ? "entry" : "item")) {
            n++;
            String origin = file + "#" + n;
            out.add(new ArticleInput(origin, "feed", () -> item(origin, item, atom, source)));
        }
        return out;
    }

    static Document item(String origin, Element item, boolean atom, String source) {
        Optional<String> title = childText(item, "title").map(FeedReader::plain);
        Optional<String> link = atom ? atomLink(item) : childText(item, "link");
        Optional<String> guid = childText(item, atom ? "id" : "guid");
        String body = childText(item, atom ? "content" : "content|encoded")
                .or(() -> childText(item, atom ? "summary" : "description")).orElse("");
        List<String> paragraphs = HtmlExtractor.standard().fragmentParagraphs(Jsoup.parseBodyFragment(body).body());
        if (paragraphs.isEmpty()) {
            throw new InputException(origin, "feed item has no text");
        }
        Optional<LocalDate> date = childText(item, atom ? "published" : "pubDate")
                .or(() -> childText(item, atom ? "updated" : "dc|date")).flatMap(HtmlExtractor::parseDate);
        String key = link.or(() -> guid).or(() -> title).orElse(origin);
        String text = LayoutText.compose(title.orElse(""), paragraphs);
        return Document.of(LayoutText.idOf(key), text, new Metadata(date, link, Optional.of(source), title));
    }

    private static Optional<String> atomLink(Element entry) {
        for (Element l : entry.select("> link")) {
            String rel = l.attr("rel");
            if ((rel.isEmpty() || rel.equals("alternate")) && !l.attr("href").isBlank()) {
                return Optional.of(l.attr("href").strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> childText(Element e, String tag) {
        Element c = e.selectFirst("> " + tag);
        if (c == null) {
            return Optional.empty();
        }
        String t = c.wholeText().strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    private static String plain(String maybeHtml) {
        return maybeHtml.indexOf('<') >= 0 ? Jsoup.parseBodyFragment(maybeHtml).text() : maybeHtml;
    }
}
