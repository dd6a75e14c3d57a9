package org.marsad.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NerTrainerTest {
    private static final String[] PEOPLE = {"جورج بوش", "محمد علي", "فلاديمير بوتين", "أنجيلا ميركل", "حسن روحاني", "مظلوم عبدي"};
    private static final String[] PLACES = {"بغداد", "دمشق", "الحسكة", "الموصل", "طهران", "برلين"};
    private static final String[] ORGS = {"الأمم المتحدة", "حلف الناتو", "قوات سوريا الديمقراطية"};

    /** A small corpus of news-like sentences: "قال الرئيس PERSON في PLACE إن ORG ..." */
    static List<LabeledSentence> corpus(int n, long seed) {
        Random r = new Random(seed);
        List<LabeledSentence> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> tokens = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            add(tokens, tags, "وقال الرئيس", "O");
            add(tokens, tags, PEOPLE[r.nextInt(PEOPLE.length)], "PERS");
            add(tokens, tags, "في", "O");
            add(tokens, tags, PLACES[r.nextInt(PLACES.length)], "LOC");
            add(tokens, tags, "إن", "O");
            add(tokens, tags, ORGS[r.nextInt(ORGS.length)], "ORG");
            add(tokens, tags, "ستعقد اجتماعا .", "O");
            out.add(new LabeledSentence(tokens, tags, "synthetic:" + i));
        }
        return out;
    }

    private static void add(List<String> tokens, List<String> tags, String words, String type) {
        String[] w = words.split(" ");
        for (int i = 0; i < w.length; i++) {
            tokens.add(w[i]);
            tags.add(type.equals("O") ? "O" : (i == 0 ? "B-" : "I-") + type);
        }
    }

    private static NerTrainer.Options options() {
        return NerTrainer.Options.defaults().withIterations(10).withFolds(3, 7)
                .withLists(ReferenceLists.builtIn());
    }

    private static byte[] bytes(NerModel m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void sameDataAndSeedGiveTheSameModelBytes() throws Exception {
        List<LabeledSentence> data = corpus(60, 1);
        byte[] a = bytes(NerTrainer.train(data, options(), Map.of("command", "test")));
        byte[] b = bytes(NerTrainer.train(data, options(), Map.of("command", "test")));
        assertArrayEquals(a, b);
    }

    @Test
    void learnsTheCorpusAndSurvivesARoundTrip() throws Exception {
        NerModel m = NerTrainer.train(corpus(80, 2), options(), Map.of("command", "marsad train-ner --test"));
        List<LabeledSentence> unseen = corpus(20, 99);
        NerEvaluator ev = new NerEvaluator();
        for (LabeledSentence s : unseen) {
            ev.add(s.tags(), m.tagCorpusTokens(s.tokens()));
        }
        assertTrue(ev.scores().micro().f1() > 0.95, ev.scores().table());
        NerModel back = NerModel.read(new ByteArrayInputStream(bytes(m)));
        for (LabeledSentence s : unseen) {
            assertEquals(m.tagCorpusTokens(s.tokens()), back.tagCorpusTokens(s.tokens()));
        }
        assertEquals("marsad train-ner --test", back.setting("training.command"));
        assertEquals("0.0", back.setting(NerModel.OTHER_BIAS));
    }

    @Test
    void oneModelTagsFromManyThreadsAtOnce() throws Exception {
        NerModel m = NerTrainer.train(corpus(60, 4), options(), Map.of());
        List<LabeledSentence> data = corpus(200, 8);
        List<List<String>> expected = data.stream().map(s -> m.tagCorpusTokens(s.tokens())).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<List<String>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> data.stream().map(s -> m.tagCorpusTokens(s.tokens())).toList()));
            }
            for (java.util.concurrent.Future<List<List<String>>> r : runs) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void foldsAreDealtInBlocks() {
        int[] f = NerTrainer.folds(230, 4, 3);
        for (int i = 0; i < f.length; i++) {
            assertEquals(f[i / NerTrainer.BLOCK * NerTrainer.BLOCK], f[i], "one fold per block");
        }
        assertEquals(4, java.util.Arrays.stream(f).distinct().count());
        assertArrayEquals(f, NerTrainer.folds(230, 4, 3));
    }

    @Test
    void entitiesCarryAPositiveConfidence() {
        NerModel m = NerTrainer.train(corpus(60, 5), options(), Map.of());
        String[] sentence = NerModel.normalizedPieces(List.of("وقال", "الرئيس", "جورج", "بوش", "في", "بغداد", "."));
        List<NerSpan> found = m.tag(sentence);
        assertTrue(!found.isEmpty(), found.toString());
        for (NerSpan e : found) {
            assertTrue(e.confidence() > 0 && Double.isFinite(e.confidence()), e.toString());
        }
    }

    @Test
    void wordsSeenOutsideNamesAreListedPerFold() {
        List<LabeledSentence> data = List.of(new LabeledSentence(List.of("وقال", "بوش"), List.of("O", "B-PERS"), "t:1"));
        Gazetteer g = NerTrainer.gazetteer(data, new int[] {4}, List.of(), true);
        assertTrue(g.entries().contains(new Gazetteer.Entry(NerTrainer.SEEN, 4, "قال")), g.entries().toString());
        assertTrue(g.entries().contains(new Gazetteer.Entry("PERS", 4, "بوش")), g.entries().toString());
        assertTrue(NerTrainer.gazetteer(data, new int[] {4}, List.of(), false).entries().stream()
                .noneMatch(e -> e.type().equals(NerTrainer.SEEN)));
    }

    @Test
    void anEnsembleAveragesRunsAndIsDeterministic() throws Exception {
        List<LabeledSentence> data = corpus(60, 1);
        NerTrainer.Options two = options().withEnsemble(2);
        byte[] a = bytes(NerTrainer.train(data, two, Map.of()));
        assertArrayEquals(a, bytes(NerTrainer.train(data, two, Map.of())));
        NerModel m = NerModel.read(new ByteArrayInputStream(a));
        NerEvaluator ev = new NerEvaluator();
        for (LabeledSentence s : corpus(20, 99)) {
            ev.add(s.tags(), m.tagCorpusTokens(s.tokens()));
        }
        assertTrue(ev.scores().micro().f1() > 0.95, ev.scores().table());
    }

    @Test
    void projectListsCoverPlacesActorsAndTimeWords() {
        java.util.Set<String> types = new java.util.HashSet<>();
        ReferenceLists.project().forEach(e -> types.add(e.type()));
        assertTrue(types.containsAll(List.of("PL_COUNTRY", "PL_CITY", "AC_PERSON", "AC_ORG", "GIVEN", "MONTH", "WEEKDAY", "COMMON")),
                types.toString());
        List<Gazetteer.Entry> x = ReferenceLists.fromCorpus(List.of(
                new LabeledSentence(List.of("زار", "جورج", "بوش", "بغداد"), List.of("O", "B-PERS", "I-PERS", "B-LOC"), "t:1")));
        assertTrue(x.contains(new Gazetteer.Entry("X_PERS", -1, "جورج بوش")), x.toString());
        assertTrue(x.contains(new Gazetteer.Entry("X_O", -1, "زار")), x.toString());
    }
}
