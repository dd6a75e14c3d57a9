package org.marsad.link;

import java.util.Locale;

/**
 * Comparison keys for canonical English names, as gold files compare them: lower-cased, a leading
 * "al-", "el-" or "the " dropped, hyphens, apostrophes and spaces removed. "Al-Hasakah" and
 * "Hasakah" get the same key. Stateless and thread-safe.
 */
final class Names {
    private Names() {
    }

    private static final String[] REGION_WORDS = {" governorate", " province", " region", " wilayah", " district"};

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
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (String p : new String[] {"al-", "el-", "al ", "the "}) {
            if (n.startsWith(p)) {
                n = n.substring(p.length());
                break;
            }
        }
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c != '-' && c != ' ' && c != '\'' && c != '\u2019' && c != '\u2010' && c != '\u2011') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
