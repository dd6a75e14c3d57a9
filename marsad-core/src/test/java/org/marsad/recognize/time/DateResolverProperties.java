package org.marsad.recognize.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.document.DatePrecision;
import org.marsad.document.DateRange;
import org.marsad.document.TimeExpression;
import org.marsad.recognize.time.TimeSpec.Calendar;
import org.marsad.recognize.time.TimeSpec.Direction;
import org.marsad.recognize.time.TimeSpec.Part;
import org.marsad.recognize.time.TimeSpec.Unit;
import org.marsad.recognize.time.TimeSpec.YearRef;

/**
 * Properties of resolution: intervals are well formed, and relative dates (at most two years back in
 * the generated texts, rounded to months) lie within three years before and one year after the
 * publication date unless the text names their year.
 */
class DateResolverProperties {

    @Property(tries = 3000)
    void resolutionNeverEndsBeforeItStarts(@ForAll("specs") TimeSpec spec, @ForAll("anchors") LocalDate anchor) {
        Optional<DateRange> r = DateResolver.resolve(spec, anchor);
        r.ifPresent(x -> assertFalse(x.end().isBefore(x.start()), () -> spec + " -> " + x));
        if (spec.explicit()) {
            assertEquals(r, DateResolver.resolve(spec), "an explicit spec ignores its anchor");
        }
    }

    @Property(tries = 400)
    void relativeDatesLieNearThePublicationUnlessTheTextNamesAYear(@ForAll("texts") String text,
            @ForAll("anchors") LocalDate published) {
        List<TimeExpression> times = TimeForms.times(text, published);
        Set<Integer> named = new HashSet<>();
        for (TimeExpression t : times) {
            if (t.anchor().equals("explicit")) {
                t.range().ifPresent(r -> {
                    for (int y = r.start().getYear(); y <= r.end().getYear(); y++) {
                        named.add(y);
                    }
                });
            }
        }
        for (TimeExpression t : times) {
            if (t.range().isEmpty() || t.anchor().equals("explicit")) {
                continue;
            }
            DateRange r = t.range().get();
            assertFalse(r.end().isBefore(r.start()));
            boolean near = !r.start().isBefore(published.minusYears(3)) && !r.end().isAfter(published.plusYears(1));
            assertTrue(near || named.contains(r.start().getYear()),
                    () -> "«" + t.text() + "» -> " + r + " far from " + published + " in: " + text);
        }
    }

    @Property(tries = 300)
    void expressionsAreOrderedSpansOfTheText(@ForAll("texts") String text, @ForAll("anchors") LocalDate published) {
        List<TimeExpression> times = TimeForms.times(text, published);
        int previousEnd = 0;
        for (TimeExpression t : times) {
            assertTrue(t.begin() >= previousEnd && t.begin() < t.end() && t.end() <= text.length(), t::toString);
            assertEquals(text.substring(t.begin(), t.end()), t.text());
            previousEnd = t.end();
        }
    }

    @Provide
    Arbitrary<LocalDate> anchors() {
        return Arbitraries.integers().between(0, 365 * 40).map(d -> LocalDate.of(1995, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<TimeSpec> specs() {
        Arbitrary<Direction> dir = Arbitraries.of(Direction.class);
        Arbitrary<Part> part = Arbitraries.of(Part.class);
        Arbitrary<Unit> unit = Arbitraries.of(Unit.class);
        Arbitrary<YearRef> year = Arbitraries.oneOf(
                Arbitraries.integers().between(1950, 2060).map(YearRef::of),
                Arbitraries.integers().between(-3, 3).map(YearRef::offset),
                dir.map(YearRef::choose));
        Arbitrary<YearRef> hijriYear = Arbitraries.oneOf(
                Arbitraries.integers().between(1380, 1480).map(YearRef::of),
                Arbitraries.integers().between(-3, 3).map(YearRef::offset),
                dir.map(YearRef::choose));
        Arbitrary<TimeSpec> gregorian = Combinators.combine(year, Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 31), part)
                .as((y, m, d, p) -> new TimeSpec.CalendarDate(Calendar.GREGORIAN, y, m, m == 0 ? 0 : d, p));
        Arbitrary<TimeSpec> hijri = Combinators.combine(hijriYear, Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 30), part)
                .as((y, m, d, p) -> new TimeSpec.CalendarDate(Calendar.HIJRI, y, m, m == 0 ? 0 : d, p));
        Arbitrary<TimeSpec> relDays = Combinators.combine(Arbitraries.integers().between(-30, 5),
                Arbitraries.integers().between(0, 10), Arbitraries.of(DatePrecision.class))
                .as((from, len, p) -> new TimeSpec.RelativeDays(from, from + len, p));
        Arbitrary<TimeSpec> weekday = Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.of(true, false),
                Arbitraries.integers().between(-2, 1), dir).as(TimeSpec.Weekday::new);
        Arbitrary<TimeSpec> relUnit = Combinators.combine(unit, Arbitraries.integers().between(-3, 3), part)
                .as(TimeSpec.RelativeUnit::new);
        Arbitrary<TimeSpec> ago = Combinators.combine(unit, Arbitraries.integers().between(1, 30), Arbitraries.of(true, false))
                .as(TimeSpec.Ago::new);
        Arbitrary<TimeSpec> feast = Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 29),
                Arbitraries.integers().between(1, 4), Arbitraries.of(-1, 0, 1, 2, 3, 99), hijriYear)
                .as((m, d, len, which, y) -> new TimeSpec.Feast(Calendar.HIJRI, m, d, len, which, y));
        Arbitrary<TimeSpec> season = Combinators.combine(Arbitraries.of(3, 6, 9, 12), year)
                .as((m, y) -> new TimeSpec.Season(m, 21, m == 12 ? 3 : m + 3, 20, y));
        Arbitrary<TimeSpec> range = Combinators.combine(year, Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 31), Arbitraries.integers().between(1, 31))
                .as((y, m, a, b) -> new TimeSpec.DayRange(new TimeSpec.CalendarDate(Calendar.GREGORIAN, y, m, 0, Part.WHOLE),
                        Math.min(a, b), Math.max(a, b)));
        Arbitrary<TimeSpec> dayOfMonth = Combinators.combine(Arbitraries.integers().between(-2, 2), Arbitraries.integers().between(1, 31))
                .as(TimeSpec.DayOfRelativeMonth::new);
        return Arbitraries.oneOf(gregorian, hijri, relDays, weekday, relUnit, ago, feast, season, range, dayOfMonth,
                Arbitraries.just(new TimeSpec.Clock()));
    }

    /** Texts made of date phrases of every form, with small counts, and some named years. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> phrase = Arbitraries.oneOf(
                Arbitraries.of("أمس", "اليوم (الاثنين)", "أول من أمس", "ليل السبت", "فجر اليوم", "الأحد", "الجمعة الماضي",
                        "الشهر الماضي", "أواخر الشهر الماضي", "مطلع الشهر الجاري", "العام الماضي", "هذا العام", "الأسبوع الماضي",
                        "الأيام الأخيرة", "الأيام القليلة الماضية", "اليومين الماضيين", "الليلة الماضية", "في مايو", "مارس (آذار) الماضي",
                        "21 مايو (أيار)", "الثالث من يوليو (تموز) الحالي", "سبتمبر المقبل", "خلال رمضان", "الشهر الفضيل",
                        "أول أيام عيد الفطر", "عيد الأضحى", "انقضاء شهر رمضان", "فصل الصيف", "الشتاء الماضي", "قبيل الساعة 04:00",
                        "قبل عام تقريبا", "قبل عامين", "للأسبوع الثاني على التوالي", "منذ ذلك الحين", "في 26 من الشهر الماضي",
                        "تشرين الثاني/نوفمبر", "جوان", "في آب"),
                Arbitraries.integers().between(1, 30).map(n -> "قبل " + n + " أيام"),
                Arbitraries.integers().between(2, 11).map(n -> "منذ " + n + " أشهر"),
                Arbitraries.integers().between(1990, 2030).map(y -> "عام " + y),
                Combinators.combine(Arbitraries.integers().between(1, 28), Arbitraries.of("مارس", "أكتوبر", "كانون الثاني"),
                        Arbitraries.integers().between(1990, 2030)).as((d, m, y) -> d + " " + m + " " + y));
        Arbitrary<String> filler = Arbitraries.of("قال المتحدث", "وأعلن الجيش", "شنت الطائرات غارات", "وقتل ثلاثة جنود",
                "، و", ". ", " «", "» ", " (", ") ");
        return Combinators.combine(phrase.list().ofMinSize(1).ofMaxSize(6), filler.list().ofMinSize(1).ofMaxSize(6))
                .as((ps, fs) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < ps.size(); i++) {
                        sb.append(fs.get(i % fs.size())).append(' ').append(ps.get(i)).append(' ');
                    }
                    return sb.toString().strip() + ".";
                });
    }
}
