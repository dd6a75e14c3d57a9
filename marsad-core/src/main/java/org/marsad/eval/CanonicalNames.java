package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Compares canonical English names as {@code gold/FORMAT.md} says: lower-cased, a leading "al-",
 * "el-" or "the " dropped, hyphens and spaces removed, and names listed together in
 * {@code aliases.json} treated as one.
 *
 * <p>Immutable and thread-safe.
 */
public final class CanonicalNames {
    private final Map<String, String> alias;

    private CanonicalNames(Map<String, String> alias) {
        this.alias = Map.copyOf(alias);
    }

    /** No aliases: plain normalization only. */
    public static CanonicalNames plain() {
        return new CanonicalNames(Map.of());
    }

    /** Reads {@code aliases.json}: an object from canonical name to a list of equivalent names. */
    public static CanonicalNames load(Path aliasesJson) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(aliasesJson));
            Map<String, String> m = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = normalize(e.getKey());
                m.put(key, key);
                for (JsonNode a : e.getValue()) {
                    m.putIfAbsent(normalize(a.asText()), key);
                }
            }
            return new CanonicalNames(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read aliases " + aliasesJson, e);
        }
    }

    /** The comparison key of a name. */
    public String key(String name) {
        if (name == null) {
            return null;
        }
        String n = normalize(name);
        return alias.getOrDefault(n, n);
    }

    /** True when both are null or both name the same thing. */
    public boolean same(String a, String b) {
        return Objects.equals(key(a), key(b));
    }

    static String normalize(String s) {
        String n = s.strip().toLowerCase(Locale.ROOT);
        for (String p : new String[] {"al-", "el-", "the "}) {
            if (n.startsWith(p)) {
                n = n.substring(p.length());
                break;
            }
        }
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c != '-' && c != ' ' && c != '\u2010' && c != '\u2011') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
