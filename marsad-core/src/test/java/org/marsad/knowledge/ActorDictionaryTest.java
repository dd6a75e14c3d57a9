package org.marsad.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.document.NormalizedText;
import org.marsad.document.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;
import org.marsad.text.Tokenizer;

class ActorDictionaryTest {
    private final ActorDictionary dict = ActorDictionary.standard();

    @Test
    void standardDictionaryIsLargeAndFindsModernActors() {
        assertTrue(dict.size() >= 3000, "actors: " + dict.size());
        assertTrue(dict.nameFormCount() >= 10000, "forms: " + dict.nameFormCount());
        assertEquals("ISIS", dict.byId("isis").orElseThrow().name());
        assertEquals("isis", dict.byName("Islamic State").orElseThrow().id());
        assertEquals("sdf", dict.byName("syrian democratic forces").orElseThrow().id());
        assertEquals("hezbollah", dict.byName("Hizballah").orElseThrow().id());
        assertEquals("Turkey", dict.state("tr").orElseThrow().name());
        assertTrue(dict.byId("no-such-actor").isEmpty());
    }

    @Test
    void officeHoldersResolveByDate() {
        assertEquals("Ahmet Davutoglu", dict.holder("TR:prime-minister", LocalDate.of(2015, 7, 24)).orElseThrow().name());
        assertEquals("Binali Yildirim", dict.holder("TR:prime-minister", LocalDate.of(2017, 1, 1)).orElseThrow().name());
        assertEquals("Haider al-Abadi", dict.holder("IQ:prime-minister", LocalDate.of(2016, 1, 1)).orElseThrow().name());
        assertTrue(dict.holder("TR:prime-minister", LocalDate.of(2020, 1, 1)).isEmpty(), "office abolished in 2018");
    }

    @Test
    void datedCodesFromUniversalPetrarchAreKept() {
        Actor maliki = dict.byName("Nouri al-Maliki").orElseThrow();
        assertEquals("person:nouri-al-maliki", maliki.id());
        Actor converted = dict.actors().stream().filter(a -> a.source().startsWith("upetrarch")
                && !dict.codes(a).isEmpty() && dict.codes(a).get(0).from().isPresent()).findFirst().orElseThrow();
        ActorTerm t = dict.codes(converted).get(0);
        assertEquals(Optional.of(t.value()), dict.cameoOn(converted, t.from()));
    }

    @Test
    void composedAgentsAreNamedAfterTheCountry() {
        ActorAgent police = dict.agent("police").orElseThrow();
        assertEquals("turkish-police", dict.compose(police, dict.country("TR")).id());
        ActorAgent security = dict.agent("security-forces").orElseThrow();
        Actor jo = dict.compose(security, dict.country("JO"));
        assertEquals("agent:JO:security-forces", jo.id());
        assertEquals("Jordanian Security Forces", jo.name());
        assertEquals(Optional.of("JO"), jo.country());
        assertEquals("France", dict.compose(dict.agent("government").orElseThrow(), dict.country("FR")).name());
    }

    @Test
    void fastKeysEqualPhraseMatcherKeys() {
        for (Actor a : dict.actors()) {
            for (String f : a.arabic()) {
                assertEquals(PhraseMatcher.keys(f), ActorDictionary.keys(f), f);
            }
        }
    }

    @Test
    void loadsWellUnderTheResourceBudget() {
        ActorDictionary.load();
        long t0 = System.nanoTime();
        ActorDictionary.load();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("ActorDictionary.load() warm: " + ms + " ms");
        assertTrue(ms < 2000, "load took " + ms + " ms");
    }

    @Test
    void anEntryInALocalResourceFileIsPickedUp(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("actors"));
        Files.writeString(dir.resolve("actors/local.jsonl"),
                "# a user's own actors\n{\"id\":\"test-brigade\",\"name\":\"Test Brigade\",\"type\":\"ARMED_GROUP\","
                + "\"country\":\"SY\",\"ar\":[\"لواء الاختبار الأول\"],\"aliases\":[\"TB1\"]}\n", StandardCharsets.UTF_8);
        ActorDictionary d = withKnowledge(dir);
        assertEquals("Test Brigade", d.byId("test-brigade").orElseThrow().name());
        assertEquals("test-brigade", d.byName("TB1").orElseThrow().id());
        NormalizedText v = ArabicNormalizer.normalize("هاجم «لواء الاختبار الأول» البلدة");
        List<Token> tokens = Tokenizer.tokenize(v);
        assertFalse(d.forms().findAll(tokens).isEmpty());
        assertTrue(dict.byId("test-brigade").isEmpty(), "the standard dictionary is not affected");
    }

    @Test
    void malformedDataNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("actors"));
        Files.writeString(dir.resolve("actors/local.jsonl"), "# comment\n{\"id\":\"x\",\"name\":\"X\"\n",
                StandardCharsets.UTF_8);
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> withKnowledge(dir));
        assertTrue(e.getMessage().contains("actors/local.jsonl:2"), e.getMessage());
        Files.writeString(dir.resolve("actors/local.jsonl"),
                "{\"id\":\"y\",\"name\":\"Y\",\"type\":\"ARMED_GROUP\",\"parent\":\"nobody\",\"ar\":[\"واي\"]}\n",
                StandardCharsets.UTF_8);
        e = assertThrows(KnowledgeException.class, () -> withKnowledge(dir));
        assertTrue(e.getMessage().contains("actors/local.jsonl:1") && e.getMessage().contains("nobody"), e.getMessage());
    }

    private static ActorDictionary withKnowledge(Path dir) {
        String old = System.getProperty("marsad.knowledge");
        System.setProperty("marsad.knowledge", dir.toString());
        try {
            return ActorDictionary.load();
        } finally {
            if (old == null) {
                System.clearProperty("marsad.knowledge");
            } else {
                System.setProperty("marsad.knowledge", old);
            }
        }
    }
}
