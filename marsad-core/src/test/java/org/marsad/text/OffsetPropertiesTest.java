package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.document.NormalizedText;
import org.marsad.document.Sentence;
import org.marsad.document.Token;
import org.marsad.ingest.LayoutStage;

/** Randomized: offsets never go backwards and never leave the text, whatever the input. */
class OffsetPropertiesTest {
    @Provide
    Arbitrary<String> arabicish() {
        return Arbitraries.strings().withChars("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآؤئءًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩0123456789«»\"().,،؛؟!:%٪ \n\t\u200F\uFEFBabcXYZ")
                .ofMinLength(0).ofMaxLength(300);
    }

    @Property(tries = 300)
    void normalizedMapIsMonotoneAndInside(@ForAll("arabicish") String s) {
        NormalizedText v = ArabicNormalizer.normalize(s);
        int prev = 0;
        for (int i = 0; i <= v.length(); i++) {
            int o = v.originalBegin(i);
            assertTrue(o >= prev && o <= s.length());
            prev = o;
        }
    }

    @Property(tries = 300)
    void tokensAndSentencesStayInOrderInsideTheText(@ForAll("arabicish") String s) {
        Document d = new TextStage().apply(LayoutStage.standard().apply(Document.of("x", s, Metadata.EMPTY)));
        List<Token> tokens = d.get(Layers.TOKENS);
        int prevEnd = 0;
        for (Token t : tokens) {
            assertTrue(t.begin() >= prevEnd && t.begin() < t.end() && t.end() <= s.length(), t.toString());
            prevEnd = t.end();
        }
        int prevS = 0;
        for (Sentence x : d.get(Layers.SENTENCES)) {
            assertTrue(x.begin() >= prevS && x.begin() < x.end() && x.end() <= s.length());
            prevS = x.end();
        }
    }
}
