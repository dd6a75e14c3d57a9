package org.marsad.text;

import java.util.Map;

/**
 * An immutable map from string keys to values laid out for lookups that mostly miss the processor's
 * caches: one probe reads a slot holding the key's hash and where its characters are, the key is
 * compared against one packed character array, and the value comes from one array. A
 * {@link java.util.HashMap} lookup walks a chain of separate objects instead (table, node, key
 * string, its bytes, value), each a likely cache miss when a large dictionary is asked about a few
 * hundred words per document between other stages' work (issue 4: the place finder's cue index).
 * A key of up to {@value #INLINE} characters is kept in its slot too, so that finding it reads
 * one cache line and the value. Open addressing with linear probing, at most two thirds full.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <V> the values
 */
public final class KeyTable<V> {
    /** Ints per slot: hash, id + 1 (0: empty), offset, length, then up to {@link #INLINE} chars, two per int. */
    private static final int STRIDE = 8;
    private static final int INLINE = 8;
    private final int[] slots;
    private final int mask;
    private final char[] chars;
    private final Object[] values;

    private KeyTable(int[] slots, char[] chars, Object[] values) {
        this.slots = slots;
        this.mask = slots.length / STRIDE - 1;
        this.chars = chars;
        this.values = values;
    }

    /** A table of the entries of {@code map} (no null keys or values). */
    public static <V> KeyTable<V> of(Map<String, ? extends V> map) {
        int n = map.size();
        int cap = Integer.highestOneBit(Math.max(4, n * 3 / 2)) << 1;
        int[] slots = new int[cap * STRIDE];
        int total = 0;
        for (String k : map.keySet()) {
            total += k.length();
        }
        char[] chars = new char[total];
        Object[] values = new Object[n];
        int id = 0;
        int off = 0;
        for (Map.Entry<String, ? extends V> e : map.entrySet()) {
            String k = e.getKey();
            int h = k.hashCode();
            int s = slot(h, cap - 1);
            while (slots[s * STRIDE + 1] != 0) {
                s = (s + 1) & (cap - 1);
            }
            k.getChars(0, k.length(), chars, off);
            slots[s * STRIDE] = h;
            slots[s * STRIDE + 1] = id + 1;
            slots[s * STRIDE + 2] = off;
            slots[s * STRIDE + 3] = k.length();
            for (int c = 0; c < k.length() && c < INLINE; c++) {
                slots[s * STRIDE + 4 + c / 2] |= k.charAt(c) << (16 * (c % 2));
            }
            values[id] = e.getValue();
            off += k.length();
            id++;
        }
        return new KeyTable<>(slots, chars, values);
    }

    private static int slot(int h, int mask) {
        int x = h * 0x9E3779B9;
        return (x ^ (x >>> 16)) & mask;
    }

    /** The value of {@code key}, or null. */
    public V get(String key) {
        int h = key.hashCode();
        for (int s = slot(h, mask); ; s = (s + 1) & mask) {
            int b = s * STRIDE;
            int id = slots[b + 1];
            if (id == 0) {
                return null;
            }
            if (slots[b] == h && same(key, b, slots[b + 2], slots[b + 3])) {
                @SuppressWarnings("unchecked")
                V v = (V) values[id - 1];
                return v;
            }
        }
    }

    private boolean same(String key, int b, int off, int len) {
        if (key.length() != len) {
            return false;
        }
        if (len <= INLINE) {
            for (int i = 0; i < len; i++) {
                if (key.charAt(i) != (char) (slots[b + 4 + i / 2] >>> (16 * (i % 2)))) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < len; i++) {
            if (key.charAt(i) != chars[off + i]) {
                return false;
            }
        }
        return true;
    }

    /** Number of keys. */
    public int size() {
        return values.length;
    }
}
