package org.marsad.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordClustersTest {
    private static final String[] PEOPLE = {"سمير", "كريم", "نبيل", "وليد"};
    private static final String[] PLACES = {"حمص", "درعا", "ادلب", "حماه"};

    /** Sentences where the people and the places each stand in their own contexts. */
    private static List<String[]> text(int n, long seed) {
        Random r = new Random(seed);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new String[] {"قال", PEOPLE[r.nextInt(4)], "ان", "الجيش", "دخل", PLACES[r.nextInt(4)], "."});
        }
        return out;
    }

    @Test
    void wordsUsedAlikeShareAClass() {
        WordClusters c = WordClusters.build(text(200, 1), new int[] {3, 6}, 2, 20, null);
        for (int level = 0; level < 2; level++) {
            for (String p : PEOPLE) {
                assertEquals(c.of(PEOPLE[0])[level], c.of(p)[level], p);
            }
            for (String p : PLACES) {
                assertEquals(c.of(PLACES[0])[level], c.of(p)[level], p);
            }
            assertNotEquals(c.of(PEOPLE[0])[level], c.of(PLACES[0])[level]);
        }
        assertEquals(WordClusters.NONE, c.of("غائب")[0]);
    }

    @Test
    void deterministicAndReadBackAsWritten() throws Exception {
        WordClusters a = WordClusters.build(text(100, 2), new int[] {4}, 1, 10, null);
        WordClusters b = WordClusters.build(text(100, 2), new int[] {4}, 1, 10, null);
        ByteArrayOutputStream x = new ByteArrayOutputStream();
        a.writeText(x);
        ByteArrayOutputStream y = new ByteArrayOutputStream();
        b.writeText(y);
        assertArrayEquals(x.toByteArray(), y.toByteArray());
        WordClusters back = WordClusters.readText(new ByteArrayInputStream(x.toByteArray()), "test");
        assertArrayEquals(a.sizes(), back.sizes());
        assertEquals(a.words(), back.words());
        for (String w : PEOPLE) {
            assertArrayEquals(a.of(w), back.of(w));
        }
    }

    @Test
    void aModelKeepsItsClasses() throws Exception {
        List<LabeledSentence> data = NerTrainerTest.corpus(60, 3);
        List<String[]> words = new ArrayList<>();
        for (LabeledSentence s : data) {
            words.add(WordClusters.words(s.tokens()));
        }
        WordClusters c = WordClusters.build(words, new int[] {4, 8}, 1, 10, null);
        NerModel m = NerTrainer.train(data, NerTrainer.Options.defaults().withIterations(5).withFolds(3, 7).withClusters(c),
                Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        NerModel back = NerModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(c.words(), back.clusters().words());
        for (LabeledSentence s : NerTrainerTest.corpus(10, 4)) {
            assertEquals(m.tagCorpusTokens(s.tokens()), back.tagCorpusTokens(s.tokens()));
        }
        assertTrue(m.setting("training.options").contains("clusters=[4, 8]"), m.setting("training.options"));
    }

    @Test
    void aCutoffLeavesRareFeaturesOut() {
        List<LabeledSentence> data = NerTrainerTest.corpus(60, 5);
        NerTrainer.Options o = NerTrainer.Options.defaults().withIterations(5).withFolds(3, 7);
        NerModel all = NerTrainer.train(data, o);
        NerModel common = NerTrainer.train(data, o.withCutoff(40));
        assertTrue(common.featureCount() < all.featureCount(), common.featureCount() + " vs " + all.featureCount());
    }
}
