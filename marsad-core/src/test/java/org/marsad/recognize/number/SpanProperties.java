package org.marsad.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.document.Casualty;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Quantity;
import org.marsad.document.Span;

/** Quantities and casualties are spans of the original text, in order, whatever the text. */
class SpanProperties {

    @Property(tries = 400)
    void quantitiesAndCasualtiesStayInsideTheTextInOrder(@ForAll("texts") String text) {
        Document d = Pipelines.run(text);
        List<Quantity> qs = d.get(Layers.QUANTITIES);
        check(text, qs, true);
        for (Quantity q : qs) {
            assertEquals(text.substring(q.begin(), q.end()), q.text());
            assertTrue(q.value().isPresent() || q.vague() != null, q::toString);
        }
        List<Casualty> cs = d.get(Layers.CASUALTIES);
        check(text, cs, false);
        for (Casualty c : cs) {
            assertEquals(text.substring(c.begin(), c.end()), c.text());
            assertTrue(c.count().isPresent() || c.vague().isPresent(), c::toString);
            c.count().ifPresent(n -> assertTrue(n >= 0));
        }
    }

    private static void check(String text, List<? extends Span> spans, boolean disjoint) {
        int previousBegin = 0;
        int previousEnd = 0;
        for (Span s : spans) {
            assertTrue(s.begin() < s.end() && s.end() <= text.length(), s::toString);
            assertTrue(s.begin() >= previousBegin, "sorted");
            if (disjoint) {
                assertTrue(s.begin() >= previousEnd, "disjoint");
            }
            previousBegin = s.begin();
            previousEnd = s.end();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("مقتل", "قتل", "قتلوا", "أصيب", "وإصابة", "لقي", "مصرعهم", "مصرعهما", "شخصان", "قتيلا", "قتلى",
                        "جرحى", "وجريحا", "جريح", "عدد", "من", "عشرات", "العشرات", "آلاف", "نحو", "أكثر", "على", "الأقل", "بينهم",
                        "أطفال", "مسلحا", "عنصرين", "و", "بالإضافة", "إلى", "حصيلة", "القتلى", "ارتفعت", "ثلاثة", "مائة",
                        "وعشرين", "ألف", "ألفي", "في", "المائة", "%", "للنصف", "اليوم", "أمس", "مارس", "2015", "،", ".", "«", "»",
                        "(", ")", "/", "ـ", "ً", "هـ"),
                Arbitraries.integers().between(0, 5000).map(String::valueOf),
                Arbitraries.integers().between(0, 99).map(n -> String.valueOf((char) ('\u0660' + n % 10))));
        return word.list().ofMinSize(1).ofMaxSize(25).map(ws -> String.join(" ", ws));
    }
}
