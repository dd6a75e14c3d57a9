package org.marsad.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.marsad.document.DatePrecision;
import org.marsad.document.DateRange;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Modality;
import org.marsad.document.Participant;
import org.marsad.document.PlaceMention;
import org.marsad.knowledge.Codebook;
import org.marsad.knowledge.EventType;
import org.marsad.knowledge.Place;
import org.marsad.knowledge.PlaceKind;

/**
 * One article's report of one event: the linker's input record. It keeps what linking compares
 * (type and family, place, facility, date, actor and target, casualties, modality) and what an
 * analyst needs to check the link (article, outlet, publication date, evidence sentence and its
 * offsets in the article).
 *
 * <p>Two factories build it: {@link #of(Event, Document)} from a processed document, and
 * {@link #fromJson(JsonNode, JsonNode, Codebook)} from the output of {@code marsad extract}
 * ({@code docs/OUTPUT.md}).
 *
 * @param article    id of the article (the input file name without extension)
 * @param event      id of the event inside its article ({@code e1})
 * @param outlet     the outlet that published the article (the sidecar's {@code source})
 * @param family     the type's family in the codebook ({@code assault}, {@code custody} ...)
 * @param facility   canonical name of the prison, camp, base ... named as the event's site
 * @param sources    speakers whose claims report the event
 * @param habitual   a repeated or generic happening, never linked to others
 * @param background mentioned as background to the story (linked like the others)
 * @param begin      start of the evidence sentence in the article (UTF-16 offset)
 * @param end        end of the evidence sentence, exclusive
 */
public record EventMention(String article, String event, Optional<String> outlet, Optional<LocalDate> published,
                           String type, String family, Optional<Location> place, Optional<String> facility,
                           Optional<DateRange> date, Optional<Party> actor, Optional<Party> target,
                           OptionalInt fatalities, OptionalInt injured, Modality modality, boolean habitual,
                           boolean background, List<String> sources, int begin, int end, String evidence) {

    public EventMention {
        if (article == null || article.isEmpty() || event == null || event.isEmpty()) {
            throw new IllegalArgumentException("an event mention needs an article id and an event id");
        }
        if (type == null || type.isEmpty() || family == null || family.isEmpty()) {
            throw new IllegalArgumentException(article + "#" + event + ": an event mention needs a type and a family");
        }
        outlet = outlet == null ? Optional.empty() : outlet.filter(s -> !s.isBlank());
        published = published == null ? Optional.empty() : published;
        place = place == null ? Optional.empty() : place;
        facility = facility == null ? Optional.empty() : facility.filter(s -> !s.isBlank());
        date = date == null ? Optional.empty() : date;
        actor = actor == null ? Optional.empty() : actor;
        target = target == null ? Optional.empty() : target;
        fatalities = fatalities == null ? OptionalInt.empty() : fatalities;
        injured = injured == null ? OptionalInt.empty() : injured;
        modality = modality == null ? Modality.ASSERTED : modality;
        sources = List.copyOf(sources);
        evidence = evidence == null ? "" : evidence;
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(article + "#" + event + ": bad evidence span [" + begin + ", " + end + ")");
        }
    }

    /** {@code article#event}: unique across a corpus whose article ids are unique. */
    public String id() {
        return article + "#" + event;
    }

    /** The outlet, or the article id when the outlet is unknown (each such article counts as its own source). */
    public String sourceKey() {
        return outlet.orElse("article:" + article);
    }

    /** Planned and hypothetical events are not happenings: they link only with each other. */
    public boolean factual() {
        return modality != Modality.PLANNED && modality != Modality.HYPOTHETICAL;
    }

    /** The actor and the target that are present. */
    public List<Party> parties() {
        List<Party> l = new ArrayList<>(2);
        actor.ifPresent(l::add);
        target.ifPresent(l::add);
        return l;
    }

    /** The mention of an event found in a processed document. */
    public static EventMention of(Event ev, Document doc) {
        EventType t = ev.type();
        return new EventMention(doc.id(), ev.id(), doc.metadata().source(), doc.metadata().published(), t.name(),
                t.family(), ev.place().map(EventMention::location), ev.facility().map(Participant::canonical),
                ev.date(), ev.actor().map(EventMention::party), ev.target().map(EventMention::party),
                ev.fatalities(), ev.injured(), ev.modality(), ev.habitual(), ev.background(), ev.sources(),
                ev.begin(), ev.end(), doc.cover(ev));
    }

    private static Location location(PlaceMention pm) {
        Place p = pm.place();
        return new Location(p.name(), p.country(), p.admin1(), p.kind(), clampPrecision(pm.precision()),
                Optional.of(new Location.LatLon(p.lat(), p.lon())));
    }

    private static Party party(Participant p) {
        return new Party(p.canonical(), p.ref());
    }

    /**
     * The mention of one element of an article's {@code events} array, as {@code marsad extract}
     * writes it ({@code docs/OUTPUT.md}). Gold-style values are accepted too: {@code actor},
     * {@code target} and {@code facility} may be plain strings, and {@code kind}, {@code precision},
     * {@code modality} may be absent.
     *
     * @throws IllegalArgumentException naming the article and event when a field is malformed
     */
    public static EventMention fromJson(JsonNode article, JsonNode event, Codebook codebook) {
        String articleId = text(article, "id").orElseThrow(() -> new IllegalArgumentException("article without an id"));
        String eventId = text(event, "id").orElseThrow(
                () -> new IllegalArgumentException("article " + articleId + ": an event without an id"));
        String where = articleId + "#" + eventId;
        try {
            String type = text(event, "type").orElseThrow(() -> new IllegalArgumentException("no type"));
            String family = codebook.type(type).map(EventType::family).orElse(type.toLowerCase(Locale.ROOT));
            List<String> sources = new ArrayList<>();
            JsonNode src = event.get("sources");
            if (src != null && src.isArray()) {
                src.forEach(s -> sources.add(s.isObject() ? s.path("canonical").asText() : s.asText()));
            }
            Modality modality = text(event, "modality").map(EventMention::modality)
                    .orElse(sources.isEmpty() ? Modality.ASSERTED : Modality.REPORTED);
            return new EventMention(articleId, eventId, text(article, "source"), date(article, "published"), type,
                    family, location(event.get("place")), name(event.get("facility")).map(Party::canonical),
                    range(event.get("date")), name(event.get("actor")), name(event.get("target")),
                    integer(event, "fatalities"), integer(event, "injured"), modality,
                    event.path("habitual").asBoolean(false), event.path("background").asBoolean(false), sources,
                    event.path("begin").asInt(0), event.path("end").asInt(0), text(event, "evidence").orElse(""));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("event " + where + ": " + e.getMessage(), e);
        }
    }

    static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
    }

    static Optional<LocalDate> date(JsonNode n, String field) {
        return text(n, field).map(s -> LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
    }

    private static OptionalInt integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return OptionalInt.empty();
        }
        if (!v.canConvertToInt() || v.asInt() < 0) {
            throw new IllegalArgumentException(field + " must be a non-negative whole number, not " + v);
        }
        return OptionalInt.of(v.asInt());
    }

    private static Modality modality(String label) {
        try {
            return Modality.valueOf(label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown modality '" + label + "'");
        }
    }

    private static Optional<Party> name(JsonNode n) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (n.isTextual()) {
            return n.asText().isBlank() ? Optional.empty() : Optional.of(Party.named(n.asText()));
        }
        Optional<String> canonical = text(n, "canonical");
        return canonical.map(c -> new Party(c, text(n, "ref")));
    }

    private static Optional<DateRange> range(JsonNode n) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        Optional<LocalDate> start = date(n, "start");
        if (start.isEmpty()) {
            return Optional.empty();
        }
        LocalDate end = date(n, "end").orElse(start.get());
        return Optional.of(new DateRange(start.get(), end, DatePrecision.fromLabel(text(n, "precision").orElse(null))));
    }

    private static Optional<Location> location(JsonNode n) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        Optional<String> name = text(n, "canonical");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<Location.LatLon> point = Optional.empty();
        JsonNode lat = n.get("lat");
        JsonNode lon = n.get("lon");
        if (lat != null && lon != null && lat.isNumber() && lon.isNumber()) {
            point = Optional.of(new Location.LatLon(lat.asDouble(), lon.asDouble()));
        }
        PlaceKind kind = text(n, "kind").map(k -> PlaceKind.valueOf(k.toUpperCase(Locale.ROOT)))
                .orElse(point.isPresent() ? PlaceKind.CITY : PlaceKind.REGION);
        int precision = n.hasNonNull("precision") ? clampPrecision(n.get("precision").asInt()) : kind.geoPrecision();
        return Optional.of(new Location(name.get(), text(n, "country").orElse(""), text(n, "admin1"), kind, precision,
                point));
    }

    private static int clampPrecision(int p) {
        return Math.max(1, Math.min(3, p));
    }
}
