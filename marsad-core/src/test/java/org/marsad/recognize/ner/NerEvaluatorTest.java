package org.marsad.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerEvaluatorTest {
    private static NerScores score(List<String> gold, List<String> predicted) {
        NerEvaluator ev = new NerEvaluator();
        ev.add(gold, predicted);
        return ev.scores();
    }

    @Test
    void exactMatchIsCorrect() {
        NerScores s = score(List.of("B-PERS", "I-PERS", "O", "B-LOC"), List.of("B-PERS", "I-PERS", "O", "B-LOC"));
        assertEquals(new NerScores.Counts(2, 0, 0), s.micro());
        assertEquals(1.0, s.micro().f1());
    }

    @Test
    void partialMatchCountsAsOneFalsePositiveAndOneFalseNegative() {
        NerScores s = score(List.of("B-PERS", "I-PERS", "I-PERS"), List.of("B-PERS", "I-PERS", "O"));
        assertEquals(new NerScores.Counts(0, 1, 1), s.micro());
        assertEquals(0.0, s.micro().f1());
    }

    @Test
    void wrongTypeIsWrong() {
        NerScores s = score(List.of("B-ORG", "I-ORG"), List.of("B-LOC", "I-LOC"));
        assertEquals(new NerScores.Counts(0, 0, 1), s.perType().get("ORG"));
        assertEquals(new NerScores.Counts(0, 1, 0), s.perType().get("LOC"));
    }

    @Test
    void insideAfterOutsideStartsAnEntity() {
        // conlleval reads "O I-LOC" as an entity starting at the I- tag
        NerScores s = score(List.of("O", "B-LOC", "I-LOC"), List.of("O", "I-LOC", "I-LOC"));
        assertEquals(new NerScores.Counts(1, 0, 0), s.micro());
    }

    @Test
    void insideAfterAnotherTypeStartsAnEntity() {
        NerScores s = score(List.of("B-PERS", "B-LOC"), List.of("B-PERS", "I-LOC"));
        assertEquals(new NerScores.Counts(2, 0, 0), s.micro());
    }

    @Test
    void beginAfterBeginSplitsEntities() {
        NerScores s = score(List.of("B-PERS", "I-PERS"), List.of("B-PERS", "B-PERS"));
        assertEquals(new NerScores.Counts(0, 2, 1), s.micro());
    }

    @Test
    void microAveragesCountsNotScores() {
        NerEvaluator ev = new NerEvaluator();
        ev.add(List.of("B-PERS", "O", "B-LOC", "O", "B-LOC"), List.of("B-PERS", "O", "B-LOC", "B-ORG", "O"));
        NerScores s = ev.scores();
        assertEquals(new NerScores.Counts(2, 1, 1), s.micro());
        assertEquals(2.0 / 3, s.micro().precision(), 1e-12);
        assertEquals(2.0 / 3, s.micro().recall(), 1e-12);
        assertEquals(0.5, s.perType().get("LOC").recall(), 1e-12);
        assertEquals(0.0, s.perType().get("ORG").precision(), 1e-12);
        assertEquals(5, s.tokens());
        assertEquals(1, s.sentences());
    }

    @Test
    void emptyScoresAreZeroNotNaN() {
        NerScores s = score(List.of("O"), List.of("O"));
        assertEquals(0.0, s.micro().f1());
        assertEquals(0.0, s.micro().precision());
    }

    @Test
    void lengthsMustAgree() {
        NerEvaluator ev = new NerEvaluator();
        assertThrows(IllegalArgumentException.class, () -> ev.add(List.of("O"), List.of("O", "O")));
    }
}
