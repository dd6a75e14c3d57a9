package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.marsad.document.Metadata;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC file (plain or gzipped), read lazily: {@code response} records with an
 * HTTP status of 200 and an HTML content type; other records are skipped. The record's target URI
 * gives the document's URL (and its id), the record date stands in for a publication date the page
 * does not give, and the host is the source. Bodies are read (and content-encoding decoded) on the
 * iterating thread; HTML is parsed when the input is read.
 *
 * <p>Not thread-safe: one thread iterates.
 */
public final class WarcArticles extends LazyInputs {
    private static final long MAX_BODY = 16L << 20;
    private final String file;
    private final WarcReader reader;

    private WarcArticles(String file, WarcReader reader) {
        this.file = file;
        this.reader = reader;
    }

    /** Opens a WARC file. @throws InputException when it cannot be opened */
    public static WarcArticles open(Path file) {
        try {
            WarcReader r = new WarcReader(file);
            r.setLenient(true);
            return new WarcArticles(file.toString(), r);
        } catch (IOException e) {
            throw new InputException(file, "cannot open WARC file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a WARC file (plain or gzipped) from a stream, for files that are not on the local file
     * system (HDFS, S3); {@code name} stands for the file in origins and messages. Closing the
     * articles closes the stream.
     *
     * @throws InputException when it cannot be opened
     */
    public static WarcArticles open(String name, InputStream in) {
        try {
            WarcReader r = new WarcReader(in);
            r.setLenient(true);
            return new WarcArticles(name, r);
        } catch (IOException e) {
            throw new InputException(name, "cannot open WARC file: " + e.getMessage(), e);
        }
    }

    /** The next HTML response as an input, or null when the record was skipped (or the file ended). */
    @Override
    protected ArticleInput advance() {
        long position = reader.position();
        String origin = file + "@" + position;
        try {
            Optional<WarcRecord> rec = reader.next();
            if (rec.isEmpty()) {
                finish();
                return null;
            }
            if (!(rec.get() instanceof WarcResponse resp)) {
                return null;
            }
            origin = file + "@" + resp.position();
            MediaType type = resp.contentType();
            if (!type.base().equals(MediaType.HTTP_RESPONSE.base()) && !type.subtype().equals("http")) {
                return null;
            }
            HttpResponse http = resp.http();
            MediaType ct = http.contentType();
            String sub = ct == null ? "" : ct.base().toString();
            if (http.status() != 200 || !(sub.equals("text/html") || sub.equals("application/xhtml+xml"))) {
                return null;
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes((int) MAX_BODY);
            }
            String charset = ct.parameters().get("charset");
            String url = resp.target();
            LocalDate captured = resp.date().atZone(ZoneOffset.UTC).toLocalDate();
            String host = Optional.ofNullable(resp.targetURI().getHost()).orElse("warc");
            Metadata hints = new Metadata(Optional.of(captured), Optional.of(url), Optional.of(host), Optional.empty());
            String o = origin;
            return new ArticleInput(origin, "warc",
                    () -> HtmlReader.parse(o, body, validCharset(charset), url, LayoutText.idOf(url), hints));
        } catch (IOException | RuntimeException e) {
            // a damaged record: report it, and stop if the reader cannot go on
            finish();
            return ArticleInput.failed(origin, "warc", new InputException(origin, "damaged WARC record: " + e, e));
        }
    }

    private static String validCharset(String c) {
        if (c == null) {
            return null;
        }
        try {
            return java.nio.charset.Charset.isSupported(c) ? c : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
