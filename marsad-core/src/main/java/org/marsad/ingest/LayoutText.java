package org.marsad.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes an article in the plain layout that {@link LayoutAnalyzer} reads: the title line, a blank
 * line, then paragraphs separated by blank lines. Readers of structured formats (HTML, feeds, JSON)
 * use it so that every document, whatever its origin, has the same layout. Stateless and thread-safe.
 */
public final class LayoutText {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00A0\\u200F\\u200E]*\\n\\s*");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private LayoutText() {
    }

    /** The layout text; a first paragraph that repeats the title is dropped, empty paragraphs too. */
    public static String compose(String title, List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        String t = title == null ? "" : clean(title);
        if (!t.isEmpty()) {
            b.append(t);
        }
        boolean first = true;
        for (String p : paragraphs) {
            String c = clean(p);
            if (c.isEmpty() || (first && c.equals(t))) {
                first = false;
                continue;
            }
            first = false;
            if (b.length() > 0) {
                b.append("\n\n");
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Splits running text on blank lines into paragraphs (single line breaks stay inside them). */
    public static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : BLANK_LINES.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
            String c = clean(p);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Collapses runs of spaces, trims every line and drops blank lines inside a paragraph. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (String line : s.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String l = SPACES.matcher(line).replaceAll(" ").strip();
            if (!l.isEmpty()) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(l);
            }
        }
        return b.toString();
    }

    /** A stable short id for an article known by its URL or content: 16 hex digits of SHA-256. */
    public static String idOf(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
