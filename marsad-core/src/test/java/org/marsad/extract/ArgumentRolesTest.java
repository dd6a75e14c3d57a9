package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.extract.Fixture.actor;
import static org.marsad.extract.Fixture.first;
import static org.marsad.extract.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.marsad.document.DatePrecision;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.ActorType;
import org.marsad.knowledge.Place;
import org.marsad.knowledge.PlaceKind;

/**
 * One test per actor/target rule of {@link ArgumentPicker}, on hand-made layers (see {@link Fixture});
 * each fails without its rule.
 */
class ArgumentRolesTest {
    static final Actor ISIS = Fixture.actor("isis", "ISIS", ActorType.ARMED_GROUP, null);
    static final Actor OPPOSITION = Fixture.actor("opp", "Syrian opposition", ActorType.ARMED_GROUP, "SY");
    static final Actor YPG = Fixture.actor("ypg", "YPG", ActorType.ARMED_GROUP, "SY");
    static final Actor PESHMERGA = Fixture.actor("pesh", "Peshmerga", ActorType.MILITARY, "IQ");
    static final Actor COALITION = Fixture.actor("coal", "Global Coalition against ISIS", ActorType.MILITARY, null);
    static final Actor ISF = Fixture.actor("isf", "Iraqi Security Forces", ActorType.SECURITY, "IQ");
    static final Actor IRAQ = Fixture.actor("irq", "Iraq", ActorType.STATE, "IQ");
    static final Actor SAA = Fixture.actor("saa", "Syrian Arab Army", ActorType.MILITARY, "SY");
    static final Place ALEPPO = Fixture.place("alep", "Aleppo", PlaceKind.CITY, "SY", 36.2, 37.16);
    static final Place HASAKAH = Fixture.place("has", "Al-Hasakah", PlaceKind.CITY, "SY", 36.5, 40.75);
    static final Place BASHIQA = Fixture.place("bash", "Bashiqa", PlaceKind.CITY, "IQ", 36.45, 43.35);
    static final Place RAMADI = Fixture.place("ram", "Ramadi", PlaceKind.CITY, "IQ", 33.42, 43.3);
    static final Place IRAQ_PLACE = Fixture.place("iq", "Iraq", PlaceKind.COUNTRY, "IQ", 33, 44);
    static final Place MOSUL = Fixture.place("mos", "Mosul", PlaceKind.CITY, "IQ", 36.34, 43.13);

    @Test
    void theSideOfMembersAfterDiddIsTheTarget() {
        String t = "عنوان\nشن تنظيم داعش عملية عسكرية جديدة ضد مقاتلين من المعارضة السورية المسلحة، شمال مدينة حلب يوم 10 أغسطس 2015.";
        Document d = new Fixture(t).actor("تنظيم داعش", ISIS).actor("المعارضة السورية المسلحة", 0, OPPOSITION, "alias")
                .place("حلب", ALEPPO).time("يوم 10 أغسطس 2015", "2015-08-10", "2015-08-10", DatePrecision.DAY).run();
        Event e = first(d, "OFFENSIVE");
        assertEquals("ISIS", actor(e));
        assertEquals("Syrian opposition", target(e));
    }

    @Test
    void theSubjectBeforeQadAndASupportVerbIsTheAgent() {
        String t = "عنوان\nوكان تنظيم داعش قد شن في الأيام الأخيرة هجوما جديدا على القوات الحكومية في حلب يوم 10 أغسطس 2015.";
        Document d = new Fixture(t).actor("تنظيم داعش", ISIS).actor("القوات الحكومية", 0, SAA, "alias")
                .place("حلب", ALEPPO).time("يوم 10 أغسطس 2015", "2015-08-10", "2015-08-10", DatePrecision.DAY).run();
        Event e = first(d, "ATTACK");
        assertEquals("ISIS", actor(e));
        assertEquals("Syrian Arab Army", target(e));
    }

    @Test
    void theOtherSideOfAClashFollowsMaa() {
        String t = "عنوان\nقالت القيادة إن قوات الأمن دخلت المدينة، واشتبكت مع مسلحي تنظيم داعش داخل الرمادي يوم 26 يوليو 2015.";
        Document d = new Fixture(t).actor("قوات الأمن", 0, ISF, "agent").actor("مسلحي تنظيم داعش", 0, ISIS, "agent")
                .place("الرمادي", RAMADI).time("يوم 26 يوليو 2015", "2015-07-26", "2015-07-26", DatePrecision.DAY).run();
        Event e = first(d, "CLASH");
        assertEquals("ISIS", target(e));
    }

    @Test
    void anAttackOnTheirPositionsHitsTheOrganizationNamedBefore() {
        String t = "عنوان\nتمكنت قوات البيشمركة ليلة أمس من صد هجوم لمسلحي داعش على مواقعها في قرية بعشيقة يوم 21 يوليو 2015.";
        Document d = new Fixture(t).actor("قوات البيشمركة", PESHMERGA).actor("مسلحي داعش", 0, ISIS, "agent")
                .place("بعشيقة", BASHIQA).time("يوم 21 يوليو 2015", "2015-07-21", "2015-07-21", DatePrecision.DAY).run();
        Event e = first(d, "ATTACK");
        assertEquals("ISIS", actor(e));
        assertEquals("Peshmerga", target(e));
    }

    @Test
    void theOwnerOfPositionsHitIsTheTargetNotTheAgent() {
        String t = "عنوان\nوأسفرت الغارات عن تدمير مخازن سلاح التنظيم في الموصل يوم 21 يوليو 2015.";
        Document d = new Fixture(t).actor("التنظيم", 0, ISIS, "coreference").place("الموصل", MOSUL)
                .time("يوم 21 يوليو 2015", "2015-07-21", "2015-07-21", DatePrecision.DAY).run();
        Event e = first(d, "AIRSTRIKE");
        assertEquals(null, actor(e));
        assertEquals("ISIS", target(e));
    }

    @Test
    void aCountryThatLocatesAPlaceIsNoParticipant() {
        String t = "عنوان\nبدأت عملية عسكرية في مدينة الرمادي بغرب العراق يوم 26 يوليو 2015.";
        Document d = new Fixture(t).actor("العراق", 0, IRAQ, "name").place("الرمادي", RAMADI).place("العراق", IRAQ_PLACE)
                .time("يوم 26 يوليو 2015", "2015-07-26", "2015-07-26", DatePrecision.DAY).run();
        Event e = first(d, "OFFENSIVE");
        assertTrue(e.actor().isEmpty(), e.toString());
    }

    static final Actor SHISHANI = Fixture.actor("p-shishani", "Abu Omar al-Shishani", ActorType.PERSON, null);
    static final Actor TURKMANI = Fixture.actor("p-turkmani", "Abu Muslim al-Turkmani", ActorType.PERSON, null);
    static final Actor PRISONERS = Fixture.actor("prisoners", "Prisoners", ActorType.PEOPLE, null);
    static final Actor TR_POLICE = Fixture.actor("tr-police", "Turkish Police", ActorType.POLICE, "TR");
    static final Actor CIVILIANS = Fixture.actor("civ", "Civilians", ActorType.PEOPLE, null);
    static final Actor LEBANON = Fixture.actor("lbn", "Lebanon", ActorType.STATE, "LB");
    static final Actor PROTESTERS = Fixture.actor("protesters", "Protesters", ActorType.PEOPLE, null);
    static final Place TAL_AFAR = Fixture.place("taf", "Tal Afar", PlaceKind.CITY, "IQ", 36.37, 42.45);
    static final Place ISTANBUL = Fixture.place("ist", "Istanbul", PlaceKind.CITY, "TR", 41.01, 28.97);
    static final Place ZABADANI = Fixture.place("zab", "Zabadani", PlaceKind.CITY, "SY", 33.72, 36.1);
    static final Place KILIS = Fixture.place("kil", "Kilis", PlaceKind.CITY, "TR", 36.72, 37.12);
    static final Place QURAYTAYN = Fixture.place("qur", "Al-Qaryatayn", PlaceKind.CITY, "SY", 34.23, 37.24);

    @Test
    void inAClashAPersonStandsForTheOrganizationHeLeads() {
        String t = "عنوان\nاندلعت معارك في تلعفر يوم 20 يوليو 2015 بين مسلحين يقودهم أبو عمر الشيشاني، ومسلحين يقودهم أبو مسلم التركماني.";
        Document d = new Fixture(t).actor("أبو عمر الشيشاني", 0, SHISHANI, "person", "military commander", ISIS)
                .actor("أبو مسلم التركماني", 0, TURKMANI, "person", "commander", ISIS).place("تلعفر", TAL_AFAR)
                .time("يوم 20 يوليو 2015", "2015-07-20", "2015-07-20", DatePrecision.DAY).run();
        Event e = first(d, "CLASH");
        assertEquals("ISIS", actor(e));
        assertEquals("ISIS", target(e));
    }

    @Test
    void theSubjectAfterQamaReachesPastALongApposition() {
        String t = "عنوان\nقام عدد من سجناء التنظيم في سجن التسفيرات، التابع للجهاز، في منطقة الفيصلية، في الموصل، "
                + "مركز المحافظة، شمالي العاصمة، نهاية نوفمبر 2019، بالهرب من داخله.";
        Document d = new Fixture(t).actor("سجناء التنظيم", 0, ISIS, "agent").place("الموصل", MOSUL)
                .time("نهاية نوفمبر 2019", "2019-11-21", "2019-11-30", DatePrecision.PART_OF_MONTH).run();
        Event e = first(d, "ESCAPE");
        assertEquals("ISIS", actor(e));
    }

    @Test
    void thoseArrestedForBelongingToAGroupAreItsMembers() {
        String t = "عنوان\nأعلن أن الشرطة أوقفت 251 شخصا في إطار حملة استهدفت أفرادا يشتبه في انتمائهم إلى تنظيم داعش في اسطنبول يوم 24 يوليو 2015.";
        Document d = new Fixture(t).actor("الشرطة", 0, TR_POLICE, "agent").actor("تنظيم داعش", ISIS).place("اسطنبول", ISTANBUL)
                .time("يوم 24 يوليو 2015", "2015-07-24", "2015-07-24", DatePrecision.DAY).run();
        Event e = first(d, "ARREST");
        assertEquals("Turkish Police", actor(e));
        assertEquals("ISIS", target(e));
    }

    @Test
    void aCountryStruckFromTheAirIsThePlaceNotTheTarget() {
        String t = "عنوان\nويشن التحالف غارات على العراق منذ 8 أغسطس 2014.";
        Document d = new Fixture(t).actor("التحالف", COALITION).actor("العراق", 0, IRAQ, "name").place("العراق", IRAQ_PLACE)
                .time("8 أغسطس 2014", "2014-08-08", "2014-08-08", DatePrecision.DAY).run();
        Event e = first(d, "AIRSTRIKE");
        assertEquals("Global Coalition against ISIS", actor(e));
        assertEquals(null, target(e));
    }

    @Test
    void aBattleNamedAfterACountryIsNotFoughtByIt() {
        String t = "عنوان\nوقال إن معركة الزبداني هي معركة لبنان منذ 3 يوليو 2015.";
        Document d = new Fixture(t).actor("لبنان", 0, LEBANON, "name").place("الزبداني", ZABADANI)
                .time("3 يوليو 2015", "2015-07-03", "2015-07-03", DatePrecision.DAY).run();
        Event e = first(d, "CLASH");
        assertEquals(null, actor(e));
    }

    @Test
    void theNounAfterAVerbWhoseSubjectIsAnEventNounIsItsObject() {
        String t = "عنوان\nوقعت هجمات عنيفة استهدفت مدنيين في كيليس يوم 23 يوليو 2015.";
        Document d = new Fixture(t).actor("مدنيين", 0, CIVILIANS, "gentilic").place("كيليس", KILIS)
                .time("يوم 23 يوليو 2015", "2015-07-23", "2015-07-23", DatePrecision.DAY).run();
        for (Event e : d.get(Layers.EVENTS)) {
            assertTrue(e.actor().isEmpty(), e.toString());
        }
    }

    @Test
    void aProtestMovementIsItsPeople() {
        String t = "عنوان\nكانوا يقطنون في القريتين قبل اندلاع الحركة الاحتجاجية منتصف مارس 2011.";
        Document d = new Fixture(t).actor("الحركة الاحتجاجية", 0, PROTESTERS, "agent").place("القريتين", QURAYTAYN)
                .time("منتصف مارس 2011", "2011-03-11", "2011-03-20", DatePrecision.PART_OF_MONTH).run();
        Event e = first(d, "PROTEST");
        assertEquals("Protesters", actor(e));
    }

    static final Actor UK = Fixture.actor("gbr", "United Kingdom", ActorType.STATE, "GB");
    static final Actor NUSRA = Fixture.actor("nusra", "al-Nusra Front", ActorType.ARMED_GROUP, "SY");
    static final Actor SOHR = Fixture.actor("sohr", "Syrian Observatory for Human Rights", ActorType.NGO, "SY");
    static final Place AZAZ = Fixture.place("azaz", "Azaz", PlaceKind.CITY, "SY", 36.59, 37.05);

    @Test
    void anOrganizationsSeatIsNoPartyAndTheNounAfterAnnaIsTheSubject() {
        String t = "عنوان\nوذكر المرصد ومقره بريطانيا أن الغارات الجوية قصفت مواقع للجبهة قرب بلدة أعزاز يوم 9 أغسطس 2015.";
        Document d = new Fixture(t).actor("المرصد", 0, SOHR, "coreference").actor("بريطانيا", 0, UK, "name")
                .actor("للجبهة", 0, NUSRA, "coreference").place("أعزاز", AZAZ)
                .time("يوم 9 أغسطس 2015", "2015-08-09", "2015-08-09", DatePrecision.DAY).run();
        Event e = first(d, "AIRSTRIKE");
        assertEquals(null, actor(e));
        assertEquals("al-Nusra Front", target(e));
    }

    @Test
    void aDefiniteEventNounAfterAnnaIsTheVerbsSubject() {
        String t = "عنوان\nوقال المحافظ إن الهجمات استهدفت مدنيين في كيليس يوم 23 يوليو 2015.";
        Document d = new Fixture(t).actor("مدنيين", 0, CIVILIANS, "gentilic").place("كيليس", KILIS)
                .time("يوم 23 يوليو 2015", "2015-07-23", "2015-07-23", DatePrecision.DAY).run();
        for (Event e : d.get(Layers.EVENTS)) {
            assertTrue(e.actor().isEmpty(), e.toString());
        }
    }

    @Test
    void aPhraseOpeningWithANounInTaaMarbutaIsNoVerbSoItsSupportVerbsSubjectActs() {
        String t = "عنوان\nوأطلقت قوات الامن والجماعات المسلحة المتحالفة عملية عسكرية في الرمادي يوم 26 يوليو 2015.";
        Document d = new Fixture(t).actor("قوات الامن", 0, ISF, "agent").place("الرمادي", RAMADI)
                .time("يوم 26 يوليو 2015", "2015-07-26", "2015-07-26", DatePrecision.DAY).run();
        assertEquals("Iraqi Security Forces", actor(first(d, "OFFENSIVE")));
    }

    @Test
    void aSupportVerbReachesPastADateInParentheses() {
        String t = "عنوان\nوأطلقت قوات الامن والجماعات المسلحة المتحالفة معها في أبريل (نيسان)، عملية عسكرية في الرمادي يوم 26 يوليو 2015.";
        Document d = new Fixture(t).actor("قوات الامن", 0, ISF, "agent").place("الرمادي", RAMADI)
                .time("يوم 26 يوليو 2015", "2015-07-26", "2015-07-26", DatePrecision.DAY).run();
        assertEquals("Iraqi Security Forces", actor(first(d, "OFFENSIVE")));
    }

    static final Place ISTANBUL2 = Fixture.place("ist2", "Istanbul", PlaceKind.CITY, "TR", 41.01, 28.97);

    @Test
    void aSupportVerbGovernsTheNearestEventNounOnly() {
        String t = "عنوان\nوأطلقت الشرطة الغاز على آلاف تجمعوا في إسطنبول للتظاهر احتجاجا على التفجير يوم 20 يوليو 2015.";
        Document d = new Fixture(t).actor("الشرطة", 0, TR_POLICE, "agent").place("إسطنبول", ISTANBUL2)
                .time("يوم 20 يوليو 2015", "2015-07-20", "2015-07-20", DatePrecision.DAY).run();
        for (Event e : d.get(Layers.EVENTS)) {
            if (e.type().name().equals("PROTEST")) {
                assertTrue(!"Turkish Police".equals(actor(e)), e.toString());
            }
        }
    }

    @Test
    void anOperationToRetakeAPlaceFromAGroupTargetsIt() {
        String t = "عنوان\nوأطلقت قوات الامن يوم 26 يوليو 2015 عملية عسكرية في محافظة الانبار بغرب العراق لاستعادتها من أيدي داعش.";
        Document d = new Fixture(t).actor("قوات الامن", 0, ISF, "agent").actor("داعش", ISIS).place("العراق", IRAQ_PLACE)
                .place("الانبار", RAMADI).time("يوم 26 يوليو 2015", "2015-07-26", "2015-07-26", DatePrecision.DAY).run();
        Event e = first(d, "OFFENSIVE");
        assertEquals("Iraqi Security Forces", actor(e));
        assertEquals("ISIS", target(e));
    }

    static final Place TAL_ABYAD = Fixture.place("tab", "Tal Abyad", PlaceKind.CITY, "SY", 36.7, 38.95);

    @Test
    void aJoinedVerbTakesTheSubjectOfTheSentencesOpeningVerb() {
        String t = "عنوان\nوحققت وحدات حماية الشعب بدعم من جماعات معارضة، مكاسب على حساب تنظيم داعش في محافظة الرقة "
                + "وسيطرت على تل أبيض يوم 15 يونيو 2015.";
        Document d = new Fixture(t).actor("وحدات حماية الشعب", YPG).actor("تنظيم داعش", ISIS).place("تل أبيض", TAL_ABYAD)
                .time("يوم 15 يونيو 2015", "2015-06-15", "2015-06-15", DatePrecision.DAY).run();
        assertEquals("YPG", actor(first(d, "SEIZE_TERRITORY")));
    }

    @Test
    void aVerbInARelativeClauseTakesTheOrganizationNamedBefore() {
        String t = "عنوان\nخطفت داعش 170 مدنيا خلال عملية مداهمة لمدينة القريتين التي استولوا عليها يوم 5 أغسطس 2015.";
        Document d = new Fixture(t).actor("داعش", ISIS).place("القريتين", QURAYTAYN)
                .time("يوم 5 أغسطس 2015", "2015-08-05", "2015-08-05", DatePrecision.DAY).run();
        assertEquals("ISIS", actor(first(d, "SEIZE_TERRITORY")));
    }
}
