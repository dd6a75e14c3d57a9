package org.marsad.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Parses the JSON-lines files of the actor dictionary, with errors that name the file and line.
 * Package-private: {@link ActorDictionary} is the public face.
 */
final class ActorDictionaryReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ActorDictionaryReader() {
    }

    /** An actor line with the fields that do not fit in {@link Actor}. */
    record Entry(Actor actor, List<String> markedNames, List<String> scope, List<String> agentKeys,
                 List<ActorTerm> offices, List<ActorTerm> codes, List<String> blockNext) {
    }

    static JsonNode parse(ResourceFiles.Line line) {
        try {
            JsonNode n = JSON.readTree(line.text());
            if (n == null || !n.isObject()) {
                throw line.error("expected one JSON object per line");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw line.error("malformed JSON (" + e.getOriginalMessage() + ")");
        }
    }

    static Entry actor(ResourceFiles.Line line) {
        JsonNode n = parse(line);
        String id = required(line, n, "id");
        if (!id.equals(id.toLowerCase(java.util.Locale.ROOT)) || id.isBlank() || id.contains(" ")) {
            throw line.error("id must be lower-case without spaces: '" + id + "'");
        }
        String name = required(line, n, "name");
        ActorType type;
        try {
            type = ActorType.parse(required(line, n, "type"));
        } catch (IllegalArgumentException e) {
            throw line.error(e.getMessage());
        }
        Optional<LocalDate> from = Optional.empty();
        Optional<LocalDate> to = Optional.empty();
        String valid = text(n, "valid");
        if (valid != null) {
            int dots = valid.indexOf("..");
            if (dots < 0) {
                throw line.error("'valid' must be FROM..TO with either side empty");
            }
            from = date(line, valid.substring(0, dots));
            to = date(line, valid.substring(dots + 2));
        }
        OptionalInt inter = n.hasNonNull("inter") ? OptionalInt.of(n.get("inter").asInt()) : OptionalInt.empty();
        List<String> marked = list(n, "ar");
        if (marked.isEmpty()) {
            throw line.error("an actor needs at least one Arabic name in 'ar'");
        }
        List<String> arabic = new ArrayList<>(marked.size());
        for (String m : marked) {
            arabic.add(ActorName.parse(null, m).form());
        }
        String country = text(n, "country");
        String source = text(n, "source");
        Actor actor = new Actor(id, name, type, Optional.ofNullable(country).map(ActorDictionaryReader::upper),
                Optional.ofNullable(text(n, "parent")), Optional.ofNullable(text(n, "cameo")), inter,
                Optional.ofNullable(text(n, "wikidata")), arabic, list(n, "aliases"),
                Optional.ofNullable(text(n, "role")), from, to,
                source != null ? source : line.resource());
        List<ActorTerm> offices = terms(line, n.get("offices"), id, "office");
        List<ActorTerm> codes = terms(line, n.get("codes"), id, "code");
        List<String> scope = list(n, "scope").stream().map(ActorDictionaryReader::upper).toList();
        return new Entry(actor, marked, scope, list(n, "agent"), offices, codes, list(n, "block_next"));
    }

    private static List<ActorTerm> terms(ResourceFiles.Line line, JsonNode arr, String holder, String field) {
        List<ActorTerm> out = new ArrayList<>();
        if (arr == null || arr.isNull()) {
            return out;
        }
        if (!arr.isArray()) {
            throw line.error("'" + field + "s' must be an array");
        }
        for (JsonNode t : arr) {
            String v = text(t, field);
            if (v == null) {
                throw line.error("each of '" + field + "s' needs a '" + field + "'");
            }
            out.add(new ActorTerm(v, holder, date(line, text(t, "from")), date(line, text(t, "to"))));
        }
        return out;
    }

    static Optional<LocalDate> date(ResourceFiles.Line line, String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.strip()));
        } catch (DateTimeParseException e) {
            throw line.error("bad date '" + s + "' (expected YYYY-MM-DD)");
        }
    }

    static String required(ResourceFiles.Line line, JsonNode n, String field) {
        String v = text(n, field);
        if (v == null || v.isBlank()) {
            throw line.error("missing '" + field + "'");
        }
        return v;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.asBoolean(false);
    }

    static List<String> list(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode e : v) {
                String s = e.asText().strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        } else {
            out.add(v.asText());
        }
        return out;
    }

    private static String upper(String s) {
        return s.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
