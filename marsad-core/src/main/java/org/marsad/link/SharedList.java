package org.marsad.link;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An append-only list shared by the successive snapshots of a cluster (its reports, its copies): a
 * snapshot sees the first {@code n} items; appending to the newest snapshot appends in place, so a
 * cluster grows at constant cost however many reports it has, and appending to an older snapshot
 * copies the prefix it sees first. Thread-safe: every access is synchronized.
 */
final class SharedList<T> {
    private final List<T> items = new ArrayList<>();

    /** The list a snapshot that sees {@code n} items must use after appending {@code item}: this one or a copy. */
    synchronized SharedList<T> append(int n, T item) {
        SharedList<T> target = this;
        if (items.size() != n) {
            target = new SharedList<>();
            target.items.addAll(items.subList(0, n));
        }
        target.items.add(item);
        return target;
    }

    private synchronized T get(int i) {
        return items.get(i);
    }

    /** An unmodifiable view of the first {@code n} items (they never change). */
    List<T> view(int n) {
        return new AbstractList<T>() {
            @Override
            public T get(int i) {
                Objects.checkIndex(i, n);
                return SharedList.this.get(i);
            }

            @Override
            public int size() {
                return n;
            }
        };
    }
}
