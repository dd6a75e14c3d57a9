package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.marsad.document.Event;
import org.marsad.document.Modality;
import org.marsad.document.Participant;
import org.marsad.document.PlaceMention;
import org.marsad.document.Sentence;
import org.marsad.document.TimeExpression;
import org.marsad.knowledge.EventType;
import org.marsad.knowledge.TriggerLexicon;

/** A mutable event under construction inside one document's extraction. Not thread-safe. */
final class EventDraft {
    EventType type;
    TriggerLexicon.Entry entry;
    Event.Trigger trigger;
    int firstToken;
    int lastToken;
    Sentence sentence;
    int block;
    /** Index of the trigger's clause within its sentence (strong boundaries before it). */
    int clause;
    Participant actor;
    Participant target;
    PlaceMention place;
    boolean placeInherited;
    Participant facility;
    /** Where a draft's date came from, best first. */
    enum DateBasis { OWN, CONTEXT, PUBLICATION }

    TimeExpression date;
    /** The interval: the expression's, or «منذ X» stretched to the publication date, or the publication day. */
    org.marsad.document.DateRange range;
    DateBasis basis;
    /** The trigger reports deaths («31 شخصا قتلوا»): the happening that killed them may be named elsewhere. */
    boolean casualtyReport;
    Integer fatalities;
    Integer injured;
    String count;
    Modality modality = Modality.ASSERTED;
    boolean habitual;
    /** Stopped before it happened («تفكيك عبوة ناسفة»). */
    boolean prevented;
    boolean background;
    boolean purpose;
    /** The sentence states an intention («أعلنت نيتها»): a purpose clause is then a planned event. */
    boolean intention;
    /** Named only to date something else by («غداة العدوان»): merges with an earlier mention. */
    boolean reference;
    /** a reference with «خلال», «أثناء», «إبان»: what the clause tells happened during that event */
    boolean during;
    /** The place is the one a relative clause hangs on («مدينة تدمر التي سيطر عليها»): the event's own. */
    boolean relativeHeadPlace;
    /** The type was refined by an instrument named next to the trigger («قصفت الطائرات»). */
    boolean refined;
    /** The trigger carries a pronoun suffix («وهجمهن»، «انسحابها»): its actor was named before. */
    boolean pronoun;
    double confidence;
    final List<Event.Trigger> mentions = new ArrayList<>();
    final List<String> sources = new ArrayList<>();

    /** The same happening's arguments at another site («في منطقتي المنصور والشعلة»). */
    EventDraft atSite(PlaceMention site) {
        EventDraft c = new EventDraft();
        c.type = type;
        c.entry = entry;
        c.trigger = trigger;
        c.firstToken = firstToken;
        c.lastToken = lastToken;
        c.sentence = sentence;
        c.block = block;
        c.clause = clause;
        c.actor = actor;
        c.target = target;
        c.place = site;
        c.facility = null;
        c.date = date;
        c.range = range;
        c.basis = basis;
        c.casualtyReport = casualtyReport;
        c.count = count;
        c.modality = modality;
        c.habitual = habitual;
        c.prevented = prevented;
        c.background = background;
        c.purpose = purpose;
        c.intention = intention;
        c.reference = reference;
        c.during = during;
        c.pronoun = pronoun;
        c.confidence = confidence;
        c.mentions.addAll(mentions);
        c.sources.addAll(sources);
        return c;
    }

    boolean ownDate() {
        return range != null && basis == DateBasis.OWN;
    }

    /** A date from the text (the event's own sentence or its context), not the publication day. */
    boolean textDate() {
        return range != null && basis != DateBasis.PUBLICATION;
    }

    /**
     * Days before the article's publication after which a happening dated by the text is the
     * story's background («الغزو عام 1990»، «قتل في معارك العام الماضي»), not its news.
     */
    static final int BACKGROUND_DAYS = 30;

    /** Marks the draft background when its date from the text ended over {@link #BACKGROUND_DAYS} before {@code published}. */
    void markBackgroundBefore(java.time.LocalDate published) {
        if (textDate() && range.end().isBefore(published.minusDays(BACKGROUND_DAYS))) {
            background = true;
        }
    }

    Event build(String id) {
        List<Event.Trigger> all = new ArrayList<>(mentions);
        if (all.isEmpty() || !all.get(0).equals(trigger)) {
            all.remove(trigger);
            all.add(0, trigger);
        }
        return new Event(id, sentence.begin(), sentence.end(), type, trigger, Optional.ofNullable(actor),
                Optional.ofNullable(target), Optional.ofNullable(place), Optional.ofNullable(facility),
                Optional.ofNullable(range), basis == DateBasis.PUBLICATION ? Optional.empty() : Optional.ofNullable(date),
                fatalities == null ? OptionalInt.empty() : OptionalInt.of(fatalities),
                injured == null ? OptionalInt.empty() : OptionalInt.of(injured), Optional.ofNullable(count), modality,
                habitual, background, sources, confidence, all);
    }
}
