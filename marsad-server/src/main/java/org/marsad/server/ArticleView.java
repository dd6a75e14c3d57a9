package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders an article's original text with its annotations highlighted. Annotations may nest and
 * overlap, so the text is cut at every annotation boundary and each piece is a {@code span} that
 * carries the classes and ids of all annotations covering it, and its offsets ({@code data-b},
 * {@code data-e}) so that the page can light up any evidence range. The text itself is escaped;
 * line breaks are kept (the page shows it with {@code white-space: pre-wrap}). Stateless.
 */
final class ArticleView {
    /** One highlighted stretch: {@code ref} is the id of the card that explains it. */
    record Mark(int begin, int end, String css, String ref, String title) {
    }

    private ArticleView() {
    }

    /** The marks of an article's output: entities, places, dates, event triggers, claim verbs and contents. */
    static List<Mark> marks(JsonNode output, Messages m) {
        List<Mark> out = new ArrayList<>();
        int i = 0;
        for (JsonNode e : output.path("entities")) {
            out.add(new Mark(e.path("begin").asInt(), e.path("end").asInt(), "ent ent-" + e.path("type").asText(),
                    "ent-" + i++, e.path("type").asText() + (e.hasNonNull("canonical") ? " · " + e.get("canonical")
                    .asText() : "")));
        }
        i = 0;
        for (JsonNode p : output.path("places")) {
            out.add(new Mark(p.path("begin").asInt(), p.path("end").asInt(), "plc", "plc-" + i++,
                    p.path("canonical").asText("") + " (" + p.path("country").asText("") + ")"));
        }
        i = 0;
        for (JsonNode d : output.path("dates")) {
            JsonNode s = d.path("span");
            String when = d.hasNonNull("start") ? d.get("start").asText() + (d.path("end").asText("").equals(
                    d.get("start").asText()) ? "" : " / " + d.path("end").asText("")) : "?";
            out.add(new Mark(s.path("begin").asInt(), s.path("end").asInt(), "dat", "dat-" + i++, when));
        }
        for (JsonNode e : output.path("events")) {
            JsonNode t = e.path("trigger");
            out.add(new Mark(t.path("begin").asInt(), t.path("end").asInt(), "trg", "ev-" + e.path("id").asText(),
                    m.type(e.path("type").asText()) + " · " + e.path("summary").asText("")));
        }
        for (JsonNode c : output.path("claims")) {
            JsonNode v = c.path("verb_span");
            String ref = "cl-" + c.path("id").asText();
            String who = c.path("speaker").path("canonical").asText("");
            if (v.has("begin")) {
                out.add(new Mark(v.path("begin").asInt(), v.path("end").asInt(), "clm", ref, who));
            }
            JsonNode ct = c.path("content");
            if (ct.has("begin")) {
                out.add(new Mark(ct.path("begin").asInt(), ct.path("end").asInt(), "quote", ref, who));
            }
        }
        return out;
    }

    /** The text as spans; marks outside the text are ignored. */
    static void render(Html h, String text, List<Mark> marks) {
        int n = text.length();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(n);
        List<Mark> valid = new ArrayList<>();
        for (Mark k : marks) {
            if (k.begin >= 0 && k.end <= n && k.begin < k.end) {
                valid.add(k);
                cuts.add(k.begin);
                cuts.add(k.end);
            }
        }
        Integer b = cuts.first();
        for (Integer e = cuts.higher(b); e != null; b = e, e = cuts.higher(e)) {
            StringBuilder css = new StringBuilder();
            StringBuilder refs = new StringBuilder();
            StringBuilder titles = new StringBuilder();
            for (Mark k : valid) {
                if (k.begin <= b && e <= k.end) {
                    if (css.indexOf(k.css) < 0) {
                        css.append(css.length() == 0 ? "" : " ").append(k.css);
                    }
                    refs.append(refs.length() == 0 ? "" : " ").append(k.ref);
                    if (!k.title.isBlank() && titles.indexOf(k.title) < 0) {
                        titles.append(titles.length() == 0 ? "" : "\n").append(k.title);
                    }
                }
            }
            String piece = text.substring(b, e);
            if (css.length() == 0) {
                h.open("span", "data-b", Integer.toString(b), "data-e", Integer.toString(e)).text(piece).close("span");
            } else {
                h.open("span", "class", "a " + css, "data-refs", refs.toString(), "data-b", Integer.toString(b), "data-e",
                        Integer.toString(e), "title", titles.toString(), "tabindex", "0").text(piece).close("span");
            }
        }
    }
}
