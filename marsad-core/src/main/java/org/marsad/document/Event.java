package org.marsad.document;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.marsad.knowledge.EventType;

/**
 * Something that happened (or was said to happen), with its arguments. {@code begin}/{@code end}
 * span the evidence: the sentence the event was read from.
 *
 * @param trigger     the words that signal the event
 * @param facility    a prison, camp, base or other facility named as the event's site
 * @param dateText    the date expression the date came from, if any (it may lie in an earlier sentence)
 * @param count       a vague amount of participants («عدد من» = several, «آلاف» = thousands)
 * @param habitual    the text describes a repeated or generic happening, not one occurrence
 * @param background  the text mentions the event as background to the story («لم يكن ... هو الأول»)
 * @param sources     canonical names of the speakers whose claims report the event
 * @param confidence  0..1, how sure the extractor is that this row is right
 * @param mentions    every trigger that refers to this happening (the first is {@code trigger});
 *                    an article often names one happening several times
 */
public record Event(String id, int begin, int end, EventType type, Trigger trigger, Optional<Participant> actor,
                    Optional<Participant> target, Optional<PlaceMention> place, Optional<Participant> facility,
                    Optional<DateRange> date, Optional<TimeExpression> dateText, OptionalInt fatalities,
                    OptionalInt injured, Optional<String> count, Modality modality, boolean habitual,
                    boolean background, List<String> sources, double confidence, List<Trigger> mentions)
        implements Span {

    /** The words that signal an event or a claim. */
    public record Trigger(int begin, int end, String text) implements Span {
        public Trigger {
            Span.check(begin, end);
        }
    }

    public Event {
        Span.check(begin, end);
        sources = List.copyOf(sources);
        mentions = List.copyOf(mentions);
    }

    public Event withActor(Participant a) {
        return new Event(id, begin, end, type, trigger, Optional.of(a), target, place, facility, date, dateText, fatalities,
                injured, count, modality, habitual, background, sources, confidence, mentions);
    }

    public Event withSources(List<String> s) {
        return new Event(id, begin, end, type, trigger, actor, target, place, facility, date, dateText, fatalities,
                injured, count, s.isEmpty() ? modality : (modality == Modality.ASSERTED ? Modality.REPORTED : modality),
                habitual, background, s, confidence, mentions);
    }
}
