package org.marsad.document;

import java.util.List;
import java.util.Optional;

/**
 * An attributed statement: who said it, in what capacity, through what channel, with which
 * reporting verb, about which events. {@code begin}/{@code end} span the evidence sentence(s).
 *
 * @param speaker      the person or body that spoke
 * @param role         the speaker's role in English ("spokesman"), when the text gives one
 * @param organization the organization the speaker speaks for
 * @param channel      Twitter, statement, press conference, report, interview, television ...
 * @param verb         the reporting verb or cue («أكد»، «بحسب»)
 * @param unnamed      the speaker is an unnamed source («مصادر محلية»)
 * @param stance       {@code confirm} or {@code deny}
 * @param content      the span of what was said, when it can be delimited
 * @param about        ids of the events the claim reports
 */
public record Claim(String id, int begin, int end, Participant speaker, Optional<String> role,
                    Optional<Participant> organization, Optional<String> channel, Event.Trigger verb,
                    boolean unnamed, String stance, Optional<Event.Trigger> content, List<String> about,
                    Optional<DateRange> date) implements Span {
    public Claim {
        Span.check(begin, end);
        about = List.copyOf(about);
    }

    public Claim withAbout(List<String> ids) {
        return new Claim(id, begin, end, speaker, role, organization, channel, verb, unnamed, stance, content, ids,
                date);
    }
}
