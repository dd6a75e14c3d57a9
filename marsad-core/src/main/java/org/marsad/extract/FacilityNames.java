package org.marsad.extract;

import java.util.HashMap;
import java.util.Map;
import org.marsad.knowledge.ActorTransliterator;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;

/**
 * English names for facilities the gazetteer does not know ({@code events/facility-nouns.tsv}):
 * «سجن «التسفيرات»» becomes "Tasfirat prison" — the noun translated, the name transliterated by
 * the project's scheme ({@link ActorTransliterator}). Immutable and thread-safe.
 */
final class FacilityNames {
    private final Map<String, String> nouns;

    private FacilityNames(Map<String, String> nouns) {
        this.nouns = Map.copyOf(nouns);
    }

    static FacilityNames load(String resource) {
        Map<String, String> m = new HashMap<>();
        for (ResourceFiles.Line l : ResourceFiles.lines(resource)) {
            String[] f = l.fields();
            if (f.length < 2) {
                throw l.error("expected an Arabic noun and its English name");
            }
            m.put(Clitics.stripArticle(ArabicNormalizer.fold(f[0].strip())), f[1].strip());
        }
        return new FacilityNames(m);
    }

    String english(String arabic) {
        String[] words = ArabicNormalizer.fold(arabic).replace('"', ' ').strip().split("\\s+");
        if (words.length >= 2) {
            String noun = nouns.get(Clitics.stripArticle(words[0]));
            if (noun != null) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
                String name = ActorTransliterator.name(rest);
                if (name.startsWith("Al-")) {
                    name = name.substring(3);
                }
                return name + " " + noun;
            }
        }
        return ActorTransliterator.name(arabic);
    }
}
