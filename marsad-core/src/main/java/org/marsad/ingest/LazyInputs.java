package org.marsad.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over the articles of one container file (a WARC file, a JSON file), read one record
 * at a time: subclasses implement {@link #advance()}, which returns the next input, null to skip a
 * record, and calls {@link #finish()} at the end. Not thread-safe: one thread iterates.
 */
abstract class LazyInputs implements Iterator<ArticleInput>, Closeable {
    private ArticleInput next;
    private boolean done;

    /** The next input, or null when the record read is skipped (or the container ended). */
    protected abstract ArticleInput advance();

    /** Marks the end: no more records will be read. */
    protected final void finish() {
        done = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public final ArticleInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ArticleInput n = next;
        next = null;
        return n;
    }
}
