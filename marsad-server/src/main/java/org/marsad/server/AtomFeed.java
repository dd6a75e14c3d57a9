package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An Atom feed of events, so that an analyst can follow an actor or a place in a feed reader: one
 * entry per event (newest first) titled by its English summary, with its day, its evidence sentence
 * and a link to the article page. All text is XML-escaped. Stateless.
 */
final class AtomFeed {
    private AtomFeed() {
    }

    /** @param base the server's own origin ({@code http://host:port}), for absolute links */
    static String of(String base, String selfPath, String title, List<JsonNode> events, Messages m) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        b.append("  <title>").append(Html.esc(title + " \u2014 " + m.get("app.name"))).append("</title>\n");
        b.append("  <id>").append(Html.esc(base + selfPath)).append("</id>\n");
        b.append("  <link rel=\"self\" href=\"").append(Html.esc(base + selfPath)).append("\"/>\n");
        String updated = events.isEmpty() ? "1970-01-01" : Layout.s(events.get(0), "day");
        b.append("  <updated>").append(Html.esc(stamp(updated))).append("</updated>\n");
        b.append("  <author><name>Marsad</name></author>\n");
        for (JsonNode e : events) {
            String link = base + "/articles/" + Layout.enc(Layout.s(e, "article")) + "#ev-"
                    + Layout.enc(Layout.s(e, "event_key"));
            b.append("  <entry>\n");
            b.append("    <id>").append(Html.esc(base + "/events/" + Layout.s(e, "id"))).append("</id>\n");
            b.append("    <title>").append(Html.esc(m.type(Layout.s(e, "type")) + ": " + Layout.s(e, "summary")))
                    .append("</title>\n");
            b.append("    <updated>").append(Html.esc(stamp(Layout.s(e, "day")))).append("</updated>\n");
            b.append("    <link rel=\"alternate\" href=\"").append(Html.esc(link)).append("\"/>\n");
            b.append("    <category term=\"").append(Html.esc(Layout.s(e, "type"))).append("\"/>\n");
            b.append("    <summary xml:lang=\"ar\">").append(Html.esc(Layout.s(e, "evidence"))).append("</summary>\n");
            b.append("  </entry>\n");
        }
        b.append("</feed>\n");
        return b.toString();
    }

    private static String stamp(String day) {
        return (day == null || day.isEmpty() ? "1970-01-01" : day) + "T00:00:00Z";
    }
}
