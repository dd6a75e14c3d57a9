package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    private static Event first(Document d, String type) {
        List<Event> ev = d.get(Layers.EVENTS);
        return ev.stream().filter(e -> e.type().name().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + ev));
    }

    private static String target(Event e) {
        return e.target().map(p -> p.canonical()).orElse(null);
    }

    private static String actor(Event e) {
        return e.actor().map(p -> p.canonical()).orElse(null);
    }

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
}
