package org.marsad.store.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Randomized: on any mix of Arabic letters, marks, digits, ligatures and punctuation, tokens stay sane. */
class AnalyzerPropertiesTest {
    static final ArabicSearchAnalyzer A = new ArabicSearchAnalyzer();

    @Property(tries = 300)
    void offsetsStayInsideTheTextAndInOrder(@ForAll @StringLength(max = 120) @CharRange(from = '\u0600', to = '\u06FF')
                                            @CharRange(from = '\uFEF5', to = '\uFEFC') @Chars({' ', '.', '\n', '«', '»', 'A', '7'})
                                            String text) throws IOException {
        int lastStart = 0;
        try (TokenStream ts = A.tokenStream("body", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            boolean first = true;
            while (ts.incrementToken()) {
                assertTrue(t.length() > 0, "no empty terms");
                assertTrue(o.startOffset() >= 0 && o.endOffset() <= text.length() && o.startOffset() < o.endOffset(),
                        "offsets inside the text");
                assertTrue(o.startOffset() >= lastStart, "in order");
                assertTrue(first || p.getPositionIncrement() >= 0);
                lastStart = o.startOffset();
                first = false;
            }
            ts.end();
        }
    }
}
