package org.marsad.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

class ArabicNerFeaturesTest {
    private static final Gazetteer LISTS = new Gazetteer(List.of(
            new Gazetteer.Entry("TITLE", -1, "المتحدث باسم"),
            new Gazetteer.Entry("PERS", 3, "جورج بوش"),
            new Gazetteer.Entry("LOC", -1, "بغداد")));

    /** Features of token {@code index}; tokens are normalized first, as the pipeline's are. */
    private static List<String> features(String[] tokens, int index, Set<String> off) {
        String[] norms = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            norms[i] = ArabicNormalizer.fold(tokens[i]);
        }
        List<String> f = new ArrayList<>();
        new ArabicNerFeatures(LISTS, 2, off).createFeatures(f, norms, index);
        return f;
    }

    private static final String[] SENTENCE = {"وقال", "المتحدث", "باسم", "الحكومة", "في", "وبغداد", "."};

    @Test
    void wordFeaturesUseNormalizedAndCliticStrippedForms() {
        List<String> f = features(SENTENCE, 5, Set.of());
        assertTrue(f.contains("w=وبغداد"), f.toString());
        assertTrue(f.contains("s=بغداد"), "every candidate stem: " + f);
        assertTrue(f.contains("s=غداد"), f.toString());
        assertTrue(f.contains("c=وب"), "clitics up to the last candidate: " + f);
        assertTrue(f.contains("sh=A"), f.toString());
    }

    @Test
    void articleAndProcliticsAreStrippedForTheStem() {
        List<String> f = features(new String[] {"وبالحكومة"}, 0, Set.of());
        assertTrue(f.contains("s=حكومه"), f.toString());
        assertTrue(f.contains("c=وبال"), f.toString());
    }

    @Test
    void affixesComeFromTheStem() {
        List<String> f = features(SENTENCE, 3, Set.of());
        assertTrue(f.contains("p2=حك"), f.toString());
        assertTrue(f.contains("x1=ه"), f.toString()); // teh marbuta folded to heh
        assertTrue(f.contains("x3=ومه"), f.toString());
        assertTrue(f.contains("p3=حكو"), f.toString());
    }

    @Test
    void windowSeesTwoTokensEachSideAndSentenceEdges() {
        List<String> f = features(SENTENCE, 0, Set.of());
        assertTrue(f.contains("w[-1]=" + ArabicNerFeatures.START), f.toString());
        assertTrue(f.contains("w[2]=باسم"), f.toString());
        assertTrue(f.contains("bos"), f.toString());
        List<String> last = features(SENTENCE, 6, Set.of());
        assertTrue(last.contains("w[1]=" + ArabicNerFeatures.END), last.toString());
        assertTrue(last.contains("sh=."), last.toString());
    }

    @Test
    void gazetteerLabelsReachNeighbours() {
        List<String> f = features(SENTENCE, 3, Set.of());
        assertTrue(f.contains("g[-2]=B-TITLE"), f.toString());
        assertTrue(f.contains("g[-1]=I-TITLE"), f.toString());
        List<String> atPlace = features(SENTENCE, 5, Set.of());
        assertTrue(atPlace.contains("g[0]=B-LOC"), "clitic «و» does not block the match: " + atPlace);
        assertTrue(atPlace.contains("gsh=B-LOC|A"), atPlace.toString());
    }

    @Test
    void groupsCanBeSwitchedOff() {
        List<String> f = features(SENTENCE, 3, Set.of("gazetteer", "window", "affix"));
        assertFalse(f.stream().anyMatch(x -> x.startsWith("g[") || x.startsWith("w[") || x.startsWith("p2=")), f.toString());
        assertTrue(f.contains("w=الحكومه"), f.toString());
        assertTrue(f.contains("k=حكومه"), f.toString());
    }

    @Test
    void previousDecisionFeatures() {
        ArabicNerFeatures g = new ArabicNerFeatures(LISTS, 2, Set.of());
        List<String> f = new ArrayList<>();
        g.createFeatures(f, new String[] {"قال", "جورج", "بوش"}, 2);
        f.clear();
        g.addPrevious(f, 2, "PERS-start");
        assertEquals(List.of("po=PERS-start", "pos=PERS-start|بوش", "posh=PERS-start|A"), f);
    }

    @Test
    void shapes() {
        assertEquals("A", WordAnalysis.shape("بغداد"));
        assertEquals("L", WordAnalysis.shape("bbc"));
        assertEquals("M", WordAnalysis.shape("bbcعربي"));
        assertEquals("D4", WordAnalysis.shape("2019"));
        assertEquals("D+", WordAnalysis.shape("123456"));
        assertEquals("N", WordAnalysis.shape("3.5"));
        assertEquals("«", WordAnalysis.shape("«"));
    }
}
