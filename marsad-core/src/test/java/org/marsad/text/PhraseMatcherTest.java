package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.marsad.document.Token;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private static List<Token> tok(String s) {
        return Tokenizer.tokenize(ArabicNormalizer.normalize(s));
    }

    @Test
    void matchesThroughCliticsAndArticle() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(PhraseMatcher.Mode.STEMS)
                .add("الحسكة", "hasakah").add("قوات سوريا الديمقراطية", "sdf").build();
        List<PhraseMatcher.Match<String>> found = m.findAll(tok("بالحسكة ولقوات سوريا الديمقراطية"));
        assertEquals(2, found.size());
        assertEquals(List.of("hasakah"), found.get(0).values());
        assertEquals(1, found.get(1).first());
        assertEquals(3, found.get(1).last());
    }

    @Test
    void skipsQuotationMarksInsidePhrases() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(PhraseMatcher.Mode.STEMS)
                .add("تنظيم داعش", "isis").build();
        List<PhraseMatcher.Match<String>> found = m.findAll(tok("عناصر تنظيم «داعش» الإرهابي"));
        assertEquals(1, found.size());
        assertEquals(1, found.get(0).first());
        assertEquals(3, found.get(0).last()); // the closing quote is not part of the match
    }

    @Test
    void longestMatchComesFirst() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(PhraseMatcher.Mode.STEMS)
                .add("قصف", "shelling").add("قصف جوي", "airstrike").build();
        List<PhraseMatcher.Match<String>> found = m.matchAt(tok("قصف جوي"), 0);
        assertEquals(List.of("airstrike"), found.get(0).values());
        assertEquals(List.of("shelling"), found.get(1).values());
    }

    @Test
    void suffixModeMatchesPronounSuffixOnTheLastWord() {
        PhraseMatcher<String> stems = PhraseMatcher.<String>builder(PhraseMatcher.Mode.STEMS).add("عدوان", "x").build();
        PhraseMatcher<String> sufs = PhraseMatcher.<String>builder(PhraseMatcher.Mode.SUFFIXES).add("عدوان", "x").build();
        assertTrue(stems.findAll(tok("بعدوانه")).isEmpty());
        assertEquals(1, sufs.findAll(tok("بعدوانه")).size());
        assertTrue(sufs.findAll(tok("بعدوانه")).get(0).viaSuffix());
    }

    @Test
    void doesNotMatchAcrossPunctuation() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(PhraseMatcher.Mode.STEMS).add("شرق سوريا", "x").build();
        assertTrue(m.findAll(tok("شرق، سوريا")).isEmpty());
    }

    @Test
    void tellsABareWordFromOneWithArticleOrPreposition() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(PhraseMatcher.Mode.STEMS).add("تابع", "v").build();
        List<Token> t = tok("وتابع التابع بتابع");
        List<PhraseMatcher.Match<String>> found = m.findAll(t);
        assertEquals(3, found.size());
        assertTrue(found.get(0).bareOrConjunction(t));
        assertTrue(!found.get(1).bareOrConjunction(t));
        assertTrue(!found.get(2).bareOrConjunction(t));
    }
}
