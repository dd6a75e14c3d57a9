package org.marsad.resolve;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Metadata;
import org.marsad.document.PlaceMention;

/** Whatever the text, place mentions lie inside it, in order, and their text is the text they cover. */
class PlaceOffsetsPropertyTest {
    private static final List<String> PIECES = List.of("مدينة", "بلدة", "قرية", "محافظة", "منطقة", "مناطق", "سجن", "مخيم",
            "«", "»", "(", ")", "،", ".", "؟", "\n", " ", "  ", "شمال", "جنوب", "شرقي", "قرب", "في", "بمدينة", "التابعة",
            "لناحية", "و", "الحسكة", "بالحسكة", "والموصل", "الفيصلية", "بغداد", "أنقرة", "نبّل", "والزهراء", "الباب",
            "ريف", "دمشق", "حلب", "إدلب", "شنف", "التسفيرات", "السورية", "سورية", "سوريًا", "12", "ـ", "ً", "\u200f",
            "الشمال السوري", "العاصمة", "دير", "مار", "الهول", "أم", "حوش", "لـ", "الشرق الأوسط", "x", "ﻻ");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void placeMentionsStayInsideTheText(@ForAll("texts") String text) {
        if (text.isBlank()) {
            return;
        }
        Document d = DevGoldPlaces.pipeline().apply(Document.of("p", text, Metadata.EMPTY));
        int last = -1;
        for (PlaceMention p : d.get(Layers.PLACES)) {
            check(text, p.begin(), p.end(), p.text());
            if (p.begin() < last) {
                throw new AssertionError("places out of order in «" + text + "»");
            }
            last = p.begin();
        }
        for (Mention m : d.get(Layers.MENTIONS)) {
            check(text, m.begin(), m.end(), m.text());
        }
    }

    private static void check(String text, int begin, int end, String covered) {
        if (begin < 0 || end > text.length() || begin >= end) {
            throw new AssertionError("bad span [" + begin + ", " + end + ") in «" + text + "»");
        }
        if (!text.substring(begin, end).equals(covered)) {
            throw new AssertionError("span text «" + covered + "» differs from the text it covers in «" + text + "»");
        }
    }
}
