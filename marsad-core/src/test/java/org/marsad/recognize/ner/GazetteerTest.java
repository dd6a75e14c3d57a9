package org.marsad.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.document.Token;

class GazetteerTest {
    private static List<List<String>> labels(Gazetteer g, String... sentence) {
        List<Token> tokens = new ArrayList<>();
        for (String s : sentence) {
            tokens.add(WordAnalysis.of(s).token());
        }
        return g.labels(sentence, tokens);
    }

    @Test
    void phrasesMatchThroughClitics() {
        Gazetteer g = new Gazetteer(List.of(new Gazetteer.Entry("ORG", 2, "الأمم المتحدة")));
        assertEquals(List.of(List.of(), List.of("B-ORG"), List.of("I-ORG")), labels(g, "قالت", "وللامم", "المتحده"));
        assertEquals(List.of(List.of(), List.of()), labels(g, "الامم", "الاخرى"), "a part of a phrase is no match");
    }

    @Test
    void aSentenceDoesNotSeeItsOwnFoldWhileTraining() {
        Gazetteer g = new Gazetteer(List.of(new Gazetteer.Entry("PERS", 2, "بوش"), new Gazetteer.Entry("wPERS", 5, "بوش"),
                new Gazetteer.Entry("TITLE", -1, "الرئيس")));
        String[] sentence = {"الرئيس", "بوش"};
        Gazetteer training = g.withSentenceFolds(Map.of(Gazetteer.sentenceKey(sentence), 2));
        assertEquals(List.of(List.of("B-TITLE"), List.of("B-wPERS")), labels(training, sentence));
        assertEquals(List.of(List.of("B-TITLE"), List.of("B-PERS", "B-wPERS")), labels(g, sentence));
        assertEquals(List.of(List.of("B-TITLE"), List.of("B-PERS", "B-wPERS"), List.of()), labels(training, "الرئيس", "بوش", "."),
                "other sentences see every fold");
    }
}
