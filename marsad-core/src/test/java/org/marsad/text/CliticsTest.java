package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link Clitics}. */
class CliticsTest {
    private static List<String> stems(String w) {
        return Clitics.stems(ArabicNormalizer.fold(w));
    }

    @Test
    void articleIsRemovedWhenTwoLettersRemain() {
        assertEquals("حسكه", stems("الحسكة").get(0));
        assertEquals(List.of("ال"), Clitics.stems("ال"));
    }

    @Test
    void conjunctionIsRemoved() {
        assertTrue(stems("والعراقية").contains("عراقيه"));
        assertTrue(stems("فقال").contains("قال"));
    }

    @Test
    void prepositionIsRemoved() {
        assertTrue(stems("بالهرب").contains("هرب"));
        assertTrue(stems("لقوات").contains("قوات"));
        assertTrue(stems("كالعادة").contains("عاده"));
    }

    @Test
    void lamBeforeArticleDropsTheAlef() {
        assertTrue(stems("للسجن").contains("سجن"));
    }

    @Test
    void shortWordsKeepTheirLetters() {
        assertEquals(List.of("بل"), stems("بل"));
        assertEquals(List.of("ولي"), stems("ولي"));
    }

    @Test
    void firstStemIsTheWordWithoutItsArticleOnly() {
        assertEquals("بغداد", stems("بغداد").get(0));
        assertTrue(stems("ببغداد").contains("بغداد"));
    }

    @Test
    void pronounSuffixIsRemovedForBases() {
        assertTrue(Clitics.bases(stems("بعدوانه")).contains("عدوان"));
        assertTrue(Clitics.bases(stems("هجمهن")).contains("هجم"));
        assertTrue(Clitics.bases(stems("عناصرهم")).contains("عناصر"));
    }

    @Test
    void tehLeftBySuffixRemovalIsReadAsTehMarbuta() {
        assertTrue(Clitics.bases(stems("حراسته")).contains("حراسه"));
    }
}
