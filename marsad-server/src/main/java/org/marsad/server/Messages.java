package org.marsad.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The dashboard's strings in Arabic (the default) and English, from
 * {@code marsad/server/messages_LANG.properties}. A missing key shows as the key itself, so that a
 * gap is visible rather than blank. Immutable and thread-safe.
 */
final class Messages {
    private static final Map<String, Messages> ALL = Map.of("ar", load("ar"), "en", load("en"));
    private final String lang;
    private final Properties p;

    private Messages(String lang, Properties p) {
        this.lang = lang;
        this.p = p;
    }

    /** The messages of a language code; anything but {@code en} is Arabic. */
    static Messages of(String lang) {
        return ALL.get("en".equals(lang) ? "en" : "ar");
    }

    private static Messages load(String lang) {
        String path = "marsad/server/messages_" + lang + ".properties";
        Properties p = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
        return new Messages(lang, p);
    }

    String lang() {
        return lang;
    }

    boolean rtl() {
        return lang.equals("ar");
    }

    String get(String key) {
        return p.getProperty(key, key);
    }

    /** The label of an event type, or the type itself. */
    String type(String type) {
        return type == null ? "" : p.getProperty("type." + type, type);
    }

    /**
     * A count in words: {@code base.one}, {@code .two}, {@code .few}, {@code .many} or {@code .other}
     * with {@code {n}} replaced, by the plural categories of the language (Arabic: 1, 2, 3–10,
     * 11–99 counted by the last two digits, the rest; English: 1 and the rest).
     */
    String plural(String base, long n) {
        String cat;
        if (lang.equals("ar")) {
            long h = n % 100;
            cat = n == 1 ? "one" : n == 2 ? "two" : h >= 3 && h <= 10 ? "few" : h >= 11 ? "many" : "other";
        } else {
            cat = n == 1 ? "one" : "other";
        }
        return p.getProperty(base + "." + cat, p.getProperty(base + ".other", base)).replace("{n}", Long.toString(n));
    }

    String modality(String m) {
        return m == null ? "" : p.getProperty("modality." + m, m);
    }
}
