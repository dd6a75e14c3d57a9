package org.marsad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.marsad.document.Document;
import org.marsad.document.Metadata;
import org.marsad.ingest.ArticleInput;
import org.marsad.ingest.InputException;

/**
 * An article as read, before extraction: what a {@link Document} is made of (id, text, metadata),
 * in a form Spark can move between executors, or the problem that kept it from being read.
 *
 * @param origin    where it came from: {@code hdfs://…/a.txt}, {@code …/crawl.warc.gz@1234}, {@code …/dump.jsonl@5678}
 * @param format    {@code text}, {@code json}, {@code warc}
 * @param published ISO date, or null
 * @param problem   null for an article that was read; the message otherwise (the other fields may be null)
 * @param unread    for an article not read yet ({@link #unread}), what reads it; null otherwise
 */
record RawArticle(String origin, String format, String id, String text, String published, String url, String source,
                  String title, String problem, Supplier<Document> unread) implements Serializable {

    static RawArticle of(String origin, String format, Document d) {
        Metadata m = d.metadata();
        return new RawArticle(origin, format, d.id(), d.text(), m.published().map(LocalDate::toString).orElse(null),
                m.url().orElse(null), m.source().orElse(null), m.title().orElse(null), null, null);
    }

    static RawArticle failed(String origin, String format, String problem) {
        return new RawArticle(origin, format, null, null, null, null, null, null, problem, null);
    }

    /**
     * An article not read yet: {@code reader} (serializable) makes its document where {@link #read}
     * is called, so that the articles of one file are read by many tasks, not all by the one that
     * went through the file.
     */
    static RawArticle unread(String origin, String format, Supplier<Document> reader) {
        if (!(reader instanceof Serializable)) {
            throw new IllegalArgumentException("not serializable: " + reader);
        }
        return new RawArticle(origin, format, null, null, null, null, null, null, null, reader);
    }

    /** The article read, or the problem that kept it from being read; itself when already read. */
    RawArticle read() {
        if (unread == null) {
            return this;
        }
        try {
            return of(origin, format, new ArticleInput(origin, format, unread).read());
        } catch (InputException e) {
            return failed(origin, format, e.getMessage());
        }
    }

    boolean isFailed() {
        return problem != null;
    }

    /** The document the pipeline takes. */
    Document document() {
        return Document.of(id, text, new Metadata(Optional.ofNullable(published).map(LocalDate::parse),
                Optional.ofNullable(url), Optional.ofNullable(source), Optional.ofNullable(title)));
    }
}
