package org.marsad.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PieceAlignmentTest {
    @Test
    void tokensAreNormalizedAndSplitLikeThePipeline() {
        PieceAlignment a = PieceAlignment.of(List.of("(د", "ب", "أ)", "ألمانيا"));
        assertArrayEquals(new String[] {"(", "د", "ب", "ا", ")", "المانيا"}, a.pieces());
    }

    @Test
    void punctuationOutsideAnEntityIsNotPartOfIt() {
        PieceAlignment a = PieceAlignment.of(List.of("«ألمانيا»", "و"));
        assertEquals(List.of(new NerSpan(1, 2, "LOC")), a.pieceSpans(List.of("B-LOC", "O")));
    }

    @Test
    void punctuationInsideAnEntityStays() {
        PieceAlignment a = PieceAlignment.of(List.of("سي", "-", "ماكس"));
        assertEquals(List.of(new NerSpan(0, 3, "MISC")), a.pieceSpans(List.of("B-MISC", "I-MISC", "I-MISC")));
    }

    @Test
    void predictionsMapBackThroughTokenHeads() {
        PieceAlignment a = PieceAlignment.of(List.of("قال", "(جورج", "بوش)", "أمس"));
        // pieces: قال ( جورج بوش ) امس
        assertEquals(List.of("O", "B-PERS", "I-PERS", "O"), a.corpusTags(List.of(new NerSpan(2, 4, "PERS"))));
    }

    @Test
    void goldSurvivesTheRoundTrip() {
        List<String> tokens = List.of("وقال", "الرئيس", "«جورج", "بوش»", "في", "واشنطن.");
        List<String> tags = List.of("O", "O", "B-PERS", "I-PERS", "O", "B-LOC");
        PieceAlignment a = PieceAlignment.of(tokens);
        assertEquals(tags, a.corpusTags(a.pieceSpans(tags)));
    }
}
