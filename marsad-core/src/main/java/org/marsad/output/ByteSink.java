package org.marsad.output;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte array to write one article's JSON into, kept by its thread and reused for the
 * next article: {@link #bytes()} is the one copy made per article (Jackson's
 * {@code ByteArrayBuilder} allocates a new chain of blocks per article and copies them out through
 * a linked list). Not thread-safe.
 */
final class ByteSink extends OutputStream {
    private static final ThreadLocal<ByteSink> PER_THREAD = ThreadLocal.withInitial(ByteSink::new);
    /** A buffer grown past this by one huge article is not kept for the next one. */
    private static final int KEEP = 1 << 20;
    private byte[] buf = new byte[1 << 16];
    private int size;

    private ByteSink() {
    }

    /** The calling thread's sink, emptied. */
    static ByteSink empty() {
        ByteSink s = PER_THREAD.get();
        if (s.buf.length > KEEP) {
            s.buf = new byte[1 << 16];
        }
        s.size = 0;
        return s;
    }

    @Override
    public void write(int b) {
        if (size == buf.length) {
            grow(1);
        }
        buf[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (len > buf.length - size) {
            grow(len);
        }
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    private void grow(int more) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }

    /** A copy of what was written since {@link #empty()}. */
    byte[] bytes() {
        return Arrays.copyOf(buf, size);
    }
}
