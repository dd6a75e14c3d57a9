package org.marsad.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.document.Layers;
import org.marsad.document.Quantity;

/** One case per quantity form: text, the quantity's text, value (-1 = none), vague label, approx, percent. */
class QuantityStageTest {
    record Case(String text, String quantity, long value, String vague, boolean approx, boolean percent) {
        @Override
        public String toString() {
            return quantity;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
            new Case("داهمت الشرطة 140 منزلا.", "140", 140, null, false, false),
            new Case("داهمت الشرطة ١٤٠ منزلا.", "١٤٠", 140, null, false, false),
            new Case("خطف التنظيم نحو 230 مدنيا.", "نحو 230", 230, null, true, false),
            new Case("قتل قرابة 200 شخص.", "قرابة 200", 200, null, true, false),
            new Case("قتل أكثر من 30 مسلحا.", "أكثر من 30", 30, null, true, false),
            new Case("سقط 20 قتيلا على الأقل.", "20 قتيلا على الأقل".substring(0, 2), 20, null, true, false),
            new Case("قتل ثلاثة جنود.", "ثلاثة", 3, null, false, false),
            new Case("بمشاركة خمسة آلاف عنصر.", "خمسة آلاف", 5000, null, false, false),
            new Case("مع وقوع عدد من الجرحى.", "عدد من", -1, "several", false, false),
            new Case("قتل عشرات المقاتلين.", "عشرات", -1, "tens", false, false),
            new Case("وأفاد المرصد بأن العشرات أصيبوا.", "العشرات", -1, "tens", false, false),
            new Case("تسهيل هروب آلاف الدواعش.", "آلاف", -1, "thousands", false, false),
            new Case("نزح مئات الآلاف من السكان.", "مئات الآلاف", -1, "hundreds-of-thousands", false, false),
            new Case("يضم ما يقرب من 90% من عناصر داعش.", "ما يقرب من 90%", 90, null, true, true),
            new Case("ارتفعت بنسبة 50 في المائة.", "50 في المائة", 50, null, false, true),
            new Case("هي معركة لبنان مائة في المائة.", "مائة في المائة", 100, null, false, true),
            new Case("الجيش العراقي يخفض عناصره للنصف بسبب كورونا.", "للنصف", 50, null, false, true),
            new Case("فر نصف مليون شخص.", "نصف مليون", 500000, null, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsEachForm(Case k) {
        List<Quantity> qs = Pipelines.run(k.text()).get(Layers.QUANTITIES);
        int at = k.text().indexOf(k.quantity());
        Quantity q = qs.stream().filter(x -> x.begin() <= at && at < x.end()).findFirst()
                .orElseThrow(() -> new AssertionError("no quantity at «" + k.quantity() + "» in " + qs));
        assertEquals(k.value() < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(k.value()), q.value());
        assertEquals(k.vague(), q.vague());
        assertEquals(k.approx(), q.approx(), "approx");
        assertEquals(k.percent(), q.percent(), "percent");
    }

    @Test
    void numbersInsideDatesAreNotQuantities() {
        List<Quantity> qs = Pipelines.run("كان ليل الأحد 29 مارس 2020 قبيل الساعة 04:00 فر 5 سجناء.").get(Layers.QUANTITIES);
        assertEquals(1, qs.size(), qs::toString);
        assertEquals("5", qs.get(0).text());
    }

    @Test
    void requiresTheTimeLayer() {
        assertTrue(QuantityStage.standard().requires().contains(Layers.TIMES));
    }
}
