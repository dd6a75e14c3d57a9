package org.marsad.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.document.ActorMention;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.ingest.LayoutStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.recognize.ActorNameFinder;
import org.marsad.recognize.EntityStage;
import org.marsad.text.TextStage;

/** One test per rule of {@link ActorStage}. */
class ActorStageTest {
    static final Pipeline PIPELINE = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage())
            .add(new EntityStage(List.of(ActorNameFinder.standard()))).add(ActorStage.standard()).build();

    static List<ActorMention> actors(String text, LocalDate published) {
        Metadata m = published == null ? Metadata.EMPTY : Metadata.EMPTY.withPublished(published);
        return PIPELINE.apply(Document.of("t", "عنوان\n" + text, m)).get(Layers.ACTORS);
    }

    static ActorMention at(List<ActorMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor mention «" + text + "» in " + ms));
    }

    @Test
    void namesAndGentilicsResolveToTheirActor() {
        List<ActorMention> ms = actors("هرب الدواعش من سجن تسيطر عليه قسد.", null);
        ActorMention g = at(ms, "الدواعش");
        assertEquals("ISIS", g.actor().name());
        assertEquals("gentilic", g.how());
        assertEquals("name", at(ms, "قسد").how());
    }

    @Test
    void agentsComposeWithACountryAnOrganizationOrTheContext() {
        List<ActorMention> ms = actors("اعتقلت قوات الأمن الأردنية رجلا، وقتل مسلحي داعش جنديا.", null);
        ActorMention jo = at(ms, "قوات الأمن الأردنية");
        assertEquals("agent", jo.how());
        assertEquals("Jordanian Security Forces", jo.actor().name());
        assertEquals(Optional.of("JO"), jo.actor().country());
        assertEquals("ISIS", at(ms, "مسلحي داعش").actor().name());
        ms = actors("شنت تركيا حملة واسعة. واعتقلت الشرطة 50 شخصا.", null);
        assertEquals("Turkish Police", at(ms, "الشرطة").actor().name());
    }

    @Test
    void aCountryNameWithTheArticleAddedGivesNoContext() {
        // «المالي» (financial) is not Mali: the agent takes the country named before it
        List<ActorMention> ms = actors("تظاهر آلاف العراقيين احتجاجا على الفساد المالي، وحمل المتظاهرون نعشا.", null);
        assertEquals("Iraqi protesters", at(ms, "المتظاهرون").actor().name());
    }

    @Test
    void aNewsAgencyGivesNoCountryContext() {
        // «الفرنسية» in the agency's name does not make the regime French
        List<ActorMention> ms = actors("ذكر المرصد السوري لحقوق الإنسان لوكالة الصحافة الفرنسية أن النظام قصف المدينة.", null);
        assertEquals(Optional.of("SY"), at(ms, "النظام").actor().country());
    }

    @Test
    void aCountryAdjectiveIsTheState() {
        ActorMention a = at(actors("أدى العدوان التركي إلى نزوح الآلاف.", null), "التركي");
        assertEquals("Turkey", a.actor().name());
        assertEquals("adjective", a.how());
    }

    @Test
    void aCapitalInAgentPositionIsTheState() {
        List<ActorMention> ms = actors("وبسبب سعي أنقرة لذلك، استطاع النظام في أنقرة أن يتدخل. وقالت إن واشنطن تحقق في الأمر.", null);
        assertEquals("metonymy", at(ms, "أنقرة").how());
        assertEquals("Turkey", at(ms, "النظام في أنقرة").actor().name());
        assertEquals("United States", at(ms, "واشنطن").actor().name());
        List<ActorMention> place = actors("وصل الوفد إلى أنقرة مساء أمس.", null);
        assertTrue(place.stream().noneMatch(m -> m.text().contains("أنقرة")), place.toString());
    }

    @Test
    void anaphorsReferToTheLastFittingActor() {
        List<ActorMention> ms = actors("هاجم تنظيم داعش سجنا، وتمكن التنظيم من تحرير عناصره. "
                + "وقال مصطفى بالي، المتحدث باسم قوات سوريا الديمقراطية، إن الوضع تحت السيطرة. وأضاف المتحدث أن البحث جار.", null);
        ActorMention t = at(ms, "التنظيم");
        assertEquals("ISIS", t.actor().name());
        assertEquals("coreference", t.how());
        assertEquals("Mustafa Bali", at(ms, "المتحدث").actor().name());
    }

    @Test
    void personsGetTheRoleAndOrganizationOfTheirApposition() {
        List<ActorMention> ms = actors("وأكد سامر حداد، المتحدث باسم قوات سوريا الديمقراطية، أن الهجوم فشل. "
                + "وقال الكولونيل، مايلز كاجينز، المتحدث باسم التحالف الدولي، إن السجن آمن.", null);
        ActorMention p = ms.stream().filter(m -> m.text().contains("سامر حداد")).findFirst().orElseThrow();
        assertTrue(p.actor().id().startsWith("person:"), p.actor().id());
        assertEquals(Optional.of("spokesman"), p.role());
        assertEquals("SDF", p.organization().orElseThrow().name());
        ActorMention c = ms.stream().filter(m -> m.text().contains("كاجينز")).findFirst().orElseThrow();
        assertEquals("Global Coalition against ISIS", c.organization().orElseThrow().name());
    }

    @Test
    void aRoleAndANameAreOnePerson() {
        List<ActorMention> ms = actors("وبالرغم مما أعلنه الرئيس التركي «أردوغان» في مؤتمراته.", null);
        ActorMention e = ms.stream().filter(m -> m.actor().name().equals("Recep Tayyip Erdogan")).findFirst().orElseThrow();
        assertTrue(e.text().startsWith("الرئيس التركي"), e.text());
        assertEquals(Optional.of("President of Turkey"), e.role());
        assertEquals("Turkey", e.organization().orElseThrow().name());
        assertTrue(ms.stream().noneMatch(m -> m.actor().name().equals("Turkey")), "no separate Turkey: " + ms);
    }

    @Test
    void anOfficeResolvesToItsHolderOnThePublicationDate() {
        String text = "وطالب المتظاهرون رئيس الوزراء العراقي بالإصلاح.";
        assertEquals("Haider al-Abadi", at(actors(text, LocalDate.of(2015, 8, 7)), "رئيس الوزراء العراقي").actor().name());
        assertEquals("Mustafa al-Kadhimi", at(actors(text, LocalDate.of(2021, 3, 1)), "رئيس الوزراء العراقي").actor().name());
        assertTrue(actors(text, null).stream().noneMatch(m -> m.how().equals("office")));
    }

    @Test
    void ambiguousNamesChooseByDateAndCountry() {
        List<ActorMention> yemen = actors("في اليمن، شن التحالف غارات على صنعاء.", LocalDate.of(2016, 1, 1));
        assertEquals("Saudi-led coalition", at(yemen, "التحالف").actor().name());
        List<ActorMention> syria = actors("في سوريا، شن التحالف غارات على الرقة.", LocalDate.of(2016, 1, 1));
        assertEquals("Global Coalition against ISIS", at(syria, "التحالف").actor().name());
    }
}
