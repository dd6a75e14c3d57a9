package org.marsad.ingest;

import java.util.Objects;
import java.util.function.Supplier;
import org.marsad.document.Document;

/**
 * One article an input yields, not yet parsed: the sequential part (reading a record of a WARC
 * file, a line of a JSONL file) is done by the thread that iterates; {@link #read()} does the
 * parsing and may run on a worker thread.
 *
 * @param origin where the article comes from, for messages and provenance ({@code feed.xml#3},
 *               {@code crawl.warc.gz@1234}, {@code corpus.jsonl:17}, a path or a URL)
 * @param format the reader that handles it: {@code text}, {@code html}, {@code feed}, {@code warc},
 *               {@code json} or {@code url}
 */
public record ArticleInput(String origin, String format, Supplier<Document> reader) {
    public ArticleInput {
        Objects.requireNonNull(origin);
        Objects.requireNonNull(format);
        Objects.requireNonNull(reader);
    }

    /** An input that failed before it could be read (its {@link #read()} throws the problem). */
    public static ArticleInput failed(String origin, String format, InputException problem) {
        return new ArticleInput(origin, format, () -> {
            throw problem;
        });
    }

    /**
     * Parses the article.
     *
     * @throws InputException naming the origin and the problem
     */
    public Document read() {
        try {
            return reader.get();
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException(origin, "cannot read " + format + ": " + e, e);
        }
    }
}
