package org.marsad.store.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.text.Clitics;

/**
 * Replaces a folded Arabic word by the keys {@link Clitics#stems(String)} gives (article,
 * conjunction and preposition removed: «وبالحسكة» → «بالحسكه», «حسكه»), stacked at the word's
 * position, so that a query for «الحسكة» finds «وبالحسكة». Words of other scripts pass unchanged.
 */
public final class CliticFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>(4);
    private State state;

    public CliticFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.removeFirst());
            posInc.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!isArabic(term)) {
            return true;
        }
        List<String> stems = Clitics.stems(term.toString());
        if (stems.isEmpty()) {
            return true;
        }
        term.setEmpty().append(stems.get(0));
        for (int i = 1; i < stems.size(); i++) {
            pending.add(stems.get(i));
        }
        if (!pending.isEmpty()) {
            state = captureState();
        }
        return true;
    }

    private static boolean isArabic(CharSequence s) {
        return s.length() > 0 && s.charAt(0) >= '\u0600' && s.charAt(0) <= '\u06FF';
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
