package org.marsad.recognize.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.document.Token;
import org.marsad.ingest.LayoutStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.TextStage;

/**
 * {@link PlaceCues.Marks}, which looks a token's cues up only when first asked, answers as the
 * per-token questions of {@link PlaceCues} do, whatever is asked first, on the documents' own token
 * lists (read through their key hashes) and on a copy that is not (looked up at once).
 */
class PlaceMarksTest {
    private static final Pipeline TEXT = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage()).build();

    private static List<List<Token>> tokenLists() throws Exception {
        List<List<Token>> out = new ArrayList<>();
        try (var files = Files.list(Path.of("../examples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Document d = TEXT.apply(Document.of(p.toString(), Files.readString(p), Metadata.EMPTY));
                out.add(d.get(Layers.TOKENS));
                out.add(new ArrayList<>(d.get(Layers.TOKENS))); // not an immutable list: no key hashes
            }
        }
        out.add(List.copyOf(TEXT.apply(Document.of("t", "قرية شنف وسجن الحسكة ومحافظتا إدلب وحلب شمال شرقي مدينة "
                + "الرقة السورية، في ريف دمشق بالقرب من العاصمة العراقية بغداد.", Metadata.EMPTY)).get(Layers.TOKENS)));
        return out;
    }

    @Test
    void lazyMarksAnswerAsTheCuesDo() throws Exception {
        PlaceCues cues = PlaceScanner.standard().cues();
        PlaceCues.Index index = cues.index(PlaceScanner.standard().gazetteer().names());
        int asked = 0;
        for (List<Token> tokens : tokenLists()) {
            for (boolean backwards : new boolean[] {false, true}) {
                PlaceCues.Marks m = index.marks(tokens);
                for (int j = 0; j < tokens.size(); j++) {
                    int i = backwards ? tokens.size() - 1 - j : j;
                    Token t = tokens.get(i);
                    // roles asked in another order on every other token: a lazy look-up answers all
                    PlaceCues.Role[] roles = PlaceCues.Role.values();
                    for (int r = 0; r < roles.length; r++) {
                        PlaceCues.Role role = roles[(i % 2 == 0) ? r : roles.length - 1 - r];
                        assertEquals(cues.is(t, role), m.is(i, role), t.norm() + " " + role);
                        asked++;
                    }
                    assertEquals(cues.designator(t), m.designator(i), t.norm());
                    assertEquals(cues.direction(t), m.direction(i), t.norm());
                    assertEquals(cues.adjectiveCountry(t), m.adjectiveCountry(i), t.norm());
                }
            }
        }
        assertEquals(true, asked > 1000, "the examples have tokens");
    }

    @Test
    void procliticLengthIsTheLengthOfTheProclitics() throws Exception {
        int asked = 0;
        for (List<Token> tokens : tokenLists()) {
            for (Token t : tokens) {
                List<String> keys = new ArrayList<>(t.stems());
                keys.add(t.norm());
                keys.add("\u0644" + t.norm()); // not a suffix of the word
                for (String k : keys) {
                    assertEquals(PlaceCues.proclitics(t, k).length(), PlaceCues.procliticLength(t, k), t.norm() + " " + k);
                    asked++;
                }
            }
        }
        assertEquals(true, asked > 100, "the examples have tokens");
    }
}
