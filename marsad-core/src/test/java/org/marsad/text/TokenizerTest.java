package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.marsad.document.Token;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<Token> tok(String s) {
        return Tokenizer.tokenize(ArabicNormalizer.normalize(s));
    }

    @Test
    void wordsNumbersAndPunctuationAreSeparate() {
        String s = "قتل 20 شخصا، في «حلب».";
        List<Token> t = tok(s);
        assertEquals(List.of("قتل", "20", "شخصا", "،", "في", "\"", "حلب", "\"", "."),
                t.stream().map(Token::norm).toList());
        assertEquals(Token.Kind.NUMBER, t.get(1).kind());
        assertEquals("حلب", s.substring(t.get(6).begin(), t.get(6).end()));
    }

    @Test
    void numbersKeepInnerSeparators() {
        assertEquals(List.of("04:00", "1,000", "3.5", "29/3/2020"),
                tok("04:00 1,000 ٣٫٥ 29/3/2020").stream().map(Token::norm).toList());
    }

    @Test
    void offsetsSpanDiacriticsOfTheOriginal() {
        String s = "سهّل الهروبَ";
        List<Token> t = tok(s);
        assertEquals("سهّل", s.substring(t.get(0).begin(), t.get(0).end()));
        assertEquals("الهروبَ", s.substring(t.get(1).begin(), t.get(1).end())); // trailing fatha included
        assertEquals(List.of("هروب"), t.get(1).stems());
    }
}
