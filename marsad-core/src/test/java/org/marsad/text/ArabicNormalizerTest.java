package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.marsad.document.NormalizedText;
import org.junit.jupiter.api.Test;

/** One test per normalization rule of {@link ArabicNormalizer}. */
class ArabicNormalizerTest {
    private static String fold(String s) {
        return ArabicNormalizer.fold(s);
    }

    @Test
    void alefVariantsBecomeBareAlef() {
        assertEquals("اردوغان", fold("أردوغان"));
        assertEquals("اسطنبول", fold("إسطنبول"));
        assertEquals("اثار", fold("آثار"));
        assertEquals("ابن", fold("ٱبن"));
    }

    @Test
    void alefMaksuraBecomesYeh() {
        assertEquals("علي", fold("على"));
        assertEquals("مستشفي", fold("مستشفى"));
    }

    @Test
    void tehMarbutaBecomesHeh() {
        assertEquals("الحسكه", fold("الحسكة"));
    }

    @Test
    void diacriticsAreRemoved() {
        assertEquals("عاديا", fold("عاديًّا"));
        assertEquals("سهل", fold("سهّل"));
        assertEquals("كبير", fold("كَبِيرٌ"));
    }

    @Test
    void tatweelIsRemoved() {
        assertEquals("داعش", fold("داعـــش"));
    }

    @Test
    void arabicIndicDigitsBecomeAscii() {
        assertEquals("19 اكتوبر 2019", fold("١٩ أكتوبر ٢٠١٩"));
        assertEquals("1441", fold("۱۴۴۱"));
        assertEquals("90%", fold("٩٠٪"));
        assertEquals("3.5", fold("٣٫٥"));
    }

    @Test
    void farsiLettersBecomeArabic() {
        assertEquals("كيلو", fold("کیلو"));
    }

    @Test
    void quotationMarksBecomeAsciiQuote() {
        assertEquals("\"داعش\"", fold("«داعش»"));
        assertEquals("\"x\"", fold("“x”"));
    }

    @Test
    void formatControlsAreRemoved() {
        assertEquals("ابc", fold("\u200Fاب\u200Ec\u200C"));
    }

    @Test
    void presentationFormsAreDecomposed() {
        assertEquals("لا", fold("\uFEFB"));
    }

    @Test
    void asciiLettersAreLowerCased() {
        assertEquals("f-16", fold("F-16"));
    }

    @Test
    void hamzaOnWawAndYehIsKept() {
        assertEquals("مسؤول", fold("مسؤول"));
        assertEquals("رئيس", fold("رئيس"));
    }

    @Test
    void offsetMapPointsBackIntoTheOriginal() {
        String original = "قـال «داعشٌ»";
        NormalizedText v = ArabicNormalizer.normalize(original);
        assertEquals("قال \"داعش\"", v.text());
        int i = v.text().indexOf("داعش");
        assertEquals(original.indexOf("داعش"), v.originalBegin(i));
        // the end of «داعش» in the view maps to just after ش in the original (before the tanwin)
        assertEquals(original.indexOf("ش") + 1, v.originalEnd(i + 4));
        assertEquals(original.length(), v.originalBegin(v.length()));
    }
}
