package org.marsad.link;

import java.util.Locale;
import org.marsad.eval.CanonicalNames;

/**
 * Comparison keys for canonical English names, as gold files compare them
 * ({@link CanonicalNames#plain()}: lower-cased, a leading "al-", "el-" or "the " dropped, hyphens
 * and spaces removed), and apostrophes removed too. "Al-Hasakah" and "Hasakah" get the same key.
 * Stateless and thread-safe.
 */
final class Names {
    private static final CanonicalNames CANONICAL = CanonicalNames.plain();
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
        String k = CANONICAL.key(name);
        return k.indexOf('\'') < 0 && k.indexOf('\u2019') < 0 ? k : k.replace("'", "").replace("\u2019", "");
    }
}
