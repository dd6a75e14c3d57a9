package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void keysFoldCaseArticleHyphensSpacesAndApostrophes() {
        assertEquals(Names.key("Hasakah"), Names.key("Al-Hasakah"));
        assertEquals(Names.key("Ghwayran prison"), Names.key("Ghwayran Prison"));
        assertEquals(Names.key("Sina'a prison"), Names.key("Sinaa prison"));
        assertNotEquals(Names.key("Hasakah"), Names.key("Qamishli"));
    }

    @Test
    void regionKeysDropTheWordForTheDivision() {
        assertEquals(Names.regionKey("Al-Hasakah"), Names.regionKey("Al-Hasakah Governorate"));
        assertEquals(Names.regionKey("Mersin"), Names.regionKey("Mersin Province"));
        assertEquals("governorate", Names.regionKey("Governorate"), "a bare word is kept");
    }
}
