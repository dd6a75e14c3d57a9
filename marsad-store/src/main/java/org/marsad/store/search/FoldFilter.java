package org.marsad.store.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.ArabicNormalizer;

/**
 * Folds each token with {@link ArabicNormalizer#fold(CharSequence)} (alef and yeh variants, teh
 * marbuta, diacritics, tatweel, Arabic-Indic digits, lower-case Latin), the same folding the
 * pipeline's dictionaries use. A token that folds to nothing (a lone diacritic) is dropped.
 */
public final class FoldFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public FoldFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            String f = ArabicNormalizer.fold(term);
            if (!f.isEmpty()) {
                term.setEmpty().append(f);
                return true;
            }
        }
        return false;
    }
}
