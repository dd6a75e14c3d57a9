package org.marsad.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Partition iterators mapped one element at a time, so that a task never holds its partition. */
final class Lazy {
    private Lazy() {
    }

    /** The elements mapped; null results are skipped. */
    static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
        return new Iterator<>() {
            private B next;

            @Override
            public boolean hasNext() {
                while (next == null && in.hasNext()) {
                    next = f.apply(in.next());
                }
                return next != null;
            }

            @Override
            public B next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                B b = next;
                next = null;
                return b;
            }
        };
    }
}
