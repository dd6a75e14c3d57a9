package org.marsad.recognize.time;

import org.marsad.document.DatePrecision;
import org.marsad.recognize.time.TimeSpec.Calendar;
import org.marsad.recognize.time.TimeSpec.Direction;
import org.marsad.recognize.time.TimeSpec.Part;
import org.marsad.recognize.time.TimeSpec.Unit;

/** What an entry of the time lexicon stands for; one record per word class. Immutable. */
sealed interface TimeWord {
    /** A month name; {@code needsCue} for names with another common meaning («مارس»، «آب»). */
    record Month(Calendar calendar, int number, boolean needsCue) implements TimeWord {
    }

    record Weekday(int isoDay) implements TimeWord {
    }

    record RelativeDay(int from, int to, DatePrecision precision) implements TimeWord {
    }

    /** A part of the day before a day expression («ليل»، «فجر») or an adverb after it («مساءً»). */
    record DayPart(boolean before) implements TimeWord {
    }

    record MonthPart(Part part) implements TimeWord {
    }

    record UnitWord(Unit unit, int count) implements TimeWord {
    }

    record DirectionWord(Direction direction) implements TimeWord {
    }

    record Feast(Calendar calendar, int month, int day, int length) implements TimeWord {
    }

    record FeastDay(int which) implements TimeWord {
    }

    /** A season; {@code definite} names it alone («الصيف»), otherwise it needs a year («صيف 2014»). */
    record Season(int startMonth, int startDay, int endMonth, int endDay) implements TimeWord {
    }

    record Era(Calendar calendar) implements TimeWord {
    }

    /** A member of a small closed class (see {@code time/cues.txt}). */
    record Cue(String cls) implements TimeWord {
    }
}
