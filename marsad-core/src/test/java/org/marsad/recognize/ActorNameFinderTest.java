package org.marsad.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Metadata;
import org.marsad.ingest.LayoutStage;
import org.marsad.text.TextStage;

/** One test per rule of {@link ActorNameFinder}. */
class ActorNameFinderTest {
    static List<Mention> find(String text, LocalDate published) {
        Metadata m = published == null ? Metadata.EMPTY : Metadata.EMPTY.withPublished(published);
        Document d = new TextStage().apply(LayoutStage.standard().apply(Document.of("t", "عنوان\n" + text, m)));
        return new EntityStage(List.of(ActorNameFinder.standard())).apply(d).get(Layers.MENTIONS);
    }

    static Optional<Mention> with(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    @Test
    void dictionaryNamesAreOrganizationsAndPersonsWithCanonicalAndRef() {
        List<Mention> ms = find("أعلنت قوات سوريا الديمقراطية أن أردوغان هدد بشن هجوم.", null);
        Mention sdf = with(ms, "قوات سوريا الديمقراطية").orElseThrow();
        assertEquals(EntityType.ORGANIZATION, sdf.type());
        assertEquals(Optional.of("SDF"), sdf.canonical());
        assertEquals(Optional.of("sdf"), sdf.ref());
        assertEquals("dictionary", sdf.origin());
        assertEquals(EntityType.PERSON, with(ms, "أردوغان").orElseThrow().type());
    }

    @Test
    void aDescriptorBeforeANameIsNotPartOfIt() {
        List<Mention> ms = find("شن تنظيم «داعش» هجوما، ونقلت وكالة رويترز عن قوات «قسد» أنها صدته.", null);
        assertTrue(with(ms, "داعش").isPresent(), ms.toString());
        assertTrue(with(ms, "رويترز").isPresent(), ms.toString());
        assertTrue(with(ms, "قسد").isPresent(), ms.toString());
    }

    @Test
    void procliticsAreStrippedAndLamAlifRestored() {
        List<Mention> ms = find("وقال مسؤول للحزب الديمقراطي الكردستاني إن وبالتحالف الدولي ثقة.", null);
        assertTrue(with(ms, "الحزب الديمقراطي الكردستاني").isPresent(), ms.toString());
        Mention c = with(ms, "التحالف الدولي").orElseThrow();
        assertEquals("التحالف الدولي", c.text());
    }

    @Test
    void statesGentilicsAndGroupsOfPeopleMakeNoMention() {
        List<Mention> ms = find("فر الدواعش من السجن في تركيا وقتل المدنيون.", null);
        assertTrue(ms.isEmpty(), ms.toString());
    }

    @Test
    void ambiguousNamesNeedContext() {
        assertTrue(find("الوضع في الشرق الأوسط متوتر.", null).isEmpty());
        List<Mention> ms = find("وقال لـ«الشرق الأوسط» إن الوضع متوتر.", null);
        assertEquals(Optional.of("Asharq Al-Awsat"), with(ms, "الشرق الأوسط").orElseThrow().canonical());
    }

    @Test
    void aCommonNounAfterANameBlocksIt() {
        assertTrue(find("قصفت الطائرات القاعدة الجوية قرب المدينة.", null).isEmpty());
        assertFalse(find("أعلن تنظيم القاعدة مسؤوليته.", null).isEmpty());
    }

    @Test
    void institutionsWithACountryAdjectiveAreOrganizations() {
        List<Mention> ms = find("أعلنت وزارة الزراعة وقالت قوات الأمن الأردنية إن الهجوم فشل.", null);
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("قوات الأمن")), "security forces are no name: " + ms);
        ms = find("أعلنت وزارة الصحة أن الشرطة البلجيكية اعتقلت رجلا.", null);
        assertTrue(with(ms, "وزارة الصحة").isPresent(), ms.toString());
        assertEquals(Optional.of("Belgian Police"), with(ms, "الشرطة البلجيكية").orElseThrow().canonical());
    }

    @Test
    void unknownPersonsByTitleAndRoleApposition() {
        List<Mention> ms = find("وقال العقيد سامر حداد إن القوات تقدمت. وأكد رامز يوسف، المتحدث باسم الشرطة، ذلك.", null);
        Mention colonel = with(ms, "سامر حداد").orElseThrow();
        assertEquals(EntityType.PERSON, colonel.type());
        assertEquals("pattern", colonel.origin());
        assertTrue(with(ms, "رامز يوسف").isPresent(), ms.toString());
    }

    @Test
    void anOfficeWithACountryGivesItsHolderOnThePublicationDate() {
        List<Mention> ms = find("قال رئيس الوزراء التركي أحمد واود أوغلو إن العملية مستمرة.", LocalDate.of(2015, 7, 24));
        Mention p = with(ms, "أحمد واود أوغلو").orElseThrow();
        assertEquals(Optional.of("Ahmet Davutoglu"), p.canonical());
    }

    @Test
    void aLaterFamilyNameIsTheSamePerson() {
        List<Mention> ms = find("وقال مدير المرصد رامي عبد الرحمن إن القتال مستمر. ووفق عبد الرحمن فإن المدينة مهمة.", null);
        Mention later = with(ms, "عبد الرحمن").orElseThrow();
        assertEquals(Optional.of("Rami Abdulrahman"), later.canonical());
    }
}
