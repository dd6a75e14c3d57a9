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

    private static boolean hasPresentationForm(char[] b, int n) {
        for (int i = 0; i < n; i++) {
            char c = b[i];
            if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC')) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            // fold in place: folding maps a character to one character or deletes it, except for
            // presentation forms (ligatures), which take the general path
            char[] b = term.buffer();
            int n = term.length();
            int out = 0;
            if (hasPresentationForm(b, n)) {
                String f = ArabicNormalizer.fold(term);
                term.setEmpty().append(f);
                out = f.length();
            } else {
                for (int i = 0; i < n; i++) {
                    char f = ArabicNormalizer.fold(b[i]);
                    if (f != 0) {
                        b[out++] = f;
                    }
                }
                term.setLength(out);
            }
            if (out > 0) {
                return true;
            }
        }
        return false;
    }
}
