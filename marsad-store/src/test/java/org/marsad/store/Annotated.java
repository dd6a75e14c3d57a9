package org.marsad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.marsad.document.ActorMention;
import org.marsad.document.Claim;
import org.marsad.document.DatePrecision;
import org.marsad.document.DateRange;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Metadata;
import org.marsad.document.Modality;
import org.marsad.document.Participant;
import org.marsad.document.PlaceMention;
import org.marsad.document.TimeExpression;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.ActorType;
import org.marsad.knowledge.Codebook;
import org.marsad.knowledge.Place;
import org.marsad.knowledge.PlaceKind;
import org.marsad.output.JsonOutput;

/**
 * Test fixture: an article with hand-placed annotation layers (entities, actors, places, events,
 * claims), found by the words they cover, so that the store and the server are tested on the full
 * output schema whatever stages the pipeline has today. Not thread-safe.
 */
public final class Annotated {
    public static final Place HASAKAH = new Place("gn:173811", "Al-Hasakah", List.of("الحسكة"), 36.50237, 40.74772,
            PlaceKind.CITY, "SY", Optional.of("Al-Hasakah"), 188160, Optional.empty(), OptionalLong.of(173811), "test");
    public static final Place MOSUL = new Place("gn:99072", "Mosul", List.of("الموصل"), 36.335, 43.11889,
            PlaceKind.CITY, "IQ", Optional.of("Nineveh"), 1739800, Optional.empty(), OptionalLong.of(99072), "test");
    public static final Actor ISIS = actor("isis", "ISIS", ActorType.ARMED_GROUP, null);
    public static final Actor SDF = actor("sdf", "SDF", ActorType.ARMED_GROUP, "SY");
    public static final Actor BALI = actor("person:mustafa-bali", "Mustafa Bali", ActorType.PERSON, "SY");

    private final String id;
    private final String text;
    private final Metadata meta;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<ActorMention> actors = new ArrayList<>();
    private final List<PlaceMention> places = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();

    private Annotated(String id, String text, Metadata meta) {
        this.id = id;
        this.text = text;
        this.meta = meta;
    }

    static Actor actor(String id, String name, ActorType t, String country) {
        return new Actor(id, name, t, Optional.ofNullable(country), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), "test");
    }

    public static Annotated article(String id, String text, LocalDate published, String source) {
        return new Annotated(id, text, new Metadata(Optional.ofNullable(published), Optional.of("http://example.org/" + id),
                Optional.ofNullable(source), Optional.empty()));
    }

    int at(String words) {
        int i = text.indexOf(words);
        if (i < 0) {
            throw new IllegalArgumentException("'" + words + "' not in text");
        }
        return i;
    }

    Participant participant(String words, Actor a) {
        int b = at(words);
        return new Participant(b, b + words.length(), words, a.name(), Optional.of(a.id()));
    }

    PlaceMention placeMention(String words, Place p) {
        int b = at(words);
        return new PlaceMention(b, b + words.length(), words, p, 1, "test");
    }

    public Annotated entity(String words, EntityType type, String canonical, String ref) {
        int b = at(words);
        mentions.add(new Mention(b, b + words.length(), words, type, Optional.ofNullable(canonical),
                Optional.ofNullable(ref), "dictionary"));
        return this;
    }

    public Annotated actorMention(String words, Actor a) {
        int b = at(words);
        actors.add(new ActorMention(b, b + words.length(), words, a, "name", Optional.empty(), Optional.empty()));
        return this;
    }

    public Annotated date(String words, LocalDate day) {
        int b = at(words);
        times.add(new TimeExpression(b, b + words.length(), words,
                Optional.of(new DateRange(day, day, DatePrecision.DAY)), "publication"));
        return this;
    }

    public Annotated place(String words, Place p) {
        places.add(placeMention(words, p));
        return this;
    }

    /** An event whose evidence is the sentence holding the trigger. */
    public Annotated event(String key, String type, String trigger, String actorWords, Actor actor, String placeWords,
                           Place place, LocalDate day, Integer killed, List<String> sources) {
        int t = at(trigger);
        int sb = Math.max(text.lastIndexOf('.', t) + 1, text.lastIndexOf('\n', t) + 1);
        int se = text.indexOf('.', t);
        se = se < 0 ? text.length() : se + 1;
        while (sb < t && Character.isWhitespace(text.charAt(sb))) {
            sb++;
        }
        events.add(new Event(key, sb, se, Codebook.standard().require(type), new Event.Trigger(t, t + trigger.length(), trigger),
                actorWords == null ? Optional.empty() : Optional.of(participant(actorWords, actor)), Optional.empty(),
                placeWords == null ? Optional.empty() : Optional.of(placeMention(placeWords, place)), Optional.empty(),
                day == null ? Optional.empty() : Optional.of(new DateRange(day, day, DatePrecision.DAY)), Optional.empty(),
                killed == null ? OptionalInt.empty() : OptionalInt.of(killed), OptionalInt.empty(), Optional.empty(),
                sources.isEmpty() ? Modality.ASSERTED : Modality.REPORTED, false, false, sources, 0.8, List.of()));
        return this;
    }

    public Annotated claim(String key, String speakerWords, Actor speaker, String orgWords, Actor org, String verb,
                           String channel, List<String> about) {
        int v = at(verb);
        int sb = Math.max(text.lastIndexOf('.', v) + 1, text.lastIndexOf('\n', v) + 1);
        int se = text.indexOf('.', v);
        se = se < 0 ? text.length() : se + 1;
        claims.add(new Claim(key, sb, se, participant(speakerWords, speaker), Optional.of("spokesman"),
                Optional.of(participant(orgWords, org)), Optional.ofNullable(channel),
                new Event.Trigger(v, v + verb.length(), verb), false, "confirm", Optional.empty(), about,
                Optional.empty()));
        return this;
    }

    public Document document() {
        return Document.of(id, text, meta).with(Layers.MENTIONS, List.copyOf(mentions)).with(Layers.ACTORS,
                List.copyOf(actors)).with(Layers.PLACES, List.copyOf(places)).with(Layers.EVENTS, List.copyOf(events))
                .with(Layers.CLAIMS, List.copyOf(claims)).with(Layers.TIMES, List.copyOf(times));
    }

    public ProcessedArticle processed(String origin) {
        Document d = document();
        return new ProcessedArticle(d, JsonOutput.toJson(d), ContentHash.of(d.text()), origin, "test");
    }

    /** Two articles: a prison riot in Hasakah reported by an SDF spokesman, and an attack near Mosul. */
    public static List<ProcessedArticle> sample() {
        String t1 = "تمرد في سجن بالحسكة\n\nقال مصطفى بالي المتحدث باسم قوات سوريا الديمقراطية في تغريدة إن سجناء من "
                + "تنظيم داعش أحدثوا تمردا في سجن الحسكة ليل الأحد. وأضاف أن القوات استعادت السيطرة.";
        Annotated a = article("hasakah-riot", t1, LocalDate.of(2020, 3, 30), "marsad-test")
                .entity("مصطفى بالي", EntityType.PERSON, "Mustafa Bali", BALI.id())
                .entity("قوات سوريا الديمقراطية", EntityType.ORGANIZATION, "SDF", SDF.id())
                .actorMention("مصطفى بالي", BALI).actorMention("قوات سوريا الديمقراطية", SDF).actorMention("داعش", ISIS)
                .place("الحسكة ليل", HASAKAH).date("ليل الأحد", LocalDate.of(2020, 3, 29))
                .event("e1", "RIOT", "تمردا", "سجناء من تنظيم داعش", ISIS, "الحسكة ليل", HASAKAH, LocalDate.of(2020, 3, 29),
                        null, List.of("Mustafa Bali"))
                .claim("c1", "مصطفى بالي", BALI, "قوات سوريا الديمقراطية", SDF, "قال", "Twitter", List.of("e1"));
        String t2 = "هجوم قرب الموصل\n\nقتل ثلاثة جنود في هجوم شنه مسلحون من تنظيم داعش على نقطة عسكرية جنوب الموصل "
                + "يوم الخميس.";
        Annotated b = article("mosul-attack", t2, LocalDate.of(2020, 4, 3), "marsad-test")
                .actorMention("داعش", ISIS).place("الموصل يوم", MOSUL)
                .event("e1", "ATTACK", "هجوم شنه", "مسلحون من تنظيم داعش", ISIS, "الموصل يوم", MOSUL,
                        LocalDate.of(2020, 4, 2), 3, List.of());
        return List.of(a.processed("test:hasakah"), b.processed("test:mosul"));
    }
}
