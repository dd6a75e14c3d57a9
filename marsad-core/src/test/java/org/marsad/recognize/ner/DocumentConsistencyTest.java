package org.marsad.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {
    private static String[] s(String text) {
        return text.split(" ");
    }

    @Test
    void anUntaggedRepeatOfANameIsTagged() {
        List<String[]> doc = List.of(s("اعلنت شركه مايكروسوفت ."), s("وقالت مايكروسوفت انها ."));
        List<List<NerSpan>> out = DocumentConsistency.apply(doc, List.of(List.of(new NerSpan(2, 3, "ORG")), List.of()));
        assertEquals(List.of(new NerSpan(1, 2, "ORG")), out.get(1), "«وقالت» is no name, «مايكروسوفت» is");
    }

    @Test
    void cliticsDoNotHideARepeat() {
        List<String[]> doc = List.of(s("زار اوبرا وينفري المدينه"), s("وقال لاوبرا وينفري ."));
        List<List<NerSpan>> out = DocumentConsistency.apply(doc, List.of(List.of(new NerSpan(1, 3, "PERS")), List.of()));
        assertEquals(List.of(new NerSpan(1, 3, "PERS")), out.get(1));
    }

    @Test
    void aPartOfANameAloneIsNotTagged() {
        List<String[]> doc = List.of(s("قال الرئيس جورج بوش ."), s("واضاف بوش ان ."));
        List<List<NerSpan>> out = DocumentConsistency.apply(doc, List.of(List.of(new NerSpan(2, 4, "PERS")), List.of()));
        assertEquals(List.of(), out.get(1));
    }


    @Test
    void theMajorityTypeWins() {
        List<String[]> doc = List.of(s("في لبنان"), s("الى لبنان"), s("من لبنان"));
        List<List<NerSpan>> tagged = List.of(List.of(new NerSpan(1, 2, "LOC")), List.of(new NerSpan(1, 2, "LOC")),
                List.of(new NerSpan(1, 2, "ORG")));
        List<List<NerSpan>> out = DocumentConsistency.apply(doc, tagged);
        assertEquals(List.of(new NerSpan(1, 2, "LOC")), out.get(2));
    }

    @Test
    void aRepeatNextToAnotherEntityIsLeftAlone() {
        List<String[]> doc = List.of(s("زار بوش ."), s("زار جورج بوش ."));
        List<List<NerSpan>> out = DocumentConsistency.apply(doc,
                List.of(List.of(new NerSpan(1, 2, "PERS")), List.of(new NerSpan(1, 2, "PERS"))));
        assertEquals(List.of(new NerSpan(1, 2, "PERS")), out.get(1), "«بوش» touches «جورج»: no second entity");
    }

    @Test
    void aRepeatTakesTheHighestConfidenceOfItsTaggedMentions() {
        List<String[]> doc = List.of(s("اعلنت مايكروسوفت ."), s("قالت مايكروسوفت ."), s("ان مايكروسوفت ستعلن"));
        List<List<NerSpan>> out = DocumentConsistency.apply(doc, List.of(List.of(new NerSpan(1, 2, "ORG", 40)),
                List.of(new NerSpan(1, 2, "ORG", 90)), List.of()));
        assertEquals(List.of(new NerSpan(1, 2, "ORG", 90)), out.get(2));
        assertEquals(40, out.get(0).get(0).confidence(), "a tagged mention keeps its own");
    }
}
