package org.marsad.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConllFormatTest {
    @Test
    void blankLinesSeparateSentences() {
        List<LabeledSentence> s = ConllFormat.parse(List.of("\uFEFFفرانكفورت B-LOC", "(د O", "", "أعلن\tO", "اتحاد B-ORG"), "t");
        assertEquals(2, s.size());
        assertEquals(List.of("فرانكفورت", "(د"), s.get(0).tokens());
        assertEquals(List.of("O", "B-ORG"), s.get(1).tags());
        assertEquals("t:4", s.get(1).source());
    }

    @Test
    void typesAreFolded() {
        assertEquals(Optional.of("B-PERS"), ConllFormat.tag("B-PER"));
        assertEquals(Optional.of("I-LOC"), ConllFormat.tag("I-GPE"));
        assertEquals(Optional.of("B-MISC"), ConllFormat.tag("B-MIS2"));
        assertEquals(Optional.of("B-MISC"), ConllFormat.tag("B-MIS-1"));
        assertEquals(Optional.of("B-MISC"), ConllFormat.tag("B-MIS1`"));
        assertEquals(Optional.of("I-ORG"), ConllFormat.tag("I--ORG"));
        assertEquals(Optional.of("O"), ConllFormat.tag("B-DATE"));
        assertEquals(Optional.of("O"), ConllFormat.tag("OO"));
        assertEquals(Optional.empty(), ConllFormat.tag("PERSON"));
    }

    @Test
    void onlyTheFirstOfNestedTagsIsRead() {
        List<LabeledSentence> s = ConllFormat.parse(List.of("الأسد I-ORG B-PERS"), "t");
        assertEquals(List.of("I-ORG"), s.get(0).tags());
    }

    @Test
    void badLinesNameFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConllFormat.parse(List.of("a O", "b"), "corpus.txt"));
        assertTrue(e.getMessage().contains("corpus.txt:2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ConllFormat.parse(List.of("a X-Y"), "c.txt"));
        assertTrue(e.getMessage().contains("c.txt:1") && e.getMessage().contains("X-Y"), e.getMessage());
    }

    @Test
    void longRunsWithoutBlankLinesAreCutAfterPeriods() {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 450; i++) {
            lines.add((i == 420 ? "." : "كلمة") + " O");
        }
        List<LabeledSentence> s = ConllFormat.parse(lines, "t");
        assertEquals(2, s.size());
        assertEquals(421, s.get(0).size());
    }
}
