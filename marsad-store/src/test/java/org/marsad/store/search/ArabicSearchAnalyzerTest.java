package org.marsad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class ArabicSearchAnalyzerTest {
    static final ArabicSearchAnalyzer A = new ArabicSearchAnalyzer();

    /** Terms at each position: "a|b c" lists stacked terms with |. */
    static String analyze(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = A.tokenStream("body", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                assertTrue(o.startOffset() >= 0 && o.endOffset() <= text.length() && o.startOffset() < o.endOffset());
                if (p.getPositionIncrement() == 0 && !out.isEmpty()) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + "|" + t);
                } else {
                    out.add(t.toString());
                }
            }
            ts.end();
        }
        return String.join(" ", out);
    }

    @Test
    void foldsLettersDiacriticsAndDigits() throws IOException {
        assertEquals(analyze("احمد"), analyze("أَحْمَد"));
        assertEquals("2020", analyze("٢٠٢٠"));
    }

    @Test
    void foldsLigaturesToo() throws IOException {
        assertEquals(analyze("لا"), analyze("\uFEFB"));
        assertEquals(analyze("السلام"), analyze("الس\uFEFCم"));
    }

    @Test
    void removesArticleConjunctionAndPreposition() throws IOException {
        String city = analyze("الحسكة");
        assertEquals(city, analyze("حسكة"));
        assertTrue(analyze("وبالحسكة").contains(city), analyze("وبالحسكة"));
        assertTrue(analyze("للسجن").contains(analyze("السجن")), analyze("للسجن"));
    }

    @Test
    void stemsSuffixesLightly() throws IOException {
        assertEquals(analyze("متظاهرون"), analyze("متظاهر"));
        assertEquals(analyze("المتظاهرين"), analyze("متظاهر"));
    }

    @Test
    void leavesLatinWordsLowerCased() throws IOException {
        assertEquals("isis sdf", analyze("ISIS SDF"));
    }
}
