package org.marsad.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The converter's typing and naming rules, one test per rule of its Javadoc that decides a person. */
class ActorUpetrarchConverterTest {
    private static String[] w(String name) {
        return name.split(" ");
    }

    @Test
    void twoToFiveWordsWithACountryAndRoleCodeAreAPerson() {
        assertEquals(ActorType.PERSON, ActorUpetrarchConverter.type(w("حميد شباط"), "MARPTY"));
        assertEquals(ActorType.PERSON, ActorUpetrarchConverter.type(w("صدام حسين"), "IRQGOV"));
    }

    @Test
    void aNationalityAdjectiveAfterTheHeadIsABodyOrAnUnnamedPersonNotAPerson() {
        assertEquals(ActorType.GOVERNMENT, ActorUpetrarchConverter.type(w("خارجية روسي"), "RUSGOV"));
        assertEquals(ActorType.MILITARY, ActorUpetrarchConverter.type(w("جندي تايلاندي"), "THAMIL"));
        assertEquals(ActorType.PEOPLE, ActorUpetrarchConverter.type(w("مواطن سوداني"), "SDNCVL"));
        assertTrue(ActorUpetrarchConverter.nationalityAfterHead(w("مصدر أمني مصري")));
        assertFalse(ActorUpetrarchConverter.nationalityAfterHead(w("مصري محمد")), "only after the head");
        assertEquals(ActorType.PERSON, ActorUpetrarchConverter.type(w("منصور التركي"), "SAUGOV"),
                "with the article it may be a surname");
    }

    @Test
    void regionAndRegimeHeadsAreNotPersons() {
        assertEquals(ActorType.GOVERNMENT, ActorUpetrarchConverter.type(w("إقليم كردستان"), "IRQGOV"));
        assertEquals(ActorType.GOVERNMENT, ActorUpetrarchConverter.type(w("نظام صدام"), "IRQGOV"));
    }

    @Test
    void aCompoundGivenNameAloneIsAmbiguous() {
        assertTrue(ActorUpetrarchConverter.givenNameOnly(w("عبد الله")));
        assertTrue(ActorUpetrarchConverter.givenNameOnly(w("أبو محمد")));
        assertFalse(ActorUpetrarchConverter.givenNameOnly(w("عبد الله الثاني")));
        assertFalse(ActorUpetrarchConverter.givenNameOnly(w("حميد شباط")));
    }

    @Test
    void surnamesThatAreMonthsOrNationalitiesAreNotShortForms() {
        assertNull(ActorUpetrarchConverter.surname(w("حميد شباط")), "«شباط» is February");
        assertNull(ActorUpetrarchConverter.surname(w("أبو خالد السوري")), "«السوري» is any Syrian");
        assertNull(ActorUpetrarchConverter.surname(w("صدام حسين")), "«حسين» is a given name");
        assertNull(ActorUpetrarchConverter.surname(w("سامي عسكري")), "«عسكري» is military");
        assertEquals("المالكي", ActorUpetrarchConverter.surname(w("نوري المالكي")));
    }
}
