package org.marsad.document;

/**
 * How precisely a date expression pins a time, with ACLED's {@code time_precision} code (1 the day,
 * 2 a range of days, 3 the month or less).
 */
public enum DatePrecision {
    DAY("day", 1), PART_OF_MONTH("part-of-month", 2), MONTH("month", 3), YEAR("year", 3),
    /** An interval that fits none of the above (a season, "since 2012"). */
    OTHER(null, 3);

    private final String label;
    private final int acled;

    DatePrecision(String label, int acled) {
        this.label = label;
        this.acled = acled;
    }

    /** The label used in JSON output and gold files; null for {@link #OTHER}. */
    public String label() {
        return label;
    }

    public int acledTimePrecision() {
        return acled;
    }

    public static DatePrecision fromLabel(String s) {
        if (s == null) {
            return OTHER;
        }
        for (DatePrecision p : values()) {
            if (s.equals(p.label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown date precision: " + s);
    }
}
