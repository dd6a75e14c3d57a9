package org.marsad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.marsad.document.ActorMention;
import org.marsad.document.Casualty;
import org.marsad.document.DatePrecision;
import org.marsad.document.DateRange;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Metadata;
import org.marsad.document.PlaceMention;
import org.marsad.document.TimeExpression;
import org.marsad.ingest.LayoutStage;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.ActorType;
import org.marsad.knowledge.Place;
import org.marsad.knowledge.PlaceKind;
import org.marsad.text.TextStage;

/**
 * Builds a document with hand-made entity, actor, place, time and casualty layers, so that the
 * event and claim stages can be tested on their own. Spans are found by searching the text for a
 * phrase (its n-th occurrence).
 */
final class Fixture {
    private final String text;
    private final LocalDate published;
    private final List<ActorMention> actors = new ArrayList<>();
    private final List<PlaceMention> places = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Casualty> casualties = new ArrayList<>();

    Fixture(String text, LocalDate published) {
        this.text = text;
        this.published = published;
    }

    Fixture(String text) {
        this(text, null);
    }

    private int[] find(String phrase, int nth) {
        int from = 0;
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(phrase, from);
            if (at < 0) {
                throw new IllegalArgumentException("not in text: " + phrase + " #" + nth);
            }
            from = at + 1;
        }
        return new int[] {at, at + phrase.length()};
    }

    static Actor actor(String id, String name, ActorType type, String country) {
        return new Actor(id, name, type, Optional.ofNullable(country), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), "test");
    }

    Fixture actor(String phrase, int nth, Actor a, String how) {
        return actor(phrase, nth, a, how, null, null);
    }

    Fixture actor(String phrase, Actor a) {
        return actor(phrase, 0, a, "name");
    }

    Fixture actor(String phrase, int nth, Actor a, String how, String role, Actor org) {
        int[] s = find(phrase, nth);
        actors.add(new ActorMention(s[0], s[1], phrase, a, how, Optional.ofNullable(role), Optional.ofNullable(org)));
        EntityType t = a.type() == ActorType.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION;
        if (!how.equals("adjective") && !how.equals("agent") && !how.equals("coreference")) {
            mentions.add(new Mention(s[0], s[1], phrase, t, Optional.of(a.name()), Optional.of(a.id()), "test"));
        }
        return this;
    }

    static Place place(String id, String name, PlaceKind kind, String country, double lat, double lon) {
        return new Place(id, name, List.of(), lat, lon, kind, country, Optional.empty(), 0, Optional.empty(),
                OptionalLong.empty(), "test");
    }

    static Place place(String id, String name, PlaceKind kind, String country, String admin1, double lat,
                       double lon) {
        return new Place(id, name, List.of(), lat, lon, kind, country, Optional.of(admin1), 0, Optional.empty(),
                OptionalLong.empty(), "test");
    }

    Fixture place(String phrase, int nth, Place p) {
        int[] s = find(phrase, nth);
        places.add(new PlaceMention(s[0], s[1], phrase, p, p.kind().geoPrecision(), "test"));
        EntityType t = p.kind() == PlaceKind.FACILITY ? EntityType.FACILITY : EntityType.LOCATION;
        mentions.add(new Mention(s[0], s[1], phrase, t, Optional.of(p.name()), Optional.of(p.id()), "test"));
        return this;
    }

    Fixture place(String phrase, Place p) {
        return place(phrase, 0, p);
    }

    Fixture facility(String phrase, String canonical) {
        int[] s = find(phrase, 0);
        mentions.add(new Mention(s[0], s[1], phrase, EntityType.FACILITY, Optional.of(canonical), Optional.empty(),
                "test"));
        return this;
    }

    Fixture time(String phrase, String start, String end, DatePrecision p) {
        int[] s = find(phrase, 0);
        times.add(new TimeExpression(s[0], s[1], phrase,
                Optional.of(new DateRange(LocalDate.parse(start), LocalDate.parse(end), p)), "explicit"));
        return this;
    }

    Fixture killed(String phrase, long n) {
        return killed(phrase, n, Optional.empty());
    }

    /** A toll whose victim words are {@code victim}, the end of {@code phrase}. */
    Fixture killed(String phrase, long n, String victim) {
        return killed(phrase, n, Optional.of(victim));
    }

    private Fixture killed(String phrase, long n, Optional<String> victim) {
        int[] s = find(phrase, 0);
        casualties.add(new Casualty(s[0], s[1], phrase, Casualty.Kind.KILLED, OptionalLong.of(n), Optional.empty(),
                victim, false));
        return this;
    }

    /** The document's first event of a type; fails naming the events there are. */
    static Event first(Document d, String type) {
        List<Event> ev = d.get(Layers.EVENTS);
        return ev.stream().filter(e -> e.type().name().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + ev));
    }

    /** The canonical name of an event's target, or null. */
    static String target(Event e) {
        return e.target().map(p -> p.canonical()).orElse(null);
    }

    /** The canonical name of an event's actor, or null. */
    static String actor(Event e) {
        return e.actor().map(p -> p.canonical()).orElse(null);
    }

    Document run() {
        Metadata m = published == null ? Metadata.EMPTY : Metadata.EMPTY.withPublished(published);
        Document d = new TextStage().apply(LayoutStage.standard().apply(Document.of("t", text, m)));
        Comparator<org.marsad.document.Span> byBegin = Comparator.comparingInt(org.marsad.document.Span::begin);
        actors.sort(byBegin);
        places.sort(byBegin);
        times.sort(byBegin);
        mentions.sort(byBegin);
        casualties.sort(byBegin);
        d = d.with(Layers.ACTORS, List.copyOf(actors)).with(Layers.PLACES, List.copyOf(places))
                .with(Layers.TIMES, List.copyOf(times)).with(Layers.MENTIONS, List.copyOf(mentions))
                .with(Layers.CASUALTIES, List.copyOf(casualties));
        d = EventStage.standard().apply(d);
        return ClaimStage.standard().apply(d);
    }
}
