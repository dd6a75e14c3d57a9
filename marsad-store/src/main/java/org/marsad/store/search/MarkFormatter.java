package org.marsad.store.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as a {@link SearchResult.Snippet}: plain text (passages joined by
 * « … ») and the ranges of the matched words, so that whoever displays it escapes the text and
 * marks the ranges itself. Stateless and thread-safe.
 */
final class MarkFormatter extends PassageFormatter {
    static final String ELLIPSIS = " \u2026 ";

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder b = new StringBuilder();
        List<int[]> marks = new ArrayList<>();
        for (Passage p : passages) {
            if (b.length() > 0) {
                b.append(ELLIPSIS);
            }
            int base = b.length() - p.getStartOffset();
            int pos = p.getStartOffset();
            int lastEnd = -1;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = Math.max(p.getMatchStarts()[i], pos);
                int e = Math.min(p.getMatchEnds()[i], p.getEndOffset());
                if (e <= s) {
                    continue;
                }
                if (!marks.isEmpty() && s <= lastEnd) {
                    // overlapping stacked tokens: extend the previous mark
                    int[] prev = marks.get(marks.size() - 1);
                    prev[1] = Math.max(prev[1], e + base);
                    lastEnd = Math.max(lastEnd, e);
                    continue;
                }
                marks.add(new int[] {s + base, e + base});
                lastEnd = e;
            }
            b.append(content, p.getStartOffset(), p.getEndOffset());
        }
        return new SearchResult.Snippet(b.toString().replace('\n', ' '), marks);
    }
}
