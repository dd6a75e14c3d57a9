package org.marsad.document;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An inclusive interval of days with the precision of the expression it came from. */
public record DateRange(LocalDate start, LocalDate end, DatePrecision precision) {
    public DateRange {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("date range ends before it starts: " + start + ".." + end);
        }
    }

    public static DateRange day(LocalDate d) {
        return new DateRange(d, d, DatePrecision.DAY);
    }

    public boolean overlaps(DateRange o) {
        return !end.isBefore(o.start) && !o.end.isBefore(start);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }
}
