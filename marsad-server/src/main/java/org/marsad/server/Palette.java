package org.marsad.server;

import java.util.Map;

/**
 * The colour of each event type on the map, the timeline and the article page: violence in reds,
 * unrest in oranges, arrests and escapes in purples, movements in blues, statements in greys. A
 * type the table does not know gets a stable colour from its name. Immutable and thread-safe.
 */
final class Palette {
    private static final Map<String, String> COLORS = Map.ofEntries(
            Map.entry("ATTACK", "#c0392b"), Map.entry("AIRSTRIKE", "#8e1b10"), Map.entry("SHELLING", "#d35400"),
            Map.entry("BOMBING", "#e74c3c"), Map.entry("CLASH", "#a93226"), Map.entry("KILLING", "#641e16"),
            Map.entry("ABDUCTION", "#7d3c98"), Map.entry("ARREST", "#5b2c6f"), Map.entry("ESCAPE", "#af7ac5"),
            Map.entry("RIOT", "#e67e22"), Map.entry("PROTEST", "#f1c40f"), Map.entry("ARSON", "#ba4a00"),
            Map.entry("SEIZE_TERRITORY", "#1f618d"), Map.entry("OFFENSIVE", "#2471a3"), Map.entry("MOBILIZE", "#5dade2"),
            Map.entry("WITHDRAW", "#48c9b0"), Map.entry("AID", "#27ae60"), Map.entry("RELEASE", "#52be80"),
            Map.entry("ACCUSE", "#7f8c8d"), Map.entry("THREATEN", "#566573"), Map.entry("DEMAND", "#95a5a6"),
            Map.entry("AGREE", "#17a589"));

    private Palette() {
    }

    static String color(String type) {
        if (type == null) {
            return "#888888";
        }
        String c = COLORS.get(type);
        if (c != null) {
            return c;
        }
        int h = Math.floorMod(type.hashCode(), 360);
        return "hsl(" + h + ", 55%, 45%)";
    }
}
