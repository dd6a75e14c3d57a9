package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.document.Token;

class TokenKeysTest {
    private static List<Token> tokens(String s) {
        return List.copyOf(Tokenizer.tokenize(ArabicNormalizer.normalize(s)));
    }

    @Test
    void aTokenMayContainAKeyExactlyWhenOneOfItsStemsPasses() {
        List<Token> t = tokens("وبالحسكة قال الرئيس في دمشق، 2020 والعراقية");
        KeyFilter f = KeyFilter.of(List.of("حسكه", "دمشق", "عراقيه"));
        TokenKeys k = TokenKeys.of(t);
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            List<String> keys = tok.kind() == Token.Kind.WORD ? tok.stems()
                    : tok.kind() == Token.Kind.PUNCT ? List.of() : List.of(tok.norm());
            assertEquals(keys.stream().anyMatch(f::mightContain), k.mayContain(i, f), tok.norm());
        }
        assertEquals(true, k.mayContain(0, f));
    }

    @Test
    void aMutableListIsNeverKept() {
        assertNull(TokenKeys.of(new ArrayList<>(tokens("قال الرئيس"))));
    }

    @Test
    void theSameListIsBuiltOnceAnotherAfresh() {
        List<Token> a = tokens("قال الرئيس في دمشق");
        List<Token> b = tokens("قال الرئيس في دمشق");
        TokenKeys ka = TokenKeys.of(a);
        assertSame(ka, TokenKeys.of(a));
        assertNotSame(ka, TokenKeys.of(b));
    }

    @Test
    void phrasesAreFoundAlikeInMutableAndImmutableLists() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(PhraseMatcher.Mode.SUFFIXES)
                .add("الرئيس السوري", "p").add("دمشق", "d").add("عدوان", "a").add("2020", "y").build();
        List<Token> t = tokens("قال الرئيس السوري في دمشق، بعدوانه عام 2020 «دمشق»");
        List<PhraseMatcher.Match<String>> viaKeys = m.findAll(t);
        List<PhraseMatcher.Match<String>> plain = m.findAll(new ArrayList<>(t));
        assertEquals(plain, viaKeys);
        assertEquals(5, viaKeys.size());
    }
}
