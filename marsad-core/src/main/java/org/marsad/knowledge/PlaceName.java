package org.marsad.knowledge;

import java.util.List;

/**
 * One Arabic name of a gazetteer place, as the name matcher of {@link Gazetteer#names()} returns it.
 *
 * @param place        the place it names
 * @param form         the name as the data writes it
 * @param keys         its lookup keys, one per word, without the article (see {@code PhraseMatcher#keys})
 * @param articleMask  bit {@code i} is set when word {@code i} carries the article «ال»
 * @param needsContext the name is also a common word or a person's name (or a small place far from the
 *                     region the news is about): a mention of it alone is not a place unless the text
 *                     says so (a designator, a containing place, a list of places)
 */
public record PlaceName(Place place, String form, List<String> keys, int articleMask, boolean needsContext) {
    public PlaceName {
        keys = List.copyOf(keys);
    }

    /** True when word {@code i} of the name carries the article. */
    public boolean hasArticle(int i) {
        return (articleMask & (1 << i)) != 0;
    }

    public int words() {
        return keys.size();
    }
}
