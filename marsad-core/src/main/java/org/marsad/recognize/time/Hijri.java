package org.marsad.recognize.time;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hijri to Gregorian conversion through ICU4J's Umm al-Qura calendar (the calendar of Saudi
 * Arabia, followed by most Arabic news). Month starts are cached; ICU calendars are not thread-safe,
 * so each conversion uses its own instance.
 *
 * <p>Thread-safe.
 */
final class Hijri {
    /** Years outside this range are not converted (ICU's Umm al-Qura tables cover 1300-1600). */
    static final int MIN_YEAR = 1300;
    static final int MAX_YEAR = 1600;
    private static final ConcurrentHashMap<Integer, LocalDate> MONTH_STARTS = new ConcurrentHashMap<>();

    private Hijri() {
    }

    static boolean supported(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** The Gregorian date of day 1 of Hijri {@code month} (1-12) of {@code year}. */
    static LocalDate monthStart(int year, int month) {
        return MONTH_STARTS.computeIfAbsent(year * 16 + month, k -> convert(year, month, 1));
    }

    static int monthLength(int year, int month) {
        LocalDate start = monthStart(year, month);
        LocalDate next = month == 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1);
        return (int) (next.toEpochDay() - start.toEpochDay());
    }

    /** The Hijri year that holds a Gregorian day. */
    static int yearOf(LocalDate day) {
        IslamicCalendar c = calendar();
        c.setTimeInMillis(day.toEpochDay() * 86_400_000L);
        return c.get(IslamicCalendar.EXTENDED_YEAR);
    }

    private static LocalDate convert(int year, int month, int day) {
        IslamicCalendar c = calendar();
        c.clear();
        c.set(year, month - 1, day);
        return LocalDate.ofEpochDay(Math.floorDiv(c.getTimeInMillis(), 86_400_000L));
    }

    private static IslamicCalendar calendar() {
        IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        return c;
    }
}
