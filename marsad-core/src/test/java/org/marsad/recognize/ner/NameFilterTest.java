package org.marsad.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.document.Token;
import org.marsad.ingest.LayoutStage;
import org.marsad.text.TextStage;

class NameFilterTest {
    private static final NameFilter FILTER = NameFilter.standard();

    private static List<Token> tokens(String text) {
        Document d = new TextStage().apply(LayoutStage.standard().apply(Document.of("t", text, Metadata.EMPTY)));
        return d.get(Layers.TOKENS);
    }

    /** Whether the filter keeps the words {@code from..to} of {@code text} as a LOCATION of confidence 10. */
    private static boolean keeps(String text, int from, int to) {
        return FILTER.keeps(tokens(text), from, to, EntityType.LOCATION, 10);
    }

    @Test
    void unknownForeignOrRareNamesAreKept() {
        assertTrue(keeps("باتجاه حام وبريتال ومعربون في البقاع", 2, 3));
        assertTrue(keeps("سجل رود فان نيستلروي هدفا", 1, 4));
    }

    @Test
    void rule1EntitiesBelowTheMinimumConfidenceGo() {
        List<Token> t = tokens("باتجاه بريتال");
        assertTrue(FILTER.withMinConfidence(5).keeps(t, 1, 2, EntityType.LOCATION, 6));
        assertFalse(FILTER.withMinConfidence(5).keeps(t, 1, 2, EntityType.LOCATION, 4));
    }

    @Test
    void rule2KnownNamesAndTheirPartsAreLeftToTheDictionaries() {
        assertFalse(keeps("وصل إلى الحسكة أمس", 2, 3), "a gazetteer place, whatever type the model gave it");
        assertFalse(keeps("قالت قوات سوريا الديمقراطية", 1, 4), "an actor's name");
        assertFalse(keeps("قالت قوات سوريا الديمقراطية", 2, 4), "inside an actor's name");
        assertFalse(keeps("قالت قوات سوريا الديمقراطية", 0, 3), "crossing an actor's name");
    }

    @Test
    void rule3MonthsWeekdaysAndTriggersAreNoNames() {
        assertFalse(keeps("في أيار الماضي", 1, 2));
        assertFalse(keeps("يوم الأحد", 1, 2));
        assertFalse(keeps("هجوم دام استهدف القرية", 1, 3), "a trigger glued to a word");
    }

    @Test
    void rule4CommonWordsAloneAreNoNames() {
        assertFalse(keeps("دخلوا البلدة ليلا", 1, 2));
        assertFalse(keeps("في ليل أمس", 1, 2));
    }

    @Test
    void rule5OneWordWithTheArticleIsNoNewName() {
        assertFalse(keeps("في الشارع التجاري", 1, 2));
        assertFalse(keeps("وقال الأكراد", 1, 2));
        assertFalse(keeps("قرب والشوارع", 1, 2), "after a conjunction");
        assertTrue(NameFilter.hasArticle(tokens("للمدينة").get(0)));
        assertFalse(NameFilter.hasArticle(tokens("بريتال").get(0)));
    }

    @Test
    void rule6NisbaAdjectivesAndPeoplesAreNoNames() {
        assertFalse(keeps("مقاتلة كردية", 1, 2));
        assertFalse(keeps("قال سوريون", 1, 2));
        assertFalse(keeps("قال معارضون سوريون", 1, 3), "a plural nisba anywhere in the entity");
        assertTrue(NameFilter.isPluralNisba("سوريين"));
        assertFalse(NameFilter.isPluralNisba("حسين"), "a name ending in ين");
        assertFalse(NameFilter.isFeminineNisba("علي"), "a masculine ي ends too many names");
        assertTrue(keeps("قال مجدي", 1, 2));
    }

    @Test
    void rule7TooShortToBeAName() {
        assertFalse(keeps("قال اب", 1, 2));
    }

    @Test
    void rule8OneCueWordIsNoName() {
        assertFalse(keeps("في ريف", 1, 2));
        assertFalse(keeps("قالت منظمة", 1, 2));
    }

    @Test
    void rule9AHeadNounWithAdjectivesIsADescription() {
        assertFalse(keeps("صنفتها منظمة إرهابية", 1, 3));
        assertFalse(keeps("قالت المنظمة الدولية", 1, 3));
        assertTrue(keeps("قالت منظمة غرينبيس فرانس", 1, 4), "a name after the head noun");
    }

    @Test
    void rule10APersonDoesNotStartWithTheArticle() {
        List<Token> t = tokens("عبر الجيب التركي");
        assertFalse(FILTER.keeps(t, 1, 3, EntityType.PERSON, 10));
        assertTrue(FILTER.keeps(tokens("قال نواف العنزي"), 1, 3, EntityType.PERSON, 10));
    }

    @Test
    void procliticsBeforeGivenNamesKunyasAndOrganizationNouns() {
        EntityType org = EntityType.ORGANIZATION;
        assertEquals(1, FILTER.proclitic(tokens("ومحمد").get(0), org));
        assertEquals(1, FILTER.proclitic(tokens("وأبو").get(0), org));
        assertEquals(1, FILTER.proclitic(tokens("لمنظمة").get(0), org));
        assertEquals(1, FILTER.proclitic(tokens("وغانم").get(0), EntityType.PERSON), "a person's first word");
        assertEquals(0, FILTER.proclitic(tokens("وغانم").get(0), EntityType.LOCATION), "a place may start with waw");
        assertEquals(0, FILTER.proclitic(tokens("وليد").get(0), EntityType.PERSON), "a given name that starts with waw");
        assertEquals(0, FILTER.proclitic(tokens("بريتال").get(0), org));
    }
}
