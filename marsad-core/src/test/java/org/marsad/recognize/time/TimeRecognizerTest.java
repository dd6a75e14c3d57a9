package org.marsad.recognize.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.document.DateRange;
import org.marsad.document.TimeExpression;

/**
 * One case per date form of issue 6: the text, the publication date, the expression that must be
 * found (its text must contain {@code expression}) and its interval and precision.
 */
class TimeRecognizerTest {
    record Case(String form, String text, String published, String expression, String start, String end,
                String precision) {
        @Override
        public String toString() {
            return form + ": " + expression;
        }
    }

    static Case c(String form, String text, String published, String expression, String start, String end, String precision) {
        return new Case(form, text, published, expression, start, end, precision);
    }

    static Stream<Case> cases() {
        return Stream.of(
            c("Egyptian/Gulf month", "وقع الهجوم في 19 مارس 2015 قرب المدينة.", "2015-07-22", "19 مارس 2015", "2015-03-19", "2015-03-19", "day"),
            c("Egyptian/Gulf month", "سيطر التنظيم على المدينة في أغسطس 2014.", "2015-07-22", "أغسطس 2014", "2014-08-01", "2014-08-31", "month"),
            c("Levantine month", "انسحبت القوات في 3 آذار 2015.", "2015-07-22", "3 آذار 2015", "2015-03-03", "2015-03-03", "day"),
            c("Levantine two-word month", "جرت الانتخابات في تشرين الثاني 2014.", "2015-07-22", "تشرين الثاني 2014", "2014-11-01", "2014-11-30", "month"),
            c("Levantine آب with year", "بدأت الغارات في آب 2014 على مواقع التنظيم.", "2015-07-22", "آب 2014", "2014-08-01", "2014-08-31", "month"),
            c("Maghrebi جانفي", "صدر القرار في جانفي 2015.", "2015-07-22", "جانفي 2015", "2015-01-01", "2015-01-31", "month"),
            c("Maghrebi ماي", "اعتقل في 12 ماي 2014 بالعاصمة.", "2015-07-22", "12 ماي 2014", "2014-05-12", "2014-05-12", "day"),
            c("Maghrebi جوان", "عاد إلى البلاد في جوان الماضي.", "2015-07-22", "جوان الماضي", "2015-06-01", "2015-06-30", "month"),
            c("Maghrebi جويلية", "وقعت الاشتباكات يوم 5 جويلية 2014.", "2015-07-22", "5 جويلية 2014", "2014-07-05", "2014-07-05", "day"),
            c("Maghrebi أوت", "أعلن الاتفاق في أوت 2014.", "2015-07-22", "أوت 2014", "2014-08-01", "2014-08-31", "month"),
            c("both names with slash", "جرت المعركة في تشرين الثاني/نوفمبر 2014.", "2015-07-22", "تشرين الثاني/نوفمبر 2014", "2014-11-01", "2014-11-30", "month"),
            c("both names in parentheses", "نفذ التحالف غارات في يوليو (تموز) شمال سوريا.", "2015-07-27", "يوليو (تموز)", "2015-07-01", "2015-07-31", "month"),
            c("month without year, past", "سقطت البلدة في مايو (أيار) بيد المعارضة.", "2015-08-03", "مايو (أيار)", "2015-05-01", "2015-05-31", "month"),
            c("day and month without year", "سيطر التنظيم عليها في 21 مايو (أيار).", "2015-08-07", "21 مايو (أيار)", "2015-05-21", "2015-05-21", "day"),
            c("ordinal day, current month", "منذ بدء المعركة في الثالث من يوليو (تموز) الحالي.", "2015-07-21", "الثالث من يوليو (تموز) الحالي", "2015-07-03", "2015-07-03", "day"),
            c("next month", "تعقد الجلسة في سبتمبر المقبل.", "2015-07-22", "سبتمبر المقبل", "2015-09-01", "2015-09-30", "month"),
            c("Hijri month and year", "أعلن ذلك في رمضان 1441 هـ.", null, "رمضان 1441 هـ", "2020-04-24", "2020-05-23", "month"),
            c("Hijri day", "بغداد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", "2015-08-10", "25 شوال 1436 هـ", "2015-08-10", "2015-08-10", "day"),
            c("Gregorian day with era", "بغداد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", "2015-08-10", "10 أغسطس 2015 م", "2015-08-10", "2015-08-10", "day"),
            c("Arabic-Indic digits", "وقع الهجوم في ١٩ أكتوبر ٢٠١٩ شمال سوريا.", null, "١٩ أكتوبر ٢٠١٩", "2019-10-19", "2019-10-19", "day"),
            c("numeric date", "صدر البيان بتاريخ 29/3/2020 عن القيادة.", null, "29/3/2020", "2020-03-29", "2020-03-29", "day"),
            c("اليوم + weekday", "قال المتحدث اليوم الأحد إن القوات تقدمت.", "2015-07-26", "اليوم الأحد", "2015-07-26", "2015-07-26", "day"),
            c("اليوم (weekday)", "قال رئيس الوزراء اليوم (الجمعة) إن 297 شخصا اعتقلوا.", "2015-07-24", "اليوم (الجمعة)", "2015-07-24", "2015-07-24", "day"),
            c("أمس + weekday", "قتل ثلاثة جنود أمس الاثنين في هجوم.", "2015-07-21", "أمس الاثنين", "2015-07-20", "2015-07-20", "day"),
            c("ليل + weekday", "هاجم المسلحون الحاجز ليل السبت.", "2015-07-22", "ليل السبت", "2015-07-18", "2015-07-18", "day"),
            c("فجر اليوم", "شنت الطائرات غارات فجر اليوم على المدينة.", "2015-07-22", "فجر اليوم", "2015-07-22", "2015-07-22", "day"),
            c("أول من أمس", "أعلنت الإدارة أول من أمس (الاثنين) أنها تحقق.", "2015-07-22", "أول من أمس (الاثنين)", "2015-07-20", "2015-07-20", "day"),
            c("bare weekday", "تفجير انتحاري الاثنين في بلدة تركية.", "2015-07-24", "الاثنين", "2015-07-20", "2015-07-20", "day"),
            c("weekday on publication day", "وهاجمت جبهة النصرة الجمعة مقرا للفرقة.", "2015-07-24", "الجمعة", "2015-07-24", "2015-07-24", "day"),
            c("last weekday", "اجتمع المجلس يوم الاثنين الماضي.", "2015-07-20", "يوم الاثنين الماضي", "2015-07-13", "2015-07-13", "day"),
            c("weekday with date", "الهروب كان ليل الأحد 29 مارس 2020 من سجن الحسكة.", null, "ليل الأحد 29 مارس 2020", "2020-03-29", "2020-03-29", "day"),
            c("مطلع", "العدوان الذي وقع مطلع أكتوبر 2019 سهل الهروب.", null, "مطلع أكتوبر 2019", "2019-10-01", "2019-10-10", "part-of-month"),
            c("أوائل", "في أوائل مايو (أيار) من العام الماضي بدأت الحملة.", "2015-07-22", "أوائل مايو (أيار) من العام الماضي", "2014-05-01", "2014-05-10", "part-of-month"),
            c("منتصف", "قبل اندلاع الحركة الاحتجاجية منتصف مارس (آذار) 2011.", "2015-08-07", "منتصف مارس (آذار) 2011", "2011-03-11", "2011-03-20", "part-of-month"),
            c("أواخر", "وفي أواخر الشهر الماضي أعلنت الولايات المتحدة.", "2015-08-11", "أواخر الشهر الماضي", "2015-07-21", "2015-07-31", "part-of-month"),
            c("نهاية", "فر السجناء نهاية نوفمبر 2019 بعد الاشتباكات.", null, "نهاية نوفمبر 2019", "2019-11-21", "2019-11-30", "part-of-month"),
            c("نهاية in February", "أكدت الصحيفة في تقرير لها نهاية فبراير 2020 ذلك.", null, "نهاية فبراير 2020", "2020-02-20", "2020-02-29", "part-of-month"),
            c("first day of Eid al-Fitr", "شهدت المحافظة مجزرتين في أول أيام عيد الفطر.", "2015-07-21", "أول أيام عيد الفطر", "2015-07-17", "2015-07-17", "day"),
            c("first day of Eid al-Adha", "قتل خمسة في أول أيام عيد الأضحى.", "2015-09-30", "أول أيام عيد الأضحى", "2015-09-23", "2015-09-23", "day"),
            c("خلال عام", "سيطر التنظيم على أراض خلال عام 2014 في العراق.", null, "عام 2014", "2014-01-01", "2014-12-31", "year"),
            c("منذ year", "قواعد الاشتباك التي يعتمدها الجيش منذ 2012 كلما طال.", "2015-07-24", "2012", "2012-01-01", "2012-12-31", "year"),
            c("الشهر الماضي", "واتهمت الوحدات التنظيم بإطلاق قذائف الشهر الماضي.", "2015-07-22", "الشهر الماضي", "2015-06-01", "2015-06-30", "month"),
            c("day of last month", "وقع الهجوم في 26 من الشهر الماضي.", "2015-07-22", "26 من الشهر الماضي", "2015-06-26", "2015-06-26", "day"),
            c("الأيام الأخيرة", "وكان التنظيم قد شن في الأيام الأخيرة هجوما.", "2015-08-11", "الأيام الأخيرة", "2015-08-04", "2015-08-11", "part-of-month"),
            c("الأيام القليلة الماضية", "القصف الذي تواصل خلال الأيام القليلة الماضية ألحق أضرارا.", "2015-07-22", "الأيام القليلة الماضية", "2015-07-17", "2015-07-21", "part-of-month"),
            c("اليومين الماضيين", "قتل خلال اليومين الماضيين أكثر من 30 مسلحا.", "2015-07-22", "اليومين الماضيين", "2015-07-20", "2015-07-21", "day"),
            c("الليلة قبل الماضية", "تمكنت القوات في ساعة متأخرة من الليلة قبل الماضية من صد هجوم.", "2015-07-22", "ساعة متأخرة من الليلة قبل الماضية", "2015-07-20", "2015-07-20", "day"),
            c("قبل عام تقريبا", "منذ أن بدأت الحملة قبل عام تقريبا.", "2015-07-27", "قبل عام تقريبا", "2014-07-01", "2014-07-31", "month"),
            c("قبل N أيام", "أعلن الجيش قبل ثلاثة أيام بدء العملية.", "2015-07-22", "قبل ثلاثة أيام", "2015-07-19", "2015-07-19", "day"),
            c("منذ ذلك الحين", "سقطت البلدة في مايو (أيار). وتعرضت المنطقة منذ ذلك الحين لقصف.", "2015-08-03", "منذ ذلك الحين", "2015-05-01", "2015-08-03", "month"),
            c("خلال رمضان", "قتل 1452 مدنيا خلال رمضان.", "2015-07-21", "رمضان", "2015-06-18", "2015-07-16", "month"),
            c("الشهر الفضيل", "بلغ عدد القتلى خلال الشهر الفضيل نحو 5026 قتيلا.", "2015-07-21", "الشهر الفضيل", "2015-06-18", "2015-07-16", "month"),
            c("انقضاء شهر رمضان", "وتزامنا مع انقضاء شهر رمضان أفاد المرصد.", "2015-07-21", "انقضاء شهر رمضان", "2015-07-16", "2015-07-16", "day"),
            c("season", "كان المخطط يريد الغزو في فصل الصيف باتجاه القرى.", "2015-07-21", "فصل الصيف", "2015-06-21", "2015-09-22", null),
            c("clock time", "وقبيل الساعة 04:00 (01:00 تغ) نفذت ثلاث مقاتلات غارات.", "2015-07-24", "الساعة 04:00", "2015-07-24", "2015-07-24", "day"),
            c("week to date", "وواصل العراقيون التظاهر للأسبوع الثاني على التوالي.", "2015-08-07", "للأسبوع الثاني على التوالي", "2015-08-01", "2015-08-07", "part-of-month"),
            c("last week", "قتل أحد المتظاهرين الأسبوع الماضي.", "2015-07-22", "الأسبوع الماضي", "2015-07-11", "2015-07-17", "part-of-month"),
            c("last year", "ظهرت قوة دافعة العام الماضي.", "2015-07-22", "العام الماضي", "2014-01-01", "2014-12-31", "year"),
            c("day range", "جرت المفاوضات بين 10 و15 مارس 2015 في جنيف.", null, "10 و15 مارس 2015", "2015-03-10", "2015-03-15", "part-of-month"),
            c("no publication: context anchor", "وقع الهجوم في 29 مارس 2020. وقال المتحدث أمس إن الوضع هادئ.", null, "أمس", "2020-03-28", "2020-03-28", "day"),
            c("ليل أمس", "عثرت قوة أمنية ليل أمس على جثتين.", "2015-08-10", "ليل أمس", "2015-08-09", "2015-08-09", "day"),
            c("في وقت مبكر من اليوم", "دخلت القوات الحرم في وقت مبكر من اليوم (الاحد).", "2015-07-26", "في وقت مبكر من اليوم (الاحد)", "2015-07-26", "2015-07-26", "day"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolvesEachForm(Case k) {
        LocalDate pub = k.published() == null ? null : LocalDate.parse(k.published());
        List<TimeExpression> times = TimeForms.times(k.text(), pub);
        int at = k.text().indexOf(k.expression());
        assertTrue(at >= 0, "bad test: expression not in text");
        for (TimeExpression t : times) {
            if (t.begin() <= at && at + k.expression().length() <= t.end()) {
                DateRange r = t.range().orElseThrow(() -> new AssertionError("unresolved: " + t));
                assertEquals(LocalDate.parse(k.start()), r.start(), () -> "start of «" + t.text() + "»");
                assertEquals(LocalDate.parse(k.end()), r.end(), () -> "end of «" + t.text() + "»");
                assertEquals(k.precision(), r.precision().label(), () -> "precision of «" + t.text() + "»");
                assertEquals(k.text().substring(t.begin(), t.end()), t.text());
                return;
            }
        }
        fail("no expression covers «" + k.expression() + "»; found " + times);
    }

    static Stream<String[]> nonDates() {
        return Stream.of(
            new String[] {"فجر نفسه وسط مجموعة من المسلحين.", "a verb, not dawn"},
            new String[] {"التقى رجب طيب أردوغان الوزير.", "a name, not the Hijri month"},
            new String[] {"مارس الضغط على الحكومة.", "a verb, not March"},
            new String[] {"في خلافات المنطقة وفوضى الربيع العربي.", "the Arab Spring"},
            new String[] {"قالت تيريزا ماي إن الحكومة ستتحرك.", "a name, not May"},
            new String[] {"وفي اليوم التالي عادت القوات.", "the next day: no anchor"},
            new String[] {"يبحثون عن مخرج بين الاثنين.", "between the two"},
            new String[] {"قتل أكثر من 2000 مقاتل.", "a count, not a year"},
            new String[] {"حتى الساعة لم يعرف مصير العناصر.", "until now, not a clock time"});
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("nonDates")
    void findsNoDateWhereThereIsNone(String text, String why) {
        assertEquals(List.of(), TimeForms.times(text, LocalDate.of(2015, 7, 22)), why);
    }

    @org.junit.jupiter.api.Test
    void leavesRelativeExpressionsUnresolvedWithoutAnchor() {
        List<TimeExpression> times = TimeForms.times("قال المتحدث أمس إن الوضع هادئ.", null);
        assertEquals(1, times.size());
        assertTrue(times.get(0).range().isEmpty());
        assertEquals("none", times.get(0).anchor());
    }

    @org.junit.jupiter.api.Test
    void marksHowEachExpressionWasAnchored() {
        List<TimeExpression> times = TimeForms.times("وقع الهجوم في 29 مارس 2020. وقال المتحدث أمس إن الوضع هادئ.", null);
        assertEquals("explicit", times.get(0).anchor());
        assertEquals("context", times.get(1).anchor());
        times = TimeForms.times("قال المتحدث أمس إن الوضع هادئ.", LocalDate.of(2015, 7, 22));
        assertEquals("publication", times.get(0).anchor());
    }

    @org.junit.jupiter.api.Test
    void resolvesAShortTextForOtherComponents() {
        assertEquals(LocalDate.of(2019, 11, 21),
                TimeRecognizer.standard().resolve("نهاية نوفمبر 2019", null).orElseThrow().start());
        assertEquals(LocalDate.of(2015, 7, 21),
                TimeRecognizer.standard().resolve("أمس", LocalDate.of(2015, 7, 22)).orElseThrow().start());
    }
}
