package org.marsad.text;

import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * An immutable map from string keys to values laid out for lookups that mostly miss the processor's
 * caches (a large dictionary asked about a few hundred words per document between other stages'
 * work). One probe reads a slot holding the key's hash, its length and (up to {@value #INLINE}
 * characters) the key itself; longer keys are compared against one packed character array. The
 * value sits at the slot's own index in a parallel array, so that the processor fetches it while the
 * key is still being compared rather than one memory access later (issue 4: the place finder's
 * name-start lookup was its largest single cost). A {@link java.util.HashMap} lookup walks a chain of
 * separate objects instead (table, node, key string, its bytes, value), each a likely miss. Open
 * addressing with linear probing, at most two thirds full.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <V> the values
 */
public final class KeyTable<V> {
    /** Ints per slot: hash, length + 1 (0: empty), offset in {@link #chars}, tag, then the inline chars. */
    private static final int STRIDE = 8;
    /** Characters of a key kept in its slot, two per int. */
    private static final int INLINE = 8;
    private final int[] slots;
    private final int mask;
    private final char[] chars;
    /** The value of the key in slot {@code s} at index {@code s}. */
    private final Object[] values;
    private final int size;

    private KeyTable(int[] slots, char[] chars, Object[] values, int size) {
        this.slots = slots;
        this.mask = values.length - 1;
        this.chars = chars;
        this.values = values;
        this.size = size;
    }

    /** A table of the entries of {@code map} (no null keys or values), every tag 0. */
    public static <V> KeyTable<V> of(Map<String, ? extends V> map) {
        return of(map, v -> 0);
    }

    /**
     * A table of the entries of {@code map} (no null keys or values), each key with the tag
     * {@code tags} gives its value: a few facts about the value that a caller reads with
     * {@link #tag(String, int)} from the key's own slot, without reading the value (a likely miss).
     * Tags are not negative.
     */
    public static <V> KeyTable<V> of(Map<String, ? extends V> map, ToIntFunction<? super V> tags) {
        return of(map, v -> v, tags);
    }

    /**
     * A table of the keys of {@code map}, each with the value {@code value} makes of its entry's
     * value (not null) and the tag {@code tags} gives that entry's value (not negative): for a caller
     * that keeps in the table what it needs of the value rather than the value itself.
     */
    public static <S, V> KeyTable<V> of(Map<String, ? extends S> map, Function<? super S, ? extends V> value,
                                        ToIntFunction<? super S> tags) {
        int n = map.size();
        int cap = Integer.highestOneBit(Math.max(4, n * 3 / 2)) << 1;
        int[] slots = new int[cap * STRIDE];
        Object[] values = new Object[cap];
        int total = 0;
        for (String k : map.keySet()) {
            total += k.length();
        }
        char[] chars = new char[total];
        int off = 0;
        for (Map.Entry<String, ? extends S> e : map.entrySet()) {
            String k = e.getKey();
            int h = k.hashCode();
            int s = slot(h, cap - 1);
            while (slots[s * STRIDE + 1] != 0) {
                s = (s + 1) & (cap - 1);
            }
            k.getChars(0, k.length(), chars, off);
            int b = s * STRIDE;
            slots[b] = h;
            slots[b + 1] = k.length() + 1;
            slots[b + 2] = off;
            int tag = tags.applyAsInt(e.getValue());
            if (tag < 0) {
                throw new IllegalArgumentException("negative tag " + tag + " for key " + k);
            }
            slots[b + 3] = tag;
            for (int c = 0; c < k.length() && c < INLINE; c++) {
                slots[b + 4 + c / 2] |= k.charAt(c) << (16 * (c % 2));
            }
            values[s] = java.util.Objects.requireNonNull(value.apply(e.getValue()), k);
            off += k.length();
        }
        return new KeyTable<>(slots, chars, values, n);
    }

    private static int slot(int h, int mask) {
        int x = h * 0x9E3779B9;
        return (x ^ (x >>> 16)) & mask;
    }

    /** The value of {@code key}, or null. */
    public V get(String key) {
        return get(key, key.hashCode());
    }

    /**
     * The value of {@code key}, whose {@link String#hashCode()} the caller knows to be {@code h}
     * (from {@link TokenKeys}): the slot is then read without waiting for the key's
     * string, which is likely out of the caches too.
     */
    public V get(String key, int h) {
        for (int s = slot(h, mask); ; s = (s + 1) & mask) {
            int b = s * STRIDE;
            int len = slots[b + 1] - 1;
            if (len < 0) {
                return null;
            }
            @SuppressWarnings("unchecked")
            V v = (V) values[s]; // read before the key is compared: the two reads overlap
            if (slots[b] == h && same(key, b, len)) {
                return v;
            }
        }
    }

    /**
     * The tag of {@code key} (see {@link #of(Map, ToIntFunction)}), or -1 when the table lacks the
     * key; {@code h} is its {@link String#hashCode()}. Right after {@link #get(String, int)} of the
     * same key it reads the slot that look-up brought into the caches.
     */
    public int tag(String key, int h) {
        for (int s = slot(h, mask); ; s = (s + 1) & mask) {
            int b = s * STRIDE;
            int len = slots[b + 1] - 1;
            if (len < 0) {
                return -1;
            }
            if (slots[b] == h && same(key, b, len)) {
                return slots[b + 3];
            }
        }
    }

    private boolean same(String key, int b, int len) {
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
        int off = slots[b + 2];
        for (int i = 0; i < len; i++) {
            if (key.charAt(i) != chars[off + i]) {
                return false;
            }
        }
        return true;
    }

    /** Number of keys. */
    public int size() {
        return size;
    }
}
