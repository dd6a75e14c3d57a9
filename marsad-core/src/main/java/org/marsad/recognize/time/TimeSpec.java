package org.marsad.recognize.time;

import org.marsad.document.DatePrecision;

/**
 * What a date expression says, before it is placed on the calendar: the output of the
 * {@link TimeRecognizer} and the input of the {@link DateResolver}. A spec is
 * {@link #explicit() explicit} when it names its year and so needs no anchor.
 *
 * <p>All implementations are immutable records.
 */
public sealed interface TimeSpec {

    /** True when the expression names its year (it resolves without an anchor). */
    default boolean explicit() {
        return false;
    }

    /** True when resolution needs an anchor day rather than only an anchor month or year. */
    default boolean needsDay() {
        return false;
    }

    enum Calendar { GREGORIAN, HIJRI }

    /** How a month, feast or season without a year is placed relative to the anchor. */
    enum Direction {
        /** The occurrence nearest the anchor, preferring the past («في مايو»). */
        NEAREST,
        /** The last occurrence before the anchor («مايو الماضي»). */
        PAST,
        /** The occurrence in the anchor's year («يوليو الحالي»). */
        CURRENT,
        /** The first occurrence after the anchor («سبتمبر المقبل»). */
        NEXT
    }

    /** A part of a month or year. Thirds of a month are days 1-10, 11-20 and 21 to the end. */
    enum Part { WHOLE, FIRST_THIRD, SECOND_THIRD, LAST_THIRD, FIRST_DAY, LAST_DAY, TO_DATE }

    enum Unit { DAY, WEEK, MONTH, YEAR }

    /**
     * A year: named ({@code absolute > 0}), counted from the anchor's year ({@code relative}: «من
     * العام الماضي» = -1), or left to be chosen in a {@link Direction} from the anchor.
     */
    record YearRef(int absolute, boolean relative, int offset, Direction direction) {
        public static YearRef of(int year) {
            return new YearRef(year, false, 0, Direction.NEAREST);
        }

        public static YearRef offset(int offset) {
            return new YearRef(0, true, offset, Direction.CURRENT);
        }

        public static YearRef choose(Direction d) {
            return new YearRef(0, false, 0, d);
        }

        public boolean named() {
            return absolute > 0;
        }
    }

    /**
     * A date of the Gregorian or Hijri calendar: a day, a month, a part of a month, a year or a part
     * of a year. {@code month} and {@code day} are 0 when absent.
     */
    record CalendarDate(Calendar calendar, YearRef year, int month, int day, Part part) implements TimeSpec {
        @Override
        public boolean explicit() {
            return year.named();
        }

        public CalendarDate withPart(Part p) {
            return new CalendarDate(calendar, year, month, day, p);
        }

        public CalendarDate withYear(YearRef y) {
            return new CalendarDate(calendar, y, month, day, part);
        }

        public CalendarDate withDay(int d) {
            return new CalendarDate(calendar, year, month, d, part);
        }
    }

    /** Days counted from the anchor day, inclusive: «أمس» = -1..-1, «الأيام الأخيرة» = -7..0. */
    record RelativeDays(int from, int to, DatePrecision precision) implements TimeSpec {
        @Override
        public boolean needsDay() {
            return true;
        }
    }

    /**
     * A weekday. With {@code relative} set it comes with a relative day word whose offset is
     * {@code offset} («أمس (الاثنين)»), and the weekday picks the day nearest that offset; alone it is
     * the latest such day on or before the anchor (or the last before, the next after, by direction).
     */
    record Weekday(int isoDay, boolean relative, int offset, Direction direction) implements TimeSpec {
        @Override
        public boolean needsDay() {
            return true;
        }
    }

    /** The anchor's week, month or year shifted by {@code offset} units («الشهر الماضي»). */
    record RelativeUnit(Unit unit, int offset, Part part) implements TimeSpec {
        @Override
        public boolean needsDay() {
            return unit == Unit.WEEK;
        }
    }

    /**
     * {@code count} units before the anchor («قبل عامين»): a point one unit finer than the unit; or,
     * with {@code since}, the stretch from then up to the anchor («منذ ثلاثة أشهر»).
     */
    record Ago(Unit unit, int count, boolean since) implements TimeSpec {
        @Override
        public boolean needsDay() {
            return unit == Unit.DAY || unit == Unit.WEEK;
        }
    }

    /**
     * A feast: its first day and length; {@code which} picks a day (1 = first, 0 = all its days, -1 =
     * the eve, 99 = the last day).
     */
    record Feast(Calendar calendar, int month, int firstDay, int length, int which, YearRef year)
            implements TimeSpec {
        @Override
        public boolean explicit() {
            return year.named();
        }
    }

    /** A season given by its first and last day (months and days), in a year or nearest the anchor. */
    record Season(int startMonth, int startDay, int endMonth, int endDay, YearRef year) implements TimeSpec {
        @Override
        public boolean explicit() {
            return year.named();
        }
    }

    /** «منذ ذلك الحين»: from the date mentioned last up to the anchor. */
    record SinceReference() implements TimeSpec {
    }

    /** A clock time («قبيل الساعة 04:00»): the day it belongs to, by default the anchor day. */
    record Clock() implements TimeSpec {
        @Override
        public boolean needsDay() {
            return true;
        }
    }

    /** Day {@code day} of the anchor's month shifted by {@code monthOffset} («في 26 من الشهر الماضي»). */
    record DayOfRelativeMonth(int monthOffset, int day) implements TimeSpec {
    }

    /** Days {@code fromDay}..{@code toDay} of one month («بين 10 و15 مارس»). */
    record DayRange(CalendarDate date, int fromDay, int toDay) implements TimeSpec {
        @Override
        public boolean explicit() {
            return date.explicit();
        }
    }
}
