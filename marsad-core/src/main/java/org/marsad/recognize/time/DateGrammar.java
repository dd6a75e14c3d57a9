package org.marsad.recognize.time;

import java.util.List;
import java.util.Optional;
import org.marsad.document.DatePrecision;
import org.marsad.document.Token;
import org.marsad.recognize.number.NumberParser;
import org.marsad.recognize.time.TimeLexicon.Hit;
import org.marsad.recognize.time.TimeSpec.Calendar;
import org.marsad.recognize.time.TimeSpec.CalendarDate;
import org.marsad.recognize.time.TimeSpec.Direction;
import org.marsad.recognize.time.TimeSpec.Part;
import org.marsad.recognize.time.TimeSpec.Unit;
import org.marsad.recognize.time.TimeSpec.YearRef;

/**
 * The date grammar over one token list: each rule tries to read an expression at a token and
 * returns where it ends and what it says. Rules never look past the end of the sentence.
 * One instance per document; not thread-safe (the recognizer makes a new one per call).
 */
final class DateGrammar {
    /** An expression read by a rule: tokens {@code first..last}. */
    record Read(int first, int last, TimeSpec spec) {
    }

    private record MonthRead(int last, TimeWord.Month month, boolean alternative) {
    }

    private record YearRead(int last, YearRef year, Calendar era, boolean present) {
    }

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private final List<Token> tokens;
    private final List<List<Hit>> hits;
    private final int[] limit;
    private final NumberParser numbers;

    DateGrammar(List<Token> tokens, List<List<Hit>> hits, int[] limit, NumberParser numbers) {
        this.tokens = tokens;
        this.hits = hits;
        this.limit = limit;
        this.numbers = numbers;
    }

    /** The longest expression that starts at token {@code i}, or null. */
    Read at(int i) {
        Read r;
        if ((r = sinceReference(i)) != null || (r = clock(i)) != null || (r = ago(i)) != null
                || (r = feast(i)) != null || (r = dayExpression(i)) != null || (r = monthPart(i)) != null
                || (r = relativeUnit(i)) != null || (r = season(i)) != null || (r = monthAlone(i)) != null
                || (r = year(i)) != null) {
            return r;
        }
        return null;
    }

    // ---- rules ----------------------------------------------------------------------------

    private Read sinceReference(int i) {
        Hit h = cue(i, i, "since-ref");
        return h == null ? null : new Read(i, h.last(), new TimeSpec.SinceReference());
    }

    /** «قبيل الساعة 04:00 (01:00 تغ)»، «الساعة الثالثة فجرا»، «13:44 ت م». */
    private Read clock(int i) {
        int p = i;
        Hit pre = cue(i, p, "clock-prefix");
        if (pre != null) {
            p = pre.last() + 1;
        }
        Hit c = cue(i, p, "clock");
        int last;
        if (c != null) {
            int q = c.last() + 1;
            if (!ok(i, q)) {
                return null;
            }
            if (isClockNumber(q)) {
                last = q;
            } else {
                Optional<NumberParser.Parsed> o = numbers.ordinalAt(tokens, q);
                if (o.isEmpty() || o.get().value() > 12 || o.get().last() > limit[i]) {
                    Optional<NumberParser.Parsed> n = numbers.parseAt(tokens, q);
                    if (n.isEmpty() || n.get().value() > 24 || n.get().last() > limit[i]) {
                        return null;
                    }
                    last = n.get().last();
                } else {
                    last = o.get().last();
                }
            }
        } else if (pre == null && ok(i, i) && tokens.get(i).norm().indexOf(':') > 0 && isClockNumber(i)
                && cue(i, i + 1, "clock-zone") != null) {
            last = i;
        } else {
            return null;
        }
        last = clockTail(i, last);
        return new Read(i, last, new TimeSpec.Clock());
    }

    private int clockTail(int i, int last) {
        int q = last + 1;
        if (ok(i, q) && isWord(q) && (norm(q).equals("\u0648\u0627\u0644\u0646\u0635\u0641") // والنصف
                || norm(q).equals("\u0648\u0627\u0644\u0631\u0628\u0639"))) { // والربع
            last = q++;
        }
        Hit after = hit(i, q, TimeWord.DayPart.class);
        if (after != null && !((TimeWord.DayPart) after.word()).before()) {
            last = after.last();
            q = last + 1;
        }
        if (punct(q, "(") && ok(i, q + 2) && isClockNumber(q + 1)) {
            int r = q + 2;
            Hit z = cue(i, r, "clock-zone");
            if (z != null) {
                r = z.last() + 1;
            }
            if (punct(r, ")")) {
                last = r;
                q = r + 1;
            }
        }
        Hit z = cue(i, q, "clock-zone");
        if (z != null) {
            last = z.last();
            if (ok(i, last + 1) && isWord(last + 1) && tokens.get(last).norm().startsWith("\u0628")) {
                last++; // «بتوقيت غرينتش»
            }
        }
        return last;
    }

    /** «قبل عام تقريبا»، «قبل ثلاثة أيام»، «منذ خمسة أشهر»، «قبل أيام». */
    private Read ago(int i) {
        boolean since;
        Hit c = cue(i, i, "ago");
        if (c != null) {
            since = false;
        } else {
            c = cue(i, i, "since");
            if (c == null) {
                return null;
            }
            since = true;
        }
        int q = c.last() + 1;
        q = skipApproximation(i, q);
        int count;
        Hit unit = hit(i, q, TimeWord.UnitWord.class);
        int last;
        if (unit != null) {
            TimeWord.UnitWord u = (TimeWord.UnitWord) unit.word();
            if (TimeLexicon.definite(norm(q))) {
                return null;
            }
            if (u.count() == 0) {
                if (u.unit() != Unit.DAY) {
                    return null; // «قبل أشهر»: too vague
                }
                last = tail(i, unit.last());
                if (!since && followedByEventReference(i, last)) {
                    return null;
                }
                return new Read(i, last, since ? new TimeSpec.RelativeDays(-7, 0, DatePrecision.PART_OF_MONTH)
                        : new TimeSpec.RelativeDays(-7, -1, DatePrecision.PART_OF_MONTH));
            }
            count = u.count();
            last = unit.last();
        } else {
            Optional<NumberParser.Parsed> n = ok(i, q) ? numbers.parseAt(tokens, q) : Optional.empty();
            if (n.isEmpty() || n.get().value() <= 0 || n.get().value() > 100) {
                return null;
            }
            unit = hit(i, n.get().last() + 1, TimeWord.UnitWord.class);
            if (unit == null || ((TimeWord.UnitWord) unit.word()).count() == 2) {
                return null;
            }
            count = (int) n.get().value();
            last = unit.last();
        }
        if (isYearNumber(last + 1)) {
            return null; // «منذ عام 2003» is a year
        }
        last = tail(i, last);
        if (!since && followedByEventReference(i, last)) {
            return null; // «قبل يومين من الهجوم» counts from an event, not from the anchor
        }
        Unit u = ((TimeWord.UnitWord) unit.word()).unit();
        return new Read(i, last, new TimeSpec.Ago(u, count, since));
    }

    private int tail(int i, int last) {
        Hit approx = cue(i, last + 1, "approx");
        return approx != null ? approx.last() : last;
    }

    private boolean followedByEventReference(int i, int last) {
        int q = last + 1;
        return ok(i, q) && isWord(q) && (norm(q).equals("\u0645\u0646") || norm(q).equals("\u0639\u0644\u0649"));
    }

    private int skipApproximation(int i, int q) {
        Hit a = cue(i, q, "approx");
        if (a != null) {
            return a.last() + 1;
        }
        if (ok(i, q + 1) && (norm(q).equals("\u0627\u0643\u062B\u0631") || norm(q).equals("\u0627\u0642\u0644"))
                && norm(q + 1).equals("\u0645\u0646")) {
            return q + 2; // أكثر من، أقل من
        }
        return q;
    }

    /** «أول أيام عيد الفطر»، «عيد الأضحى»، «أول أيام رمضان»، «عشية عيد الميلاد». */
    private Read feast(int i) {
        int q = i;
        int which = 0;
        boolean hasDay = false;
        Hit f = hit(i, i, TimeWord.Feast.class);
        Hit fd = f == null ? hit(i, i, TimeWord.FeastDay.class) : null;
        if (fd != null) {
            which = ((TimeWord.FeastDay) fd.word()).which();
            hasDay = true;
            q = fd.last() + 1;
            f = hit(i, q, TimeWord.Feast.class);
        }
        if (f != null) {
            TimeWord.Feast w = (TimeWord.Feast) f.word();
            YearRead y = yearAfter(i, f.last() + 1, w.calendar());
            TimeSpec spec = new TimeSpec.Feast(w.calendar(), w.month(), w.day(), w.length(), which, y.year());
            return new Read(i, y.present() ? y.last() : f.last(), spec);
        }
        if (!hasDay) {
            return null;
        }
        if (cue(i, q, "month-word") != null) {
            q++;
        }
        MonthRead m = month(i, q);
        if (m == null || m.month().calendar() != Calendar.HIJRI) {
            return null;
        }
        YearRead y = yearAfter(i, m.last() + 1, Calendar.HIJRI);
        CalendarDate d = new CalendarDate(Calendar.HIJRI, y.year(), m.month().number(), 0, Part.WHOLE);
        if (which == 99) {
            d = d.withPart(Part.LAST_DAY);
        } else if (which > 0) {
            d = d.withDay(which);
        } else if (which < 0) {
            return null;
        }
        return new Read(i, y.present() ? y.last() : m.last(), d);
    }

    /**
     * A day, with optional parts of the day before it: «اليوم (الاثنين)»، «أمس»، «ليل الأحد 29
     * مارس 2020»، «في وقت مبكر من اليوم (الاحد)»، «15 يونيو (حزيران)»، «29/3/2020».
     */
    private Read dayExpression(int i) {
        int p = i;
        boolean prefixed = false;
        for (int guard = 0; guard < 3; guard++) {
            Hit dp = hit(i, p, TimeWord.DayPart.class);
            if (dp == null || !((TimeWord.DayPart) dp.word()).before()) {
                break;
            }
            p = dp.last() + 1;
            prefixed = true;
        }
        Read r = relativeDay(i, p);
        if (r == null) {
            r = weekday(i, p);
        }
        if (r == null) {
            r = dayMonth(i, p);
        }
        if (r == null) {
            r = numericDate(i, p);
        }
        if (r == null) {
            return null;
        }
        return new Read(i, r.last(), r.spec());
    }

    private Read relativeDay(int i, int p) {
        Hit h = hit(i, p, TimeWord.RelativeDay.class);
        if (h == null) {
            return null;
        }
        TimeWord.RelativeDay rd = (TimeWord.RelativeDay) h.word();
        int last = h.last();
        if (rd.from() == 0 && rd.to() == 0 && h.first() == h.last()) {
            // «اليوم»: not «اليوم التالي»، «ذلك اليوم»، «اليوم الأول»
            Optional<NumberParser.Parsed> ord = ok(i, last + 1) ? numbers.ordinalAt(tokens, last + 1) : Optional.empty();
            if (ord.isPresent()) {
                Hit consecutive = cue(i, ord.get().last() + 1, "consecutive");
                if (consecutive == null) {
                    return null;
                }
                int n = (int) Math.min(ord.get().value(), 366);
                return new Read(p, consecutive.last(), new TimeSpec.RelativeDays(1 - n, 0,
                        n == 1 ? DatePrecision.DAY : n <= 10 ? DatePrecision.PART_OF_MONTH : DatePrecision.OTHER));
            }
            if (cue(i, last + 1, "day-noun") != null || (h.first() > 0 && cueAnywhere(h.first() - 1, "day-noun"))) {
                return null;
            }
        }
        TimeSpec spec = new TimeSpec.RelativeDays(rd.from(), rd.to(), rd.precision());
        int q = last + 1;
        boolean paren = punct(q, "(");
        Hit wd = hit(i, paren ? q + 1 : q, TimeWord.Weekday.class);
        if (wd != null && rd.from() == rd.to()) {
            last = wd.last();
            if (paren && punct(last + 1, ")")) {
                last++;
            }
            spec = new TimeSpec.Weekday(((TimeWord.Weekday) wd.word()).isoDay(), true, rd.from(), Direction.NEAREST);
        }
        return new Read(p, adverbAfter(i, last), spec);
    }

    private Read weekday(int i, int p) {
        boolean paren = punct(p, "(");
        int q = paren ? p + 1 : p;
        Hit wd = hit(i, q, TimeWord.Weekday.class);
        if (wd == null) {
            return null;
        }
        int last = wd.last();
        if (ok(i, last + 1) && norm(last + 1).equals("\u0639\u0634\u0631")) {
            return null; // «الأحد عشر» = eleven
        }
        if (p == i && cueAnywhere(i - 1, "weekday-blocker")) {
            return null; // «بين الاثنين» = between the two
        }
        if (paren) {
            if (!punct(last + 1, ")")) {
                return null;
            }
            last++;
        }
        // «ليل الخميس - الجمعة»، «ليل السبت الأحد»: the night of one day into the next
        int r = last + 1;
        if (punct(r, "-") || punct(r, "/") || (ok(i, r) && norm(r).equals("\u0639\u0644\u0649"))) {
            r++;
        }
        Hit second = hit(i, r, TimeWord.Weekday.class);
        if (second != null) {
            last = second.last();
        }
        int iso = ((TimeWord.Weekday) wd.word()).isoDay();
        Direction dir = Direction.NEAREST;
        Hit d = hit(i, last + 1, TimeWord.DirectionWord.class);
        if (d != null) {
            Direction dd = ((TimeWord.DirectionWord) d.word()).direction();
            if (dd != Direction.CURRENT) {
                dir = dd;
            }
            last = d.last();
        }
        // «الأحد 29 مارس 2020»، «الأحد (29 مارس)»، «الأحد، 29 مارس»
        int s = last + 1;
        boolean open = punct(s, "(");
        if (open || punct(s, "\u060C") || punct(s, ",")) {
            s++;
        }
        Read date = dayMonth(i, s);
        if (date == null) {
            date = numericDate(i, s);
        }
        if (date != null) {
            int end = date.last();
            if (open && punct(end + 1, ")")) {
                end++;
            }
            return new Read(p, adverbAfter(i, end), date.spec());
        }
        return new Read(p, adverbAfter(i, last), new TimeSpec.Weekday(iso, false, 0, dir));
    }

    private int adverbAfter(int i, int last) {
        Hit after = hit(i, last + 1, TimeWord.DayPart.class);
        if (after != null && !((TimeWord.DayPart) after.word()).before()) {
            return after.last();
        }
        return last;
    }

    /** «29 مارس 2020»، «الثالث من يوليو (تموز) الحالي»، «بين 10 و15 مارس»، «25 شوال 1436 هـ». */
    private Read dayMonth(int i, int p) {
        int day;
        int q;
        if (isDayNumber(p) && ok(i, p)) {
            day = Integer.parseInt(norm(p));
            q = p + 1;
            if (ok(i, q + 1) && norm(q).equals("\u0645\u0646") && !isNumber(q + 1)) { // «22 من شهر يوليو»
                q++;
            }
        } else {
            if (!ok(i, p) || !isWord(p) || norm(p).indexOf('\u0644') < 0) {
                return null; // ordinals all carry the article («الثالث»): skip the lookup otherwise
            }
            Optional<NumberParser.Parsed> o = numbers.ordinalAt(tokens, p);
            if (o.isEmpty() || o.get().value() > 31 || o.get().last() > limit[i]) {
                return null;
            }
            day = (int) o.get().value();
            q = o.get().last() + 1;
            if (ok(i, q) && norm(q).equals("\u0645\u0646")) { // من
                q++;
            }
        }
        int toDay = 0;
        if (punct(q, "-") && isDayNumber(q + 1)) {
            toDay = Integer.parseInt(norm(q + 1));
            q += 2;
        } else if (ok(i, q) && isWord(q) && norm(q).equals("\u0648") && isDayNumber(q + 1)) {
            toDay = Integer.parseInt(norm(q + 1)); // «10 و15 مارس» (the tokenizer splits و from digits)
            q += 2;
        } else if (cue(i, q, "range-to") != null && isDayNumber(q + 1)) {
            toDay = Integer.parseInt(norm(q + 1));
            q += 2;
        }
        if (cue(i, q, "month-word") != null) {
            q++;
        }
        MonthRead m = month(i, q);
        if (m == null) {
            Read rel = toDay == 0 && day <= 31 ? relativeUnitAt(i, q, false) : null;
            if (rel != null && rel.spec() instanceof TimeSpec.RelativeUnit u && u.unit() == Unit.MONTH
                    && u.part() == Part.WHOLE) {
                return new Read(p, rel.last(), new TimeSpec.DayOfRelativeMonth(u.offset(), day));
            }
            return null;
        }
        Calendar cal = m.month().calendar();
        YearRead y = yearAfter(i, m.last() + 1, cal);
        if (day < 1 || day > (cal == Calendar.HIJRI ? 30 : 31)) {
            return null;
        }
        CalendarDate d = new CalendarDate(cal, y.year(), m.month().number(), day, Part.WHOLE);
        int last = y.present() ? y.last() : m.last();
        if (toDay > day && toDay <= 31) {
            return new Read(p, last, new TimeSpec.DayRange(d.withDay(0), day, toDay));
        }
        return new Read(p, last, d);
    }

    /** «29/3/2020»، «2020/03/29»، «29-3-2020»، «1436/10/25 هـ». */
    private Read numericDate(int i, int p) {
        if (!ok(i, p) || tokens.get(p).kind() != Token.Kind.NUMBER) {
            return null;
        }
        String s = norm(p);
        String[] parts;
        int last = p;
        if (s.chars().filter(ch -> ch == '/').count() == 2) {
            parts = s.split("/");
        } else if (s.chars().filter(ch -> ch == '.').count() == 2) {
            parts = s.split("\\.");
        } else if (punct(p + 1, "-") && isNumber(p + 2) && punct(p + 3, "-") && isNumber(p + 4)
                && adjacent(p, p + 4) && ok(i, p + 4)) {
            parts = new String[] {s, norm(p + 2), norm(p + 4)};
            last = p + 4;
        } else {
            return null;
        }
        if (parts.length != 3) {
            return null;
        }
        int a;
        int b;
        int c;
        try {
            a = Integer.parseInt(parts[0]);
            b = Integer.parseInt(parts[1]);
            c = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            return null;
        }
        int year;
        int day;
        if (parts[0].length() == 4) {
            year = a;
            day = c;
        } else if (parts[2].length() == 4) {
            year = c;
            day = a;
        } else {
            return null;
        }
        int month = b;
        Calendar cal = Hijri.supported(year) && year < MIN_YEAR ? Calendar.HIJRI : Calendar.GREGORIAN;
        Hit era = hit(i, last + 1, TimeWord.Era.class);
        if (era != null) {
            cal = ((TimeWord.Era) era.word()).calendar();
            last = era.last();
        }
        if (month < 1 || month > 12 || day < 1 || day > 31 || (cal == Calendar.GREGORIAN && (year < MIN_YEAR || year > MAX_YEAR))
                || (cal == Calendar.HIJRI && !Hijri.supported(year))) {
            return null;
        }
        return new Read(p, last, new CalendarDate(cal, YearRef.of(year), month, day, Part.WHOLE));
    }

    /** «نهاية نوفمبر 2019»، «أواخر الشهر الماضي»، «مطلع العام»، «انقضاء شهر رمضان». */
    private Read monthPart(int i) {
        Hit mp = hit(i, i, TimeWord.MonthPart.class);
        if (mp == null) {
            return null;
        }
        Part part = ((TimeWord.MonthPart) mp.word()).part();
        int q = mp.last() + 1;
        if (cue(i, q, "month-word") != null) {
            q++;
        }
        MonthRead m = month(i, q);
        if (m != null) {
            YearRead y = yearAfter(i, m.last() + 1, m.month().calendar());
            CalendarDate d = new CalendarDate(m.month().calendar(), y.year(), m.month().number(), 0, part);
            return new Read(i, y.present() ? y.last() : m.last(), d);
        }
        Read unit = relativeUnitAt(i, q, true);
        if (unit != null) {
            TimeSpec.RelativeUnit u = (TimeSpec.RelativeUnit) unit.spec();
            if (u.unit() == Unit.WEEK) {
                return null;
            }
            return new Read(i, unit.last(), new TimeSpec.RelativeUnit(u.unit(), u.offset(), part));
        }
        Read y = year(q);
        if (y != null && y.first() == q && y.spec() instanceof CalendarDate d && d.month() == 0) {
            return new Read(i, y.last(), d.withPart(part));
        }
        if (isYearNumber(q)) {
            return new Read(i, q, new CalendarDate(Calendar.GREGORIAN, YearRef.of(Integer.parseInt(norm(q))), 0, 0, part));
        }
        return null;
    }

    private Read relativeUnit(int i) {
        return relativeUnitAt(i, i, false);
    }

    /**
     * «الشهر الماضي»، «هذا العام»، «العام قبل الماضي»، «للأسبوع الثاني على التوالي»; after a part
     * word ({@code alone}) also «مطلع العام»، «منتصف الشهر».
     */
    private Read relativeUnitAt(int i, int p, boolean alone) {
        int q = p;
        Hit thisCue = cue(i, q, "this");
        if (thisCue != null) {
            q = thisCue.last() + 1;
        }
        Hit uh = hit(i, q, TimeWord.UnitWord.class);
        if (uh == null || !TimeLexicon.definite(norm(q))) {
            return null;
        }
        TimeWord.UnitWord u = (TimeWord.UnitWord) uh.word();
        if (u.count() != 1 || u.unit() == Unit.DAY) {
            return null;
        }
        int last = uh.last();
        if (thisCue != null) {
            return new Read(p, last, new TimeSpec.RelativeUnit(u.unit(), 0, Part.WHOLE));
        }
        Hit d = hit(i, last + 1, TimeWord.DirectionWord.class);
        if (d != null) {
            Direction dir = ((TimeWord.DirectionWord) d.word()).direction();
            int off = dir == Direction.PAST ? -1 : dir == Direction.NEXT ? 1 : 0;
            return new Read(p, d.last(), new TimeSpec.RelativeUnit(u.unit(), off, Part.WHOLE));
        }
        if (ok(i, last + 2) && norm(last + 1).equals("\u0642\u0628\u0644")) { // «العام قبل الماضي»
            Hit d2 = hit(i, last + 2, TimeWord.DirectionWord.class);
            if (d2 != null && ((TimeWord.DirectionWord) d2.word()).direction() == Direction.PAST) {
                return new Read(p, d2.last(), new TimeSpec.RelativeUnit(u.unit(), -2, Part.WHOLE));
            }
        }
        Optional<NumberParser.Parsed> ord = ok(i, last + 1) ? numbers.ordinalAt(tokens, last + 1) : Optional.empty();
        if (ord.isPresent()) {
            Hit consecutive = cue(i, ord.get().last() + 1, "consecutive");
            if (consecutive != null) {
                return new Read(p, consecutive.last(), new TimeSpec.RelativeUnit(u.unit(), 0, Part.TO_DATE));
            }
        }
        if (alone && !isYearNumber(last + 1)) {
            return new Read(p, last, new TimeSpec.RelativeUnit(u.unit(), 0, Part.WHOLE));
        }
        return null;
    }

    /** «فصل الصيف»، «الصيف الماضي»، «صيف 2014». */
    private Read season(int i) {
        int q = i;
        Hit word = cue(i, q, "season-word");
        if (word != null) {
            q = word.last() + 1;
        }
        Hit thisCue = cue(i, q, "this");
        if (thisCue != null) {
            q = thisCue.last() + 1;
        }
        Hit s = hit(i, q, TimeWord.Season.class);
        if (s == null) {
            return null;
        }
        TimeWord.Season w = (TimeWord.Season) s.word();
        if (cueAnywhere(s.last() + 1, "season-blocker")) {
            return null;
        }
        YearRead y = yearAfter(i, s.last() + 1, Calendar.GREGORIAN);
        boolean definite = TimeLexicon.definite(norm(q));
        if (!definite && !y.year().named()) {
            return null; // «ربيع» alone is a name
        }
        YearRef ref = thisCue != null ? YearRef.choose(Direction.CURRENT) : y.year();
        return new Read(i, y.present() ? y.last() : s.last(),
                new TimeSpec.Season(w.startMonth(), w.startDay(), w.endMonth(), w.endDay(), ref));
    }

    /** A month without a day: «مايو (أيار)»، «أغسطس (آب) 2014»، «خلال رمضان»، «مارس الماضي». */
    private Read monthAlone(int i) {
        int q = i;
        boolean cued = i > 0 && isPrep(i - 1);
        if (cue(i, q, "month-word") != null) {
            q++;
            cued = true;
        }
        MonthRead m = month(i, q);
        if (m == null) {
            return null;
        }
        YearRead y = yearAfter(i, m.last() + 1, m.month().calendar());
        if (m.month().needsCue() && !cued && !m.alternative() && !y.present() && !besideMonth(q, m.last())) {
            return null;
        }
        return new Read(i, y.present() ? y.last() : m.last(),
                new CalendarDate(m.month().calendar(), y.year(), m.month().number(), 0, Part.WHOLE));
    }

    /** «عام 2014»، «العام 2003»، «1436 هـ»، «منذ 2012»، «عامي 2012 و2013». */
    private Read year(int i) {
        Hit c = cue(i, i, "year");
        if (c != null && isYearNumber(c.last() + 1)) {
            int q = c.last() + 1;
            Hit era = hit(i, q + 1, TimeWord.Era.class);
            return yearRead(i, q, era);
        }
        if (!ok(i, i) || !isNumber(i) || norm(i).length() != 4) {
            return null;
        }
        Hit era = hit(i, i + 1, TimeWord.Era.class);
        if (era != null) {
            int v = Integer.parseInt(norm(i));
            Calendar cal = ((TimeWord.Era) era.word()).calendar();
            if ((cal == Calendar.HIJRI && Hijri.supported(v)) || (cal == Calendar.GREGORIAN && v >= MIN_YEAR && v <= MAX_YEAR)) {
                return yearRead(i, i, era);
            }
            return null;
        }
        if (!isYearNumber(i) || i == 0) {
            return null;
        }
        boolean range = (punct(i + 1, "-") || cue(i, i + 1, "range-to") != null) && isYearNumber(i + 2);
        boolean cued = range || (punct(i - 1, "(") && punct(i + 1, ")"))
                || isPrep(i - 1) || cue(i - 1, i - 1, "between") != null
                || ((isWaw(i - 1) || punct(i - 1, "-") || cue(i - 1, i - 1, "range-to") != null) && i >= 2 && isYearNumber(i - 2))
                || (cue(i - 1, i - 1, "from") != null && (cue(i, i + 1, "range-to") != null || punct(i + 1, "-"))
                        && isYearNumber(i + 2));
        if (!cued || precededByComparison(i)) {
            return null;
        }
        return yearRead(i, i, null);
    }

    private Read yearRead(int first, int q, Hit era) {
        int v = Integer.parseInt(norm(q));
        Calendar cal = era != null ? ((TimeWord.Era) era.word()).calendar() : Calendar.GREGORIAN;
        return new Read(first, era != null ? era.last() : q, new CalendarDate(cal, YearRef.of(v), 0, 0, Part.WHOLE));
    }

    // ---- pieces -----------------------------------------------------------------------------

    /** A month name with an optional second name: «يوليو (تموز)»، «فبراير/ شباط»، «تشرين الثاني/نوفمبر». */
    private MonthRead month(int i, int q) {
        Hit h = hit(i, q, TimeWord.Month.class);
        if (h == null) {
            return null;
        }
        TimeWord.Month m = (TimeWord.Month) h.word();
        int last = h.last();
        boolean alt = false;
        int r = last + 1;
        if (punct(r, "(")) {
            Hit a = hit(i, r + 1, TimeWord.Month.class);
            if (a != null && punct(a.last() + 1, ")")) {
                last = a.last() + 1;
                alt = true;
            }
        } else if (punct(r, "/") || punct(r, "-")) {
            Hit a = hit(i, r + 1, TimeWord.Month.class);
            if (a != null) {
                last = a.last();
                alt = true;
            }
        }
        return new MonthRead(last, m, alt);
    }

    /**
     * What follows a month: a year number with its era, «من العام الماضي»، «العام 2014», or a
     * direction («الماضي»، «الحالي»، «المقبل»). Absent: choose the nearest occurrence.
     */
    private YearRead yearAfter(int i, int q, Calendar cal) {
        if (isYearNumberFor(q, cal)) {
            return eraAfter(i, q, YearRef.of(Integer.parseInt(norm(q))), cal);
        }
        int r = q;
        if (cue(i, r, "from") != null) {
            r++;
        }
        Hit y = cue(i, r, "year");
        if (y != null) {
            if (isYearNumberFor(y.last() + 1, cal)) {
                return eraAfter(i, y.last() + 1, YearRef.of(Integer.parseInt(norm(y.last() + 1))), cal);
            }
            Hit d = hit(i, y.last() + 1, TimeWord.DirectionWord.class);
            if (d != null && TimeLexicon.definite(norm(y.first()))) {
                Direction dir = ((TimeWord.DirectionWord) d.word()).direction();
                int off = dir == Direction.PAST ? -1 : dir == Direction.NEXT ? 1 : 0;
                return new YearRead(d.last(), YearRef.offset(off), cal, true);
            }
            return new YearRead(q - 1, YearRef.choose(Direction.NEAREST), cal, false);
        }
        Hit d = hit(i, q, TimeWord.DirectionWord.class);
        if (d != null) {
            return new YearRead(d.last(), YearRef.choose(((TimeWord.DirectionWord) d.word()).direction()), cal, true);
        }
        return new YearRead(q - 1, YearRef.choose(Direction.NEAREST), cal, false);
    }

    private YearRead eraAfter(int i, int q, YearRef ref, Calendar cal) {
        Hit era = hit(i, q + 1, TimeWord.Era.class);
        return new YearRead(era != null ? era.last() : q, ref, cal, true);
    }

    private boolean isYearNumberFor(int q, Calendar cal) {
        if (!isNumber(q) || norm(q).length() != 4) {
            return false;
        }
        int v = Integer.parseInt(norm(q));
        return cal == Calendar.HIJRI ? Hijri.supported(v) : v >= MIN_YEAR && v <= MAX_YEAR;
    }

    boolean isYearNumber(int q) {
        return isYearNumberFor(q, Calendar.GREGORIAN);
    }

    private boolean isDayNumber(int q) {
        if (q >= tokens.size() || tokens.get(q).kind() != Token.Kind.NUMBER) {
            return false;
        }
        String s = norm(q);
        if (s.isEmpty() || s.length() > 2) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        int v = Integer.parseInt(s);
        return v >= 1 && v <= 31;
    }

    /** A run of plain digits (no separators). */
    private boolean isNumber(int q) {
        if (q < 0 || q >= tokens.size() || tokens.get(q).kind() != Token.Kind.NUMBER) {
            return false;
        }
        String s = norm(q);
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean isClockNumber(int q) {
        if (q >= tokens.size() || tokens.get(q).kind() != Token.Kind.NUMBER) {
            return false;
        }
        String s = norm(q);
        int colon = s.indexOf(':');
        try {
            if (colon < 0) {
                return s.length() <= 2 && Integer.parseInt(s) <= 24;
            }
            int h = Integer.parseInt(s.substring(0, colon));
            int m = Integer.parseInt(s.substring(colon + 1));
            return h <= 24 && m < 60 && s.length() - colon == 3;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Another month name right before or after («فبراير ومارس»، «شهري سبتمبر وأكتوبر»). */
    private boolean besideMonth(int first, int last) {
        if (first > 0 && hitAnywhere(first - 1, TimeWord.Month.class)) {
            return true;
        }
        if (first > 1 && norm(first - 1).equals("\u0648") && hitAnywhere(first - 2, TimeWord.Month.class)) {
            return true;
        }
        return last + 1 < tokens.size() && startsWithWaw(last + 1) && hitAnywhere(last + 1, TimeWord.Month.class);
    }

    /** «في»، «خلال»، «منذ» … and their forms with و/ف («وفي»). */
    private boolean isPrep(int q) {
        if (q < 0 || !isWord(q)) {
            return false;
        }
        if (cueAnywhere(q, "prep") || cueAnywhere(q, "month-word")) {
            return true;
        }
        String n = norm(q);
        return n.equals("\u0648\u0641\u064A") || n.equals("\u0641\u0641\u064A"); // وفي، ففي
    }

    /** «أكثر من 2000»، «نحو 1500»: a count, not a year. */
    private boolean precededByComparison(int i) {
        if (i >= 1 && cueAnywhere(i - 1, "approx")) {
            return true;
        }
        return i >= 2 && norm(i - 1).equals("\u0645\u0646")
                && (norm(i - 2).equals("\u0627\u0643\u062B\u0631") || norm(i - 2).equals("\u0627\u0642\u0644"));
    }

    private boolean adjacent(int a, int b) {
        for (int k = a; k < b; k++) {
            if (tokens.get(k).end() != tokens.get(k + 1).begin()) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithWaw(int q) {
        return isWord(q) && norm(q).length() > 2 && norm(q).charAt(0) == '\u0648';
    }

    private boolean isWaw(int q) {
        return q >= 0 && q < tokens.size() && isWord(q) && norm(q).equals("\u0648");
    }

    // ---- lexicon access -----------------------------------------------------------------------

    /** True when token {@code q} exists and lies in the sentence of token {@code i}. */
    private boolean ok(int i, int q) {
        return q >= 0 && q < tokens.size() && q <= limit[i];
    }

    private Hit hit(int i, int q, Class<? extends TimeWord> type) {
        if (!ok(i, q)) {
            return null;
        }
        List<Hit> hs = hits.get(q);
        for (int k = 0; k < hs.size(); k++) {
            Hit h = hs.get(k);
            if (type.isInstance(h.word()) && h.last() <= limit[i]) {
                return h;
            }
        }
        return null;
    }

    private boolean hitAnywhere(int q, Class<? extends TimeWord> type) {
        return q >= 0 && q < tokens.size() && hit(q, q, type) != null;
    }

    private Hit cue(int i, int q, String cls) {
        if (!ok(i, q)) {
            return null;
        }
        List<Hit> hs = hits.get(q);
        for (int k = 0; k < hs.size(); k++) {
            Hit h = hs.get(k);
            if (h.word() instanceof TimeWord.Cue c && c.cls().equals(cls) && h.last() <= limit[i]) {
                return h;
            }
        }
        return null;
    }

    private boolean cueAnywhere(int q, String cls) {
        return q >= 0 && q < tokens.size() && cue(q, q, cls) != null;
    }

    private boolean punct(int q, String s) {
        return q >= 0 && q < tokens.size() && tokens.get(q).kind() == Token.Kind.PUNCT && tokens.get(q).norm().equals(s);
    }

    private boolean isWord(int q) {
        return tokens.get(q).kind() == Token.Kind.WORD;
    }

    private String norm(int q) {
        return tokens.get(q).norm();
    }
}
