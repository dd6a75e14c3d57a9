package org.marsad.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerSpanTest {
    @Test
    void readsBioLikeConlleval() {
        assertEquals(List.of(new NerSpan(0, 2, "PERS"), new NerSpan(3, 4, "LOC"), new NerSpan(4, 6, "LOC")),
                NerSpan.fromBio(List.of("B-PERS", "I-PERS", "O", "I-LOC", "B-LOC", "I-LOC")));
    }

    @Test
    void entityAtTheEndIsClosed() {
        assertEquals(List.of(new NerSpan(1, 3, "ORG")), NerSpan.fromBio(List.of("O", "B-ORG", "I-ORG")));
    }

    @Test
    void toBioInvertsFromBio() {
        List<String> tags = List.of("B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-LOC", "O");
        assertEquals(tags, NerSpan.toBio(NerSpan.fromBio(tags), tags.size()));
    }
}
