package org.marsad.recognize.place;

import java.util.List;
import org.marsad.document.Token;
import org.marsad.knowledge.KnowledgeException;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.text.PhraseMatcher;

/**
 * Phrases that begin with a place name but never name a place («مسقط رأس», birthplace, is not
 * Muscat), read from {@code places/idioms.txt}: one phrase a line, matched like text.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlaceIdioms {
    private final PhraseMatcher<Boolean> phrases;

    private PlaceIdioms(PhraseMatcher<Boolean> phrases) {
        this.phrases = phrases;
    }

    private static final class Holder {
        static final PlaceIdioms STANDARD = load("places/idioms.txt");
    }

    /** The idioms of the standard knowledge files, loaded once. */
    public static PlaceIdioms standard() {
        return Holder.STANDARD;
    }

    static PlaceIdioms load(String resource) {
        PhraseMatcher.Builder<Boolean> b = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        int n = 0;
        for (ResourceFiles.Line l : ResourceFiles.lines(resource)) {
            if (PhraseMatcher.keys(l.text().strip()).size() < 2) {
                throw l.error("an idiom has two words or more");
            }
            b.add(l.text().strip(), Boolean.TRUE);
            n++;
        }
        if (n == 0) {
            throw new KnowledgeException(resource + ": no idioms");
        }
        return new PlaceIdioms(b.build());
    }

    /** True when one of the idioms begins at token {@code i}. */
    public boolean startsAt(List<Token> tokens, int i) {
        return !phrases.matchAt(tokens, i).isEmpty();
    }
}
