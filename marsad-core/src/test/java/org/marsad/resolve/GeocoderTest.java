package org.marsad.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Metadata;
import org.marsad.document.PlaceMention;
import org.marsad.ingest.LayoutStage;
import org.marsad.knowledge.PlaceKind;
import org.marsad.pipeline.Pipeline;
import org.marsad.recognize.EntityStage;
import org.marsad.recognize.MentionFinder;
import org.marsad.recognize.PlaceNameFinder;
import org.marsad.testing.SharedData;
import org.marsad.text.TextStage;

/** The resolution rules of {@link org.marsad.resolve.geo.PlaceResolver} and the Geocoder's own rules. */
class GeocoderTest {
    private static final Pipeline PIPELINE = DevGoldPlaces.pipeline();

    private static Document run(String text) {
        return PIPELINE.apply(Document.of("t", text, Metadata.EMPTY));
    }

    private static PlaceMention place(Document d, String text) {
        return d.get(Layers.PLACES).stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no place «" + text + "» in " + d.get(Layers.PLACES)));
    }

    @Test
    void containerPicksMosulsFaisaliyaOverJordansTown() {
        Document d = run("اندلعت اشتباكات في سجن بمنطقة الفيصلية، في الموصل، مركز محافظة نينوى.");
        PlaceMention f = place(d, "الفيصلية");
        assertEquals("mr:IQ:faisaliya-mosul", f.place().id());
        assertEquals(1, f.precision());
        assertTrue(f.why().contains("in Mosul"), f.why());
    }

    @Test
    void focusCountryPicksSyrianAriha() {
        Document d = run("قتل 31 شخصا في سوريا حين سقطت طائرة على سوق في بلدة أريحا. وقال ناشطون في ادلب وحماة ودمشق إن القصف مستمر.");
        assertEquals("SY", place(d, "أريحا").place().country());
        Document p = run("اعتقلت القوات الإسرائيلية شابين في أريحا بالضفة الغربية قرب نابلس ورام الله.");
        assertEquals("PS", place(p, "أريحا").place().country());
    }

    @Test
    void designatorPicksDivisionOrTown() {
        assertEquals(PlaceKind.ADMIN1, place(run("وصل إلى محافظة حلب."), "حلب").place().kind());
        assertEquals(PlaceKind.CITY, place(run("قصفت الطائرات مدينة حلب."), "حلب").place().kind());
    }

    @Test
    void countryAdjectivePicksTheCountry() {
        assertEquals("JO", place(run("زار الوفد بلدة الفيصلية الأردنية أمس."), "الفيصلية").place().country());
    }

    @Test
    void aPlaceListedWithAnotherIsNearIt() {
        PlaceMention z = place(run("استمرت المعارك في محيط بلدتي نبّل والزهراء المحاصرتين."), "الزهراء");
        assertEquals("Al-Zahraa", z.place().name());
        assertTrue(z.why().contains("listed with Nubl") || z.why().contains("only entry"), z.why());
    }

    @Test
    void countrysideOfADivisionSeatIsTheDivision() {
        PlaceMention h = place(run("تدور معارك في ريف حماة منذ أيام."), "حماة");
        assertEquals("mr:SY:hama", h.place().id());
        assertEquals(3, h.precision());
    }

    @Test
    void referencePointsAreMarkedAndDoNotDisplaceTheMainPlace() {
        Document d = run("فر سجناء من سجن في الموصل، مركز محافظة نينوى، شمالي العاصمة بغداد، أمس.");
        PlaceMention baghdad = place(d, "بغداد");
        assertTrue(Geocoder.isReference(baghdad), baghdad.why());
        assertEquals(2, baghdad.precision());
        Optional<PlaceMention> main = Geocoder.mostSpecific(d, 0, d.text().length());
        assertEquals("Mosul", main.orElseThrow().place().name());
    }

    @Test
    void mostSpecificPrefersDistrictOverTownOverDivision() {
        Document d = run("اندلعت اشتباكات بمنطقة الفيصلية، في الموصل، مركز محافظة نينوى.");
        assertEquals(PlaceKind.NEIGHBOURHOOD, Geocoder.mostSpecific(d, 0, d.text().length()).orElseThrow().place().kind());
    }

    @Test
    void unknownVillageIsPlacedAtItsContainer() {
        PlaceMention s = place(run("استهدفت غارة رتلا في قرية شنف التابعة لناحية نمرود جنوب شرقي الموصل."), "شنف");
        assertEquals("Nimrud", s.place().name());
        assertEquals(2, s.precision());
    }

    @Test
    void unknownPlaceInATownIsPlacedThere() {
        PlaceMention s = place(run("أطلقت قذائف على منطقة الصالحية بمدينة الحسكة."), "الصالحية");
        assertEquals("Al-Hasakah", s.place().name());
        assertEquals(2, s.precision());
    }

    @Test
    void capitalWithoutLocativePrepositionIsFlaggedAsMetonymy() {
        assertTrue(place(run("أدان المجلس سعي أنقرة لإعادة التنظيم."), "أنقرة").why().contains("metonymy"));
        assertFalse(place(run("عقد الاجتماع في أنقرة أمس."), "أنقرة").why().contains("metonymy"));
    }

    @Test
    void placesInsideOrganizationNamesAreNotGeocoded() {
        MentionFinder org = doc -> {
            int b = doc.text().indexOf("قوات سوريا الديمقراطية");
            return List.of(new Mention(b, b + "قوات سوريا الديمقراطية".length(), "قوات سوريا الديمقراطية",
                    EntityType.ORGANIZATION, Optional.of("SDF"), Optional.empty(), "dictionary"));
        };
        Pipeline p = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage())
                .add(new EntityStage(List.of(org, PlaceNameFinder.standard()))).add(Geocoder.standard()).build();
        Document d = p.apply(Document.of("t", "تقاتل قوات سوريا الديمقراطية في الحسكة.", Metadata.EMPTY));
        assertEquals(List.of("الحسكة"), d.get(Layers.PLACES).stream().map(PlaceMention::text).toList());
    }

    @Test
    void mentionsFromAnotherFinderAreLookedUp() {
        MentionFinder model = doc -> {
            int b = doc.text().indexOf("كركوك");
            return List.of(new Mention(b, b + 5, "كركوك", EntityType.LOCATION, Optional.empty(), Optional.empty(),
                    "model"));
        };
        Pipeline p = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage())
                .add(new EntityStage(List.of(model))).add(Geocoder.standard()).build();
        Document d = p.apply(Document.of("t", "وصل الوفد إلى كركوك.", Metadata.EMPTY));
        assertEquals("Kirkuk", d.get(Layers.PLACES).get(0).place().name());
    }

    @Test
    void placesAreSortedAndInsideTheText() {
        Document d = run("زار الوفد دمشق ثم بغداد ثم أنقرة، قبل أن يعود إلى القاهرة عبر مطار بيروت.");
        int last = -1;
        for (PlaceMention p : d.get(Layers.PLACES)) {
            assertTrue(p.begin() >= last && p.end() <= d.text().length());
            assertEquals(d.text().substring(p.begin(), p.end()), p.text());
            last = p.begin();
        }
        assertEquals(5, d.get(Layers.PLACES).size());
    }

    @Test
    void seedFaisaliyaIsMosulsDistrict() throws Exception {
        String seed = Files.readString(SharedData.resolve("seeds/000_ef1a7bf83d9ce633.txt"));
        PlaceMention f = place(run(seed), "الفيصلية");
        assertEquals("Al-Faisaliya (Mosul)", f.place().name());
        assertEquals("IQ", f.place().country());
    }
}
