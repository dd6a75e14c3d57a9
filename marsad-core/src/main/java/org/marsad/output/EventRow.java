package org.marsad.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One event with its article, read from the JSON that {@code marsad extract} writes (schema in
 * {@code docs/OUTPUT.md}): what the exports need, flattened. Absent values are empty strings or
 * empty optionals, never nulls.
 */
public record EventRow(String articleId, String articleUrl, String articleSource, String published, JsonNode event) {

    /** Every event of an article object. */
    public static List<EventRow> of(JsonNode article) {
        List<EventRow> out = new ArrayList<>();
        for (JsonNode e : article.path("events")) {
            out.add(new EventRow(article.path("id").asText(""), text(article, "url"), text(article, "source"),
                    text(article, "published"), e));
        }
        return out;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    public String id() {
        return articleId + "-" + text(event, "id");
    }

    public String type() {
        return text(event, "type");
    }

    public Optional<JsonNode> place() {
        JsonNode p = event.get("place");
        return p == null || p.isNull() ? Optional.empty() : Optional.of(p);
    }

    public Optional<JsonNode> date() {
        JsonNode d = event.get("date");
        return d == null || d.isNull() ? Optional.empty() : Optional.of(d);
    }

    public Optional<JsonNode> actor() {
        return object("actor");
    }

    public Optional<JsonNode> target() {
        return object("target");
    }

    private Optional<JsonNode> object(String f) {
        JsonNode p = event.get(f);
        return p == null || p.isNull() ? Optional.empty() : Optional.of(p);
    }

    public boolean hasPoint() {
        return place().map(p -> p.hasNonNull("lat") && p.hasNonNull("lon")).orElse(false);
    }
}
