package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.marsad.document.Block;
import org.marsad.document.Sentence;
import org.marsad.document.Structure;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String text) {
        Structure st = new Structure(List.of(new Block(0, text.length(), Block.Kind.PARAGRAPH)), List.of());
        List<Sentence> s = SentenceSplitter.split(Tokenizer.tokenize(ArabicNormalizer.normalize(text)), st);
        return s.stream().map(x -> text.substring(x.begin(), x.end())).toList();
    }

    @Test
    void splitsAfterFinalPunctuation() {
        assertEquals(List.of("قال كذا.", "هل حدث؟", "نعم!"), split("قال كذا. هل حدث؟ نعم!"));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertEquals(List.of("قال «انتهى.»", "ثم غادر."), split("قال «انتهى.» ثم غادر."));
    }

    @Test
    void decimalPointDoesNotSplit() {
        assertEquals(List.of("بلغ 3.5 مليون."), split("بلغ 3.5 مليون."));
    }

    @Test
    void runOfPeriodsIsAPause() {
        assertEquals(List.of("الهروب الكبير.. لعبة أخرى"), split("الهروب الكبير.. لعبة أخرى"));
    }

    @Test
    void commasDoNotSplit() {
        assertEquals(List.of("قال، وأضاف؛ ثم ذهب."), split("قال، وأضاف؛ ثم ذهب."));
    }
}
