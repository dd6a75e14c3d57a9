package org.marsad.knowledge;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A dated fact about an actor: a term in an office ({@code TR:prime-minister}) or a CAMEO code that
 * held for a period (UniversalPetrarch's {@code [IRQGOV 20101221-20140908]}).
 *
 * @param value  the office key or the code
 * @param holder id of the actor it belongs to
 */
public record ActorTerm(String value, String holder, Optional<LocalDate> from, Optional<LocalDate> to) {
    /** True when the term holds on {@code date} (open ends hold). */
    public boolean holdsOn(LocalDate date) {
        return (from.isEmpty() || !date.isBefore(from.get())) && (to.isEmpty() || !date.isAfter(to.get()));
    }
}
