package org.marsad.link;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.eval.CanonicalNames;

/**
 * Comparison keys for canonical English names, as gold files compare them
 * ({@link CanonicalNames#plain()}: lower-cased, a leading "al-", "el-" or "the " dropped, hyphens
 * and spaces removed), and apostrophes removed too. "Al-Hasakah" and "Hasakah" get the same key.
 * Thread-safe (keys made are kept in a concurrent map).
 */
final class Names {
    private static final CanonicalNames CANONICAL = CanonicalNames.plain();
    /**
     * Keys made so far, by name: the names are canonical names from the gazetteer and the actor
     * dictionary (a few thousand, the same strings again and again), and every report's place and
     * parties need theirs. At most {@value #MAX_KEPT} are kept; beyond that a key is made each time.
     */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int MAX_KEPT = 100_000;
    private static final String[] REGION_WORDS = {" governorate", " province", " region", " wilayah", " district"};

    private Names() {
    }

    /**
     * Key of a first-level division's name: as {@link #key} after dropping a trailing
     * "Governorate", "Province", "Region", "Wilayah" or "District", so that "Al-Hasakah
     * Governorate" and a town's admin1 "Al-Hasakah" agree.
     */
    static String regionKey(String name) {
        String n = name.strip();
        String lower = n.toLowerCase(Locale.ROOT);
        for (String w : REGION_WORDS) {
            if (lower.endsWith(w) && lower.length() > w.length()) {
                n = n.substring(0, n.length() - w.length());
                break;
            }
        }
        return key(n);
    }

    static String key(String name) {
        String k = KEYS.get(name);
        if (k == null) {
            k = makeKey(name);
            if (KEYS.size() < MAX_KEPT) {
                KEYS.put(name, k);
            }
        }
        return k;
    }

    private static String makeKey(String name) {
        String k = CANONICAL.key(name);
        return k.indexOf('\'') < 0 && k.indexOf('\u2019') < 0 ? k : k.replace("'", "").replace("\u2019", "");
    }
}
