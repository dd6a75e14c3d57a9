package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LettersTest {
    @Test
    void firstLettersAreDistinctInOrderOfFirstUse() {
        assertEquals("اول", Letters.first(List.of("ال", "وال", "ال", "لل")));
    }

    @Test
    void lastLettersAreDistinctInOrderOfFirstUse() {
        assertEquals("اهم", Letters.last(List.of("هما", "ه", "هم", "ها")));
    }

    @Test
    void emptyWordsGiveNoLetter() {
        assertEquals("", Letters.first(List.of("", "")));
    }
}
