package org.marsad.recognize.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.marsad.document.DatePrecision;
import org.marsad.document.DateRange;
import org.marsad.recognize.time.TimeSpec.Ago;
import org.marsad.recognize.time.TimeSpec.Calendar;
import org.marsad.recognize.time.TimeSpec.CalendarDate;
import org.marsad.recognize.time.TimeSpec.Clock;
import org.marsad.recognize.time.TimeSpec.DayRange;
import org.marsad.recognize.time.TimeSpec.Direction;
import org.marsad.recognize.time.TimeSpec.Feast;
import org.marsad.recognize.time.TimeSpec.Part;
import org.marsad.recognize.time.TimeSpec.RelativeDays;
import org.marsad.recognize.time.TimeSpec.RelativeUnit;
import org.marsad.recognize.time.TimeSpec.Season;
import org.marsad.recognize.time.TimeSpec.SinceReference;
import org.marsad.recognize.time.TimeSpec.Weekday;
import org.marsad.recognize.time.TimeSpec.YearRef;

/**
 * Places a {@link TimeSpec} on the calendar as an inclusive {@link DateRange}. The rules:
 * <ol>
 *   <li>a named day is that day ({@code day}); a month is the whole month ({@code month}); a year
 *       is the whole year ({@code year});</li>
 *   <li>a third of a month is days 1-10, 11-20 or 21 to the month's end, the last third never
 *       shorter than ten days ({@code part-of-month});
 *       a third of a year is January-April, May-August or September-December ({@code other});</li>
 *   <li>a month, Hijri month, feast or season without a year is the occurrence nearest the anchor,
 *       where a future occurrence counts four times its distance (news reports the past); with
 *       «الماضي» the last occurrence before the anchor, with «المقبل» the first after, with
 *       «الحالي» the one in the anchor's year;</li>
 *   <li>Hijri dates are converted with the Umm al-Qura calendar ({@link Hijri});</li>
 *   <li>relative days count from the anchor day («أمس» = anchor - 1);</li>
 *   <li>a weekday alone is the latest such day on or before the anchor; with a relative day word
 *       («أمس (الاثنين)») the such day nearest to the word's day; «الماضي» and «المقبل» exclude
 *       the anchor day;</li>
 *   <li>weeks run Saturday to Friday; «الأسبوع الماضي» is the week before the anchor's
 *       ({@code part-of-month});</li>
 *   <li>«قبل N أيام» is a day; «قبل N أسابيع» the week around that day; «قبل N أشهر/أعوام» the month
 *       that many months or years before the anchor's ({@code month}); «منذ N ...» runs from then
 *       to the anchor;</li>
 *   <li>a season has the precision {@code other}; «منذ ذلك الحين» runs from the start of the date
 *       it refers to up to the anchor, with that date's precision.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class DateResolver {
    /** How many times a future occurrence's distance counts against a past one's. */
    static final int FUTURE_WEIGHT = 4;

    private DateResolver() {
    }

    /** Resolves a spec that names its year; empty for specs that need an anchor. */
    public static Optional<DateRange> resolve(TimeSpec spec) {
        return spec.explicit() ? resolve(spec, null) : Optional.empty();
    }

    /**
     * Resolves a spec against an anchor day (usually the publication date).
     *
     * @param anchor the anchor day; may be null only for {@link TimeSpec#explicit() explicit} specs
     * @return empty when the spec cannot be placed (an impossible date, or no anchor)
     */
    public static Optional<DateRange> resolve(TimeSpec spec, LocalDate anchor) {
        if (!spec.explicit() && anchor == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(place(spec, anchor));
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return Optional.empty(); // «31 فبراير»: no such day
        }
    }

    /** «منذ ذلك الحين»: from the start of the referenced date to the anchor; empty unless the reference lies before the anchor. */
    public static Optional<DateRange> since(DateRange reference, LocalDate anchor) {
        if (!reference.end().isBefore(anchor)) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(reference.start(), anchor, reference.precision()));
    }

    private static DateRange place(TimeSpec spec, LocalDate anchor) {
        if (spec instanceof CalendarDate d) {
            return calendarDate(d, anchor);
        } else if (spec instanceof RelativeDays r) {
            return new DateRange(anchor.plusDays(r.from()), anchor.plusDays(r.to()), r.precision());
        } else if (spec instanceof Weekday w) {
            return DateRange.day(weekday(w, anchor));
        } else if (spec instanceof RelativeUnit u) {
            return relativeUnit(u, anchor);
        } else if (spec instanceof Ago a) {
            return ago(a, anchor);
        } else if (spec instanceof Feast f) {
            return feast(f, anchor);
        } else if (spec instanceof Season s) {
            return season(s, anchor);
        } else if (spec instanceof DayRange r) {
            DateRange first = calendarDate(r.date().withDay(r.fromDay()), anchor);
            DateRange last = calendarDate(r.date().withDay(r.toDay()), anchor);
            if (first == null || last == null || last.start().isBefore(first.start())) {
                return null;
            }
            return span(first.start(), last.end());
        } else if (spec instanceof TimeSpec.DayOfRelativeMonth m) {
            return DateRange.day(YearMonth.from(anchor).plusMonths(m.monthOffset()).atDay(m.day()));
        } else if (spec instanceof Clock) {
            return DateRange.day(anchor);
        } else if (spec instanceof SinceReference) {
            return null; // needs the referenced date: see since()
        }
        throw new IllegalArgumentException("unknown spec " + spec);
    }

    // ---- calendar dates -------------------------------------------------------------------

    private static DateRange calendarDate(CalendarDate d, LocalDate anchor) {
        if (d.month() == 0) {
            int y = yearFor(d.year(), d.calendar(), anchor);
            DateRange year = d.calendar() == Calendar.HIJRI ? hijriYear(y) : gregorianYear(y);
            return year == null ? null : yearPart(year, d.part());
        }
        Occurrence occ = d.calendar() == Calendar.HIJRI
                ? (y -> hijriMonth(y, d.month(), d.day()))
                : (y -> gregorianMonth(y, d.month(), d.day()));
        DateRange whole = pick(occ, d.year(), d.calendar(), anchor);
        if (whole == null) {
            return null;
        }
        return d.day() > 0 ? whole : monthPart(whole, d.part());
    }

    /** A month (day 0) or one day of it, in a given year. */
    private interface Occurrence {
        DateRange in(int year);
    }

    private static DateRange pick(Occurrence occ, YearRef ref, Calendar cal, LocalDate anchor) {
        if (ref.named() || ref.relative()) {
            return occ.in(yearFor(ref, cal, anchor));
        }
        int base = cal == Calendar.HIJRI ? Hijri.yearOf(anchor) : anchor.getYear();
        DateRange best = null;
        long bestCost = Long.MAX_VALUE;
        for (int y = base - 1; y <= base + 1; y++) {
            DateRange r = occ.in(y);
            if (r == null) {
                continue;
            }
            long cost = cost(r, anchor, ref.direction(), y == base);
            if (cost < bestCost) {
                bestCost = cost;
                best = r;
            }
        }
        return best;
    }

    private static long cost(DateRange r, LocalDate anchor, Direction dir, boolean sameYear) {
        long a = anchor.toEpochDay();
        long s = r.start().toEpochDay();
        long e = r.end().toEpochDay();
        boolean contains = s <= a && a <= e;
        switch (dir) {
            case CURRENT:
                return sameYear ? 0 : Long.MAX_VALUE - 1;
            case PAST:
                return !contains && e < a ? a - e : Long.MAX_VALUE - 1;
            case NEXT:
                return !contains && s > a ? s - a : Long.MAX_VALUE - 1;
            default:
                if (contains) {
                    return 0;
                }
                return e < a ? a - e : (s - a) * FUTURE_WEIGHT;
        }
    }

    private static int yearFor(YearRef ref, Calendar cal, LocalDate anchor) {
        if (ref.named()) {
            return ref.absolute();
        }
        int base = cal == Calendar.HIJRI ? Hijri.yearOf(anchor) : anchor.getYear();
        return base + (ref.relative() ? ref.offset() : 0);
    }

    private static DateRange gregorianYear(int y) {
        return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
    }

    private static DateRange hijriYear(int y) {
        if (!Hijri.supported(y) || !Hijri.supported(y + 1)) {
            return null;
        }
        return new DateRange(Hijri.monthStart(y, 1), Hijri.monthStart(y + 1, 1).minusDays(1), DatePrecision.YEAR);
    }

    private static DateRange gregorianMonth(int y, int month, int day) {
        YearMonth ym = YearMonth.of(y, month);
        if (day > 0) {
            return DateRange.day(ym.atDay(day));
        }
        return new DateRange(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
    }

    private static DateRange hijriMonth(int y, int month, int day) {
        if (!Hijri.supported(y) || !Hijri.supported(y + 1)) {
            return null;
        }
        LocalDate start = Hijri.monthStart(y, month);
        int len = Hijri.monthLength(y, month);
        if (day > 0) {
            if (day > len) {
                throw new IllegalArgumentException("day " + day + " of Hijri month " + month + " " + y);
            }
            return DateRange.day(start.plusDays(day - 1L));
        }
        return new DateRange(start, start.plusDays(len - 1L), DatePrecision.MONTH);
    }

    static DateRange monthPart(DateRange month, Part part) {
        LocalDate s = month.start();
        LocalDate e = month.end();
        switch (part) {
            case FIRST_THIRD:
                return new DateRange(s, s.plusDays(9), DatePrecision.PART_OF_MONTH);
            case SECOND_THIRD:
                return new DateRange(s.plusDays(10), s.plusDays(19), DatePrecision.PART_OF_MONTH);
            case LAST_THIRD:
                // day 21 to the end, and never fewer than ten days (February: 20..29, as the gold codes it)
                LocalDate from = s.plusDays(20);
                LocalDate tenth = e.minusDays(9);
                return new DateRange(tenth.isBefore(from) ? tenth : from, e, DatePrecision.PART_OF_MONTH);
            case FIRST_DAY:
                return DateRange.day(s);
            case LAST_DAY:
                return DateRange.day(e);
            default:
                return month;
        }
    }

    private static DateRange yearPart(DateRange year, Part part) {
        LocalDate s = year.start();
        LocalDate e = year.end();
        switch (part) {
            case FIRST_THIRD:
                return new DateRange(s, s.plusMonths(4).minusDays(1), DatePrecision.OTHER);
            case SECOND_THIRD:
                return new DateRange(s.plusMonths(4), s.plusMonths(8).minusDays(1), DatePrecision.OTHER);
            case LAST_THIRD:
                return new DateRange(s.plusMonths(8), e, DatePrecision.OTHER);
            case FIRST_DAY:
                return DateRange.day(s);
            case LAST_DAY:
                return DateRange.day(e);
            default:
                return year;
        }
    }

    // ---- relative -------------------------------------------------------------------------

    private static LocalDate weekday(Weekday w, LocalDate anchor) {
        DayOfWeek dow = DayOfWeek.of(w.isoDay());
        if (w.relative()) {
            LocalDate target = anchor.plusDays(w.offset());
            LocalDate before = target.with(TemporalAdjusters.previousOrSame(dow));
            LocalDate after = target.with(TemporalAdjusters.nextOrSame(dow));
            long db = target.toEpochDay() - before.toEpochDay();
            long da = after.toEpochDay() - target.toEpochDay();
            return da < db ? after : before;
        }
        switch (w.direction()) {
            case PAST:
                return anchor.with(TemporalAdjusters.previous(dow));
            case NEXT:
                return anchor.with(TemporalAdjusters.next(dow));
            default:
                return anchor.with(TemporalAdjusters.previousOrSame(dow));
        }
    }

    /** The Saturday that starts the week holding {@code day}. */
    static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    }

    private static DateRange relativeUnit(RelativeUnit u, LocalDate anchor) {
        switch (u.unit()) {
            case WEEK: {
                LocalDate s = weekStart(anchor).plusWeeks(u.offset());
                LocalDate e = u.part() == Part.TO_DATE && u.offset() == 0 ? anchor : s.plusDays(6);
                return new DateRange(s, e, DatePrecision.PART_OF_MONTH);
            }
            case MONTH: {
                YearMonth ym = YearMonth.from(anchor).plusMonths(u.offset());
                LocalDate e = u.part() == Part.TO_DATE && u.offset() == 0 ? anchor : ym.atEndOfMonth();
                DateRange m = new DateRange(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
                return u.part() == Part.TO_DATE ? new DateRange(m.start(), e, DatePrecision.MONTH) : monthPart(m, u.part());
            }
            case YEAR: {
                DateRange y = gregorianYear(anchor.getYear() + u.offset());
                if (u.part() == Part.TO_DATE && u.offset() == 0) {
                    return new DateRange(y.start(), anchor, DatePrecision.YEAR);
                }
                return yearPart(y, u.part());
            }
            default:
                return new DateRange(anchor.plusDays(u.offset()), anchor.plusDays(u.offset()), DatePrecision.DAY);
        }
    }

    private static DateRange ago(Ago a, LocalDate anchor) {
        LocalDate then;
        switch (a.unit()) {
            case DAY:
                then = anchor.minusDays(a.count());
                break;
            case WEEK:
                then = anchor.minusWeeks(a.count());
                break;
            case MONTH:
                then = anchor.minusMonths(a.count());
                break;
            default:
                then = anchor.minusYears(a.count());
                break;
        }
        if (a.since()) {
            DatePrecision p = a.unit() == TimeSpec.Unit.DAY && a.count() <= 10 ? DatePrecision.PART_OF_MONTH
                    : DatePrecision.OTHER;
            return new DateRange(then, anchor, p);
        }
        switch (a.unit()) {
            case DAY:
                return DateRange.day(then);
            case WEEK:
                return new DateRange(then.minusDays(3), then.plusDays(3), DatePrecision.PART_OF_MONTH);
            default:
                YearMonth ym = YearMonth.from(then);
                return new DateRange(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
        }
    }

    private static DateRange feast(Feast f, LocalDate anchor) {
        Occurrence occ = y -> {
            DateRange first = f.calendar() == Calendar.HIJRI ? hijriMonth(y, f.month(), f.firstDay())
                    : gregorianMonth(y, f.month(), f.firstDay());
            return first == null ? null : span(first.start(), first.start().plusDays(f.length() - 1L));
        };
        DateRange whole = pick(occ, f.year(), f.calendar(), anchor);
        if (whole == null) {
            return null;
        }
        int which = f.which();
        if (which == 0) {
            return whole;
        } else if (which == -1) {
            return DateRange.day(whole.start().minusDays(1));
        } else if (which == 99) {
            return DateRange.day(whole.end());
        }
        return DateRange.day(whole.start().plusDays(Math.min(which, f.length()) - 1L));
    }

    private static DateRange season(Season s, LocalDate anchor) {
        Occurrence occ = y -> {
            boolean wraps = s.endMonth() < s.startMonth();
            LocalDate start = LocalDate.of(wraps ? y - 1 : y, s.startMonth(), s.startDay());
            LocalDate end = LocalDate.of(y, s.endMonth(), s.endDay());
            return new DateRange(start, end, DatePrecision.OTHER);
        };
        return pick(occ, s.year(), Calendar.GREGORIAN, anchor);
    }

    /** An interval with the precision its length suggests: a day, a calendar month or year, or part-of-month up to 10 days. */
    static DateRange span(LocalDate start, LocalDate end) {
        long days = end.toEpochDay() - start.toEpochDay() + 1;
        DatePrecision p;
        if (days == 1) {
            p = DatePrecision.DAY;
        } else if (start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth())) {
            p = DatePrecision.MONTH;
        } else if (start.getDayOfYear() == 1 && end.getMonthValue() == 12 && end.getDayOfMonth() == 31
                && end.getYear() == start.getYear()) {
            p = DatePrecision.YEAR;
        } else if (days <= 10) {
            p = DatePrecision.PART_OF_MONTH;
        } else {
            p = DatePrecision.OTHER;
        }
        return new DateRange(start, end, p);
    }
}
