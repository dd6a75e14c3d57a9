package org.marsad.recognize.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.document.Token;
import org.marsad.ingest.LayoutStage;
import org.marsad.knowledge.Gazetteer;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.TextStage;

/**
 * The scanner's shortcuts change no candidate: passing over common-word names that cannot matter
 * ({@code PlaceScanner.negligible}), not looking one-word names up at cue words
 * ({@link PlaceCues.Marks#nameStart(int)}) and not walking on from a word where the pair filter says
 * no longer name goes on ({@link PlaceCues.Marks#nameMatches(int)}) give what building a draft for
 * every name gives (a scanner without the first, on a token list without key hashes, which disables
 * the others).
 */
class CommonWordShortcutTest {
    private static final Pipeline TEXT = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage()).build();
    private static final PlaceScanner FAST = PlaceScanner.standard();
    private static final PlaceScanner PLAIN =
            new PlaceScanner(Gazetteer.standard(), PlaceCues.standard(), false);

    /** Words the rules look at: common-word names, cue words, places, punctuation, numbers. */
    private static final List<String> WORDS = words();

    private static List<String> words() {
        List<String> out = new ArrayList<>();
        List<String> common = ResourceFiles.words("places/ambiguous-names.txt");
        for (int i = 0; i < common.size(); i += 7) {
            out.add(common.get(i));
        }
        out.addAll(List.of("انه", "ان", "الي", "ما", "كان", "له", "محمد", "علي", "حسن"));
        for (ResourceFiles.Line l : ResourceFiles.lines("places/cues.tsv")) {
            out.add(l.fields()[0].strip());
        }
        // first words of longer names, and their next words (the pair filter's shortcut in
        // PlaceCues.Marks#nameMatches: the same matches as walking the trie)
        out.addAll(List.of("دير", "الزور", "الشرق", "الأوسط", "رأس", "العين", "جسر", "الشغور", "إقليم", "كردستان",
                "الولايات", "المتحدة", "تل", "أبيض", "البوكمال", "ريف", "مدينة", "الله"));
        out.addAll(List.of("حلب", "دمشق", "الموصل", "الحسكة", "إدلب", "نينوى", "سوريا", "العراق", "الباب",
                "الزهراء", "نبل", "قال", "القوات", "مار", "،", ",", "(", ")", "\"", "«", "»", ".", "12", "2015"));
        return List.copyOf(out);
    }

    private static final List<String> PREFIXES = List.of("", "", "", "و", "ب", "ال", "وب", "لل", "ف", "وال");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.integers().between(0, WORDS.size() - 1).flatMap(w ->
                Arbitraries.integers().between(0, PREFIXES.size() - 1).map(p -> {
                    String x = WORDS.get(w);
                    return Character.isLetter(x.charAt(0)) && !x.matches("[0-9]+") ? PREFIXES.get(p) + x : x;
                }));
        return word.list().ofMinSize(1).ofMaxSize(40).map(l -> String.join(" ", l));
    }

    private static void assertSame(String text) {
        Document d = TEXT.apply(Document.of("t", text, Metadata.EMPTY));
        List<Token> tokens = d.get(Layers.TOKENS);
        List<PlaceCandidate> fast = FAST.scan(d.text(), tokens, d.get(Layers.SENTENCES));
        List<PlaceCandidate> plain = PLAIN.scan(d.text(), new ArrayList<>(tokens), d.get(Layers.SENTENCES));
        assertEquals(plain, fast, text);
    }

    @Property(tries = 2000)
    void sameCandidatesOnRandomWords(@ForAll("texts") String text) {
        assertSame(text);
    }

    @Test
    void sameCandidatesOnTheExamples() throws Exception {
        int common = 0;
        try (var files = Files.list(Path.of("../examples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p);
                assertSame(text);
                Document d = TEXT.apply(Document.of("t", text, Metadata.EMPTY));
                List<Token> tokens = d.get(Layers.TOKENS);
                PlaceCues.Marks m = FAST.cues().index(FAST.gazetteer().names()).marks(tokens);
                for (int i = 0; i < tokens.size(); i++) {
                    common += m.nameStart(i) && m.commonStart(i) ? 1 : 0;
                }
            }
        }
        assertTrue(common > 0, "the examples have common-word names: " + common);
    }
}
