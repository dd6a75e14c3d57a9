package org.marsad.recognize.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.ingest.LayoutStage;
import org.marsad.knowledge.PlaceKind;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.TextStage;

/** One test per rule of {@link PlaceScanner}. */
class PlaceScannerTest {
    private static final Pipeline TEXT = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage()).build();
    private static final PlaceScanner SCANNER = PlaceScanner.standard();

    private record Found(String text, PlaceCandidate c) {
    }

    private static List<Found> scan(String text) {
        Document d = TEXT.apply(Document.of("t", text, Metadata.EMPTY));
        return SCANNER.scan(d.text(), d.get(Layers.TOKENS), d.get(Layers.SENTENCES)).stream()
                .map(c -> new Found(text.substring(c.begin(), c.end()), c)).collect(Collectors.toList());
    }

    private static List<String> texts(String text) {
        return scan(text).stream().map(Found::text).collect(Collectors.toList());
    }

    private static Found find(List<Found> all, String text) {
        return all.stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no «" + text + "» in " + all.stream().map(Found::text).toList()));
    }

    @Test
    void rule1NamesWithCliticsAndTheArticle() {
        assertEquals(List.of("الحسكة"), texts("وقعت اشتباكات بالحسكة أمس."));
        assertTrue(texts("فتح باب الحوار.").isEmpty(), "«باب» is not «الباب»");
        Found f = find(scan("سيطرت القوات على قضاء بعاج."), "بعاج");
        assertTrue(f.c().weak(), "«بعاج» matches «البعاج» without its article");
    }

    @Test
    void rule1MentionBeginsAfterProclitics() {
        assertEquals(List.of("نبّل", "الزهراء", "حلب"), texts("حوصرت بلدتا نبّل والزهراء (في حلب)."));
        assertEquals(List.of("سوريا"), texts("وصل الوفد إلى دمشق وسوريا.").subList(1, 2));
    }

    @Test
    void rule2Facilities() {
        Found prison = find(scan("فر سجناء من سجن الحسكة ليلا."), "سجن الحسكة");
        assertEquals(EntityType.FACILITY, prison.c().type());
        Found quoted = find(scan("هرب سجناء من سجن «التسفيرات» في الموصل."), "سجن «التسفيرات»");
        assertEquals(EntityType.FACILITY, quoted.c().type());
        assertTrue(quoted.c().unknown());
        List<Found> uni = scan("دخلت القوات جامعة تكريت صباحا.");
        assertEquals(EntityType.FACILITY, find(uni, "جامعة تكريت").c().type());
        assertEquals(EntityType.LOCATION, find(uni, "تكريت").c().type());
        assertEquals(EntityType.FACILITY, find(scan("خطف راهب دير مار موسى."), "دير مار موسى").c().type());
    }

    @Test
    void rule3UnknownNamesAfterDesignators() {
        Found shanaf = find(scan("قتل قيادي في قرية شنف التابعة لناحية نمرود."), "شنف");
        assertTrue(shanaf.c().unknown());
        assertTrue(shanaf.c().container() >= 0);
        assertTrue(texts("سيطر التنظيم على قرية أم حوش القريبة.").contains("أم حوش"), "head word takes two words");
        assertTrue(texts("تنوي تركيا إقامة منطقة عازلة.").stream().noneMatch(t -> t.contains("عازلة")));
        assertTrue(texts("قصف أوكارهم في منطقة مكيشيفة شمال مدينة سامراء.").contains("مكيشيفة"),
                "a weak designator needs something after the name");
        assertFalse(texts("زار الوفد منطقة زراعية واسعة.").contains("زراعية"));
    }

    @Test
    void rule4Designators() {
        Found nineveh = find(scan("وصل إلى محافظة نينوى أمس."), "نينوى");
        assertEquals(PlaceKind.ADMIN1, nineveh.c().designator().orElseThrow().kind());
        List<Found> dual = scan("شهدت محافظتا إدلب وحلب مجزرتين.");
        assertEquals(PlaceKind.ADMIN1, find(dual, "إدلب").c().designator().orElseThrow().kind());
        assertEquals(PlaceKind.ADMIN1, find(dual, "حلب").c().designator().orElseThrow().kind(),
                "a plural designator extends to the list");
        Found capital = find(scan("انفجرت سيارة في العاصمة العراقية بغداد."), "بغداد");
        assertTrue(capital.c().designator().isPresent());
    }

    @Test
    void rule5RelativeDescriptors() {
        Found idlib = find(scan("سقط قتلى في بلدة معرة مصرين شمال شرقي مدينة إدلب."), "إدلب");
        assertEquals(Optional.of(PlaceCues.Direction.NE), idlib.c().direction());
        Found near = find(scan("وقع انفجار بالقرب من الموصل."), "الموصل");
        assertEquals(Optional.of(PlaceCues.Direction.NEAR), near.c().direction());
        Found raqqa = find(scan("تقع على بعد 50 كيلومترا الى الشمال من مدينة الرقة."), "الرقة");
        assertEquals(Optional.of(PlaceCues.Direction.N), raqqa.c().direction());
    }

    @Test
    void rule6Containment() {
        List<Found> all = scan("في منطقة الفيصلية، في الموصل، مركز محافظة نينوى، شمالي العاصمة بغداد.");
        Found faisaliya = find(all, "الفيصلية");
        Found mosul = find(all, "الموصل");
        assertEquals("الموصل", all.get(faisaliya.c().container()).text());
        assertEquals("نينوى", all.get(mosul.c().container()).text());
        Found hol = find(scan("أضرمن النار في مخيم الهول، بمدينة الحسكة السورية."), "الحسكة");
        assertEquals(Optional.of("SY"), hol.c().country());
        List<Found> rel = scan("في قضاء بعاج (غرب الموصل) وقع انفجار.");
        Found baaj = find(rel, "بعاج");
        assertTrue(baaj.c().containerRelative());
    }

    @Test
    void rule7Lists() {
        List<Found> all = scan("قتل 7 عناصر في مناطق البوشجل والملاحمة في محافظة الانبار.");
        Found a = find(all, "البوشجل");
        Found b = find(all, "الملاحمة");
        assertEquals("الانبار", all.get(a.c().container()).text(), "the container flows back through the list");
        assertEquals("الانبار", all.get(b.c().container()).text());
    }

    @Test
    void rule8ContextAdjectivesAndCounts() {
        assertTrue(texts("سقطت مقاتلة سورية على سوق.").isEmpty(), "«سورية» after an indefinite noun is an adjective");
        assertTrue(texts("قتل 1452 سوريًا خلال الشهر.").isEmpty(), "a number of Syrians, not Syria");
        assertTrue(texts("فتح الباب أمام الحوار.").isEmpty(), "«الباب» needs context");
        assertEquals(List.of("الباب"), texts("قتل 5 في مدينة الباب."));
        assertTrue(texts("في إطار العملية.").isEmpty());
        assertTrue(texts("وقال لـ«الشرق الأوسط» إن الوضع سيئ.").isEmpty(), "a newspaper, not the region");
        assertFalse(texts("بحسب صحيفة «الشرق الأوسط» اليوم.").contains("الشرق الأوسط"));
        assertTrue(texts("هذا هو الشرق الأوسط الجديد.").contains("الشرق الأوسط"));
    }

    @Test
    void rule8CountryNameInYaAfterAnIndefiniteNounIsAnAdjective() {
        assertTrue(texts("اقترح فتح صندوق مالي لمساعدة المتطوعين.").isEmpty(), "«صندوق مالي»: a financial fund");
        assertTrue(texts("بسبب فساد مالي وإداري في المجالس.").isEmpty(), "«فساد مالي»: financial corruption");
        assertEquals(List.of("مالي"), texts("ورجح أنه غادر إلى مالي قبل أشهر."));
        assertEquals(List.of("مالي", "النيجر"), texts("المقاتلين الفارين من شمال مالي والنيجر."));
    }

    @Test
    void rule1NoNameBeginsAnIdiom() {
        assertFalse(texts("قصفت المعارضة مدينة القرداحة (مسقط رأس الرئيس) أمس.").contains("مسقط"));
        assertEquals(List.of("مسقط"), texts("وصل الوفد إلى مسقط أمس."));
    }

    @Test
    void pronounAfterADesignatorIsNoName() {
        assertFalse(texts("مدينة الرقة التي اتخذها التنظيم عاصمة له في سوريا.").contains("له"));
    }

    @Test
    void mentionsNeverCrossSentences() {
        for (Found f : scan("زار الوفد حلب. في اليوم التالي بدأ القصف.")) {
            assertFalse(f.text().contains("."), f.text());
        }
    }
}
