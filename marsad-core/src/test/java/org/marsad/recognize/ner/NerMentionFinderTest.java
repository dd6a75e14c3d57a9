package org.marsad.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Metadata;
import org.marsad.document.Token;
import org.marsad.ingest.LayoutStage;
import org.marsad.text.TextStage;

class NerMentionFinderTest {
    /** A small model trained on synthetic news sentences (see {@link NerTrainerTest#corpus}). */
    private static final NerModel MODEL = NerTrainer.train(NerTrainerTest.corpus(80, 5),
            NerTrainer.Options.defaults().withIterations(10).withFolds(3, 1), Map.of());
    private static final NerMentionFinder FINDER = new NerMentionFinder(MODEL, EnumSet.allOf(EntityType.class));

    private static Document prepare(String text) {
        Document d = Document.of("t", text, Metadata.EMPTY);
        return new TextStage().apply(LayoutStage.standard().apply(d));
    }

    @Test
    void mentionsPointIntoTheOriginalText() {
        String text = "وقال الرئيسُ جورج بوش في بغداد إن الأمم المتحدة ستعقد اجتماعا.\n\nوأضاف أن جورج بوش في دمشق...";
        Document doc = prepare(text);
        List<Mention> found = FINDER.find(doc);
        assertTrue(found.stream().anyMatch(m -> m.text().equals("جورج بوش") && m.type() == EntityType.PERSON), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.text().equals("بغداد") && m.type() == EntityType.LOCATION), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.text().equals("الأمم المتحدة") && m.type() == EntityType.ORGANIZATION),
                found.toString());
        for (Mention m : found) {
            assertEquals(text.substring(m.begin(), m.end()), m.text());
            assertEquals(NerMentionFinder.ORIGIN, m.origin());
            assertTrue(m.canonical().isEmpty() && m.ref().isEmpty());
        }
    }

    @Test
    void typesOutsideTheSetAreNotEmitted() {
        NerMentionFinder onlyPlaces = new NerMentionFinder(MODEL, EnumSet.of(EntityType.LOCATION));
        List<Mention> found = onlyPlaces.find(prepare("وقال الرئيس جورج بوش في بغداد إن الأمم المتحدة ستعقد اجتماعا."));
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(m -> m.type() == EntityType.LOCATION), found.toString());
    }

    private static final String[] WORDS = {"وقال", "الرئيس", "جورج", "بوش", "في", "بغداد", "إن", "الأمم", "المتحدة",
        "«", "»", ".", "،", "(", ")", "دمشق", "مظلوم", "عبدي", "ستعقد", "اجتماعا", "\n\n", "2019", "ـ", "َ", "!"};

    @Test
    void aLigatureThatExpandsIntoWordsMakesNoEmptyMention() {
        check(FINDER, 1, "\uFDFA", -1L); // «ﷺ»: the sample jqwik once shrank a failure to
        check(FINDER, 15, "\uFDFA\u12ED\u8023", -400L);
    }

    @Test
    void aMentionMayBeginAfterAStrippedProclitic() {
        check(FINDER, 5, "\u0628", 154L); // «بالمتحدةب»: the sample jqwik shrank a failure to
    }

    @Property(tries = 200)
    void offsetsStayInsideTheTextAndInsideSentences(@ForAll @IntRange(min = 0, max = 60) int length,
                                                    @ForAll @StringLength(max = 3) String noise,
                                                    @ForAll long seed) {
        check(FINDER, length, noise, seed);
    }

    @Property(tries = 100)
    void theShippedModelKeepsOffsetsInsideTheText(@ForAll @IntRange(min = 0, max = 60) int length,
                                                  @ForAll @StringLength(max = 3) String noise,
                                                  @ForAll long seed) {
        check(NerMentionFinder.standard(), length, noise, seed);
    }

    @Test
    void theShippedModelFindsNamesAndLeavesMiscOut() {
        List<Mention> found = NerMentionFinder.unfiltered().find(prepare(
                "وقال الرئيس السوري بشار الأسد في دمشق إن الجيش سيواصل عملياته بالدولار."));
        assertTrue(found.stream().anyMatch(m -> m.text().equals("بشار الأسد") && m.type() == EntityType.PERSON), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.text().equals("دمشق") && m.type() == EntityType.LOCATION), found.toString());
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.MISC), found.toString());
    }

    @Test
    void thePipelinesFinderLeavesKnownNamesToTheDictionariesAndAddsUnknownOnes() {
        Document doc = prepare("وقال الرئيس السوري بشار الأسد في دمشق إن الجيش سيواصل عملياته.\n\n"
                + "وقال وزير الداخلية الفرنسي برنار كازنوف إن الشرطة اعتقلت مشتبها به.");
        List<Mention> raw = NerMentionFinder.unfiltered().find(doc);
        List<Mention> kept = NerMentionFinder.standard().find(doc);
        assertTrue(raw.stream().anyMatch(m -> m.text().equals("بشار الأسد")), raw.toString());
        assertTrue(kept.stream().noneMatch(m -> m.text().equals("بشار الأسد") || m.text().equals("دمشق")), kept.toString());
        assertTrue(kept.stream().anyMatch(m -> m.text().equals("برنار كازنوف") && m.type() == EntityType.PERSON), kept.toString());
    }

    @Test
    void aConjunctionBeforeAGivenNameIsLeftOut() {
        List<Mention> kept = NerMentionFinder.standard().find(prepare("التقى الوفد فرانسوا مولان وغانم المطيري وسراج الدين حقاني أمس."));
        assertTrue(kept.stream().anyMatch(m -> m.text().equals("غانم المطيري")), kept.toString());
        assertTrue(kept.stream().noneMatch(m -> m.text().startsWith("و")), kept.toString());
    }

    @Test
    void procliticsBeforeTheArticleAreLeftOutOfTheMention() {
        String text = "والعراق وبالموصل بالي بغداد وَالْعراق للأمم";
        Document doc = prepare(text);
        List<Token> t = doc.get(Layers.TOKENS);
        assertEquals(1, NerMentionFinder.procliticLength(text, t.get(0)));
        assertEquals(2, NerMentionFinder.procliticLength(text, t.get(1)));
        assertEquals(0, NerMentionFinder.procliticLength(text, t.get(2)), "«بالي» would leave three letters");
        assertEquals(0, NerMentionFinder.procliticLength(text, t.get(3)), "no article");
        assertEquals(2, NerMentionFinder.procliticLength(text, t.get(4)), "a diacritic after the conjunction");
        assertEquals(0, NerMentionFinder.procliticLength(text, t.get(5)), "«لل» has lost the article's alef");
    }

    private static void check(NerMentionFinder finder, int length, String noise, long seed) {
        java.util.Random r = new java.util.Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(WORDS[r.nextInt(WORDS.length)]);
            b.append(r.nextInt(5) == 0 ? noise : " ");
        }
        String text = b.toString();
        Document doc = prepare(text);
        List<Mention> found = finder.find(doc);
        for (Mention m : found) {
            assertTrue(0 <= m.begin() && m.begin() < m.end() && m.end() <= text.length(), m.toString());
            assertEquals(text.substring(m.begin(), m.end()), m.text());
            assertTrue(doc.get(Layers.SENTENCES).stream().anyMatch(s -> s.contains(m)), "mention inside a sentence: " + m);
            // the mention may begin after a proclitic the finder strips («بالمتحدة» → «المتحدة»), inside its token
            Token first = doc.get(Layers.TOKENS).stream().filter(t -> t.begin() <= m.begin() && m.begin() < t.end())
                    .findFirst().orElseThrow();
            Token last = doc.get(Layers.TOKENS).stream().filter(t -> t.end() == m.end()).findFirst().orElseThrow();
            assertTrue(first.kind() != Token.Kind.PUNCT && last.kind() != Token.Kind.PUNCT, "no punctuation at the edges: " + m);
        }
    }
}
