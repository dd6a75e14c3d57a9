package org.marsad.document;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A report of people killed or injured: «مقتل شرطي» (1 killed), «سقوط 20 قتيلا»، «وقوع عدد من
 * الجرحى» (several injured, no number), «ارتفاع حصيلة القتلى إلى 27». The event extractor attaches
 * each one to the event of its clause.
 *
 * @param count  the number of people, when the text gives one (the ACLED lower bound for
 *               approximations such as «أكثر من 30»)
 * @param vague  for vague amounts: {@code several}, {@code tens}, {@code hundreds}, {@code thousands}
 * @param victim the words naming who was hit («شرطي»، «مدنيين»), when given
 * @param update true when the figure updates a toll («ارتفعت حصيلة القتلى إلى»)
 */
public record Casualty(int begin, int end, String text, Kind kind, OptionalLong count, Optional<String> vague,
                       Optional<String> victim, boolean update) implements Span {
    public enum Kind { KILLED, INJURED }

    public Casualty {
        Span.check(begin, end);
        count = count == null ? OptionalLong.empty() : count;
        vague = vague == null ? Optional.empty() : vague;
        victim = victim == null ? Optional.empty() : victim;
    }
}
