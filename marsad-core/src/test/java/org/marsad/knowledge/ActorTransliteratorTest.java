package org.marsad.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ActorTransliteratorTest {
    @Test
    void romanizesConsonantsAndLongVowels() {
        assertEquals("Mstfi Bali", ActorTransliterator.name("مصطفى بالي"));
        assertEquals("mstfi-bali", ActorTransliterator.slug("مصطفى بالي"));
    }

    @Test
    void articleBecomesAlAndInitialAinDrops() {
        assertEquals("Bd Hamd al-Mhbash", ActorTransliterator.name("عبد حامد المهباش"));
        assertEquals("Al-Jbuli", ActorTransliterator.name("الجبولي"));
    }

    @Test
    void tehMarbutaAndWawYeh() {
        assertEquals("Hmza Nuri", ActorTransliterator.name("حمزة نوري"));
        assertEquals("Wlid Yasin", ActorTransliterator.name("وليد ياسين"));
    }
}
