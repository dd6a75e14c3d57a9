package org.marsad.server;

/**
 * Builds HTML with every piece of text escaped: article text is untrusted, so nothing reaches the
 * page unescaped except the markup this class writes itself. Not thread-safe: one per page.
 */
final class Html {
    private final StringBuilder b = new StringBuilder(8192);

    /** Escapes {@code & < > " '} (enough for text and for quoted attribute values). */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder o = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null) {
                if (o == null) {
                    o = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                o.append(r);
            } else if (o != null) {
                o.append(c);
            }
        }
        return o == null ? s : o.toString();
    }

    /** Opens a tag; {@code attrs} are name, value pairs (a null value omits the attribute). */
    Html open(String tag, String... attrs) {
        b.append('<').append(tag);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] != null) {
                b.append(' ').append(attrs[i]).append("=\"").append(esc(attrs[i + 1])).append('"');
            }
        }
        b.append('>');
        return this;
    }

    Html close(String tag) {
        b.append("</").append(tag).append('>');
        return this;
    }

    /** An element with escaped text content. */
    Html el(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    Html text(String s) {
        b.append(esc(s));
        return this;
    }

    /** Markup written by this program (never data). */
    Html raw(String markup) {
        b.append(markup);
        return this;
    }

    /** A link with escaped text. */
    Html a(String href, String text, String... attrs) {
        String[] all = new String[attrs.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attrs, 0, all, 2, attrs.length);
        return el("a", text, all);
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
