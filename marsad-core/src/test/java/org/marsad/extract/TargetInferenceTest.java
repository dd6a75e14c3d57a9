package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.extract.Fixture.actor;
import static org.marsad.extract.Fixture.first;
import static org.marsad.extract.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * One test per rule of {@link TargetInference} (and the toll rule of {@link RoleRules}), on article
 * fragments with hand-made layers (see {@link Fixture}); each fails without its rule.
 */
class TargetInferenceTest {
    static final Actor ISIS = ArgumentRolesTest.ISIS;
    static final Actor OPPOSITION = ArgumentRolesTest.OPPOSITION;
    static final Actor ISF = ArgumentRolesTest.ISF;
    static final Actor SDF = Fixture.actor("sdf", "SDF", ActorType.ARMED_GROUP, "SY");
    static final Actor TURKEY = Fixture.actor("state:tr", "Turkey", ActorType.STATE, "TR");
    static final Actor SAAF = Fixture.actor("saaf", "Syrian Arab Air Force", ActorType.MILITARY, "SY");
    static final Place MOSUL = ArgumentRolesTest.MOSUL;
    static final Place ALEPPO = ArgumentRolesTest.ALEPPO;
    static final Place RAMADI = ArgumentRolesTest.RAMADI;
    static final Place HASAKAH = ArgumentRolesTest.HASAKAH;
    static final Place MAREA = Fixture.place("marea", "Marea", PlaceKind.CITY, "SY", 36.48, 37.2);
    static final Place MAARAT_MISRIN = Fixture.place("mm", "Maarat Misrin", PlaceKind.CITY, "SY", 36.01, 36.67);
    static final Place QAMISHLI = Fixture.place("qam", "Qamishli", PlaceKind.CITY, "SY", 37.05, 41.22);
    static final Place SADAD = Fixture.place("sadad", "Sadad", PlaceKind.CITY, "SY", 34.31, 36.93);
    static final Place FALLUJAH = Fixture.place("fal", "Fallujah", PlaceKind.CITY, "IQ", 33.35, 43.78);
    static final Place AL_HOL = Fixture.place("mr:SY:al-hol-camp", "al-Hol camp", PlaceKind.FACILITY, "SY", 36.39, 41.15);
    static final Place SHAYRAT = Fixture.place("mr:SY:shayrat", "Shayrat Air Base", PlaceKind.FACILITY, "SY", 34.49, 36.91);

    @Test
    void aCivilianObjectOfAnArrestOrAbductionMakesTheTargetCivilians() {
        String t = "عنوان\nفيما اعتقل أمس 15 خياطا موصليا لرفضهم خياطة ملابس في الموصل يوم 5 أغسطس 2015.";
        Document d = new Fixture(t).place("الموصل", MOSUL)
                .time("يوم 5 أغسطس 2015", "2015-08-05", "2015-08-05", DatePrecision.DAY).run();
        assertEquals("Civilians", target(first(d, "ARREST")));
    }

    @Test
    void aCivilianNounAfterAPrepositionIsNotTheObject() {
        String t = "عنوان\nفيما اعتقلت قوة أمنية عصابة من أربعة أشخاص مختصة بخطف الأطفال في الموصل يوم 5 أغسطس 2015.";
        Document d = new Fixture(t).actor("قوة أمنية", 0, ISF, "agent").place("الموصل", MOSUL)
                .time("يوم 5 أغسطس 2015", "2015-08-05", "2015-08-05", DatePrecision.DAY).run();
        assertNotEquals("Civilians", target(first(d, "ARREST")));
    }

    @Test
    void childrenAmongTheDeadMakeTheTargetCivilians() {
        String t = "عنوان\nوسقط 20 قتيلا على الأقل بينهم عدد من الأطفال في بلدة معرة مصرين يوم 18 يوليو 2015.";
        Document d = new Fixture(t).killed("20 قتيلا", 20).place("معرة مصرين", MAARAT_MISRIN)
                .time("يوم 18 يوليو 2015", "2015-07-18", "2015-07-18", DatePrecision.DAY).run();
        assertEquals("Civilians", target(first(d, "KILLING")));
    }

    @Test
    void aSeizureToldBesideAClashIsTakenFromTheOtherSide() {
        String t = "عنوان\nقالت القيادة إن قوات الأمن دخلت الرمادي، واشتبكت مع مسلحي تنظيم داعش داخلها يوم 26 يوليو 2015.";
        Document d = new Fixture(t).actor("قوات الأمن", 0, ISF, "agent").actor("مسلحي تنظيم داعش", 0, ISIS, "agent")
                .place("الرمادي", RAMADI).time("يوم 26 يوليو 2015", "2015-07-26", "2015-07-26", DatePrecision.DAY).run();
        Event e = first(d, "SEIZE_TERRITORY");
        assertEquals("Iraqi Security Forces", actor(e));
        assertEquals("ISIS", target(e));
    }

    @Test
    void aRiotInAFacilityTheTextSaysAGroupHoldsTargetsThatGroup() {
        String t = "عنوان\nأحدث سجناء تنظيم داعش تمردا في سجن غويران، الذي يقع تحت قبضة قوات سوريا الديمقراطية، "
                + "في الحسكة يوم 29 مارس 2020.";
        Document d = new Fixture(t).actor("سجناء تنظيم داعش", 0, ISIS, "agent").actor("قوات سوريا الديمقراطية", SDF)
                .facility("سجن غويران", "Ghwayran prison").place("الحسكة", HASAKAH)
                .time("يوم 29 مارس 2020", "2020-03-29", "2020-03-29", DatePrecision.DAY).run();
        assertEquals("SDF", target(first(d, "RIOT")));
    }

    @Test
    void anAttackOnAKnownFacilityTargetsItsHolderOnThatDate() {
        String t = "عنوان\nوهاجمت نساء تنظيم داعش الحراسة في مخيم الهول يوم 12 أكتوبر 2019.";
        Document d = new Fixture(t).actor("تنظيم داعش", ISIS).place("مخيم الهول", AL_HOL)
                .time("يوم 12 أكتوبر 2019", "2019-10-12", "2019-10-12", DatePrecision.DAY).run();
        assertEquals("SDF", target(first(d, "ATTACK"))); // events/facility-operators.tsv: SDF from 2016
        String before = t.replace("يوم 12 أكتوبر 2019", "يوم 12 أكتوبر 2014");
        Document d2 = new Fixture(before).actor("تنظيم داعش", ISIS).place("مخيم الهول", AL_HOL)
                .time("يوم 12 أكتوبر 2014", "2014-10-12", "2014-10-12", DatePrecision.DAY).run();
        assertEquals(null, target(first(d2, "ATTACK")));
    }

    @Test
    void aFacilityNamedAsALandmarkGivesNoTarget() {
        String t = "عنوان\nشن تنظيم داعش هجوما واسعا على بلدة صدد المتاخمة لمطار الشعيرات يوم 20 أغسطس 2015.";
        Document d = new Fixture(t).actor("تنظيم داعش", ISIS).place("صدد", SADAD).place("مطار الشعيرات", SHAYRAT)
                .time("يوم 20 أغسطس 2015", "2015-08-20", "2015-08-20", DatePrecision.DAY).run();
        assertNotEquals("Syrian Arab Air Force", target(first(d, "ATTACK")));
    }

    @Test
    void anUnnamedSiteTheTextSaysAGroupHoldsGivesTheNearestStrikeItsTarget() {
        String t = "عنوان\nوسهلت تركيا هروب المحتجزين في أحد السجون التابعة لقوات سوريا الديمقراطية في القامشلي، "
                + "باستهدافه بقصف جوي يوم 10 أكتوبر 2019.";
        Document d = new Fixture(t).actor("تركيا", 0, TURKEY, "name").actor("قوات سوريا الديمقراطية", SDF)
                .place("القامشلي", QAMISHLI)
                .time("يوم 10 أكتوبر 2019", "2019-10-10", "2019-10-10", DatePrecision.DAY).run();
        assertEquals("SDF", target(first(d, "AIRSTRIKE")), d.get(Layers.EVENTS).toString());
    }

    @Test
    void aLaterAssaultByTheLedesActorHasTheLedesTarget() {
        String t = "عنوان\nشن تنظيم داعش عملية عسكرية جديدة ضد مقاتلين من المعارضة السورية المسلحة شمال مدينة حلب يوم 10 أغسطس 2015.\n"
                + "وهاجم تنظيم داعش مدينة مارع يوم 11 أغسطس 2015.";
        Document d = new Fixture(t).actor("تنظيم داعش", 0, ISIS, "name").actor("تنظيم داعش", 1, ISIS, "name")
                .actor("المعارضة السورية المسلحة", 0, OPPOSITION, "alias").place("حلب", ALEPPO).place("مارع", MAREA)
                .time("يوم 10 أغسطس 2015", "2015-08-10", "2015-08-10", DatePrecision.DAY)
                .time("يوم 11 أغسطس 2015", "2015-08-11", "2015-08-11", DatePrecision.DAY).run();
        Event e = first(d, "ATTACK");
        assertEquals("ISIS", actor(e));
        assertEquals("Syrian opposition", target(e));
    }

    @Test
    void theDeadOfATollRightBeforeTheTriggerAreItsTarget() {
        String t = "عنوان\nأعلنت القيادة عن مقتل 17 داعشيا ضمن عمليات شرقي الفلوجة يوم 10 أغسطس 2015.";
        Document d = new Fixture(t).actor("داعشيا", 0, ISIS, "gentilic").killed("مقتل 17 داعشيا", 17, "داعشيا")
                .place("الفلوجة", FALLUJAH).time("يوم 10 أغسطس 2015", "2015-08-10", "2015-08-10", DatePrecision.DAY).run();
        Event e = first(d, "OFFENSIVE");
        assertEquals(null, actor(e));
        assertEquals("ISIS", target(e));
    }
}
