package org.marsad.recognize.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Tokenizer;

/**
 * The bridge between a corpus's tokens and the pipeline's: each corpus token is normalized and
 * split by the project's {@link Tokenizer} into pieces («أ)» → «ا», «)»), so that the model is
 * trained and evaluated on the same units it sees at run time. Rules:
 * <ol>
 *   <li>a token's <em>head</em> is its first piece that is not punctuation (else its first piece);
 *       a token with no piece (only marks the normalizer removes) has no head;</li>
 *   <li>gold tags go to pieces per entity: the entity's first non-punctuation piece gets
 *       {@code B-}, the pieces up to its last non-punctuation piece get {@code I-}, and punctuation
 *       stuck to the outside of the entity («ألمانيا)») gets {@code O};</li>
 *   <li>a predicted entity over pieces tags the corpus tokens whose head it covers.</li>
 * </ol>
 */
final class PieceAlignment {
    private final String[] pieces;
    private final boolean[] punct;
    private final int[] firstPiece;
    private final int[] endPiece;
    private final int[] head;

    private PieceAlignment(String[] pieces, boolean[] punct, int[] firstPiece, int[] endPiece, int[] head) {
        this.pieces = pieces;
        this.punct = punct;
        this.firstPiece = firstPiece;
        this.endPiece = endPiece;
        this.head = head;
    }

    static PieceAlignment of(List<String> corpusTokens) {
        List<String> ps = new ArrayList<>(corpusTokens.size() + 8);
        List<Boolean> pu = new ArrayList<>(corpusTokens.size() + 8);
        int n = corpusTokens.size();
        int[] first = new int[n];
        int[] end = new int[n];
        int[] head = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = ps.size();
            head[i] = -1;
            for (Token t : Tokenizer.tokenize(ArabicNormalizer.normalize(corpusTokens.get(i)))) {
                boolean isPunct = t.kind() == Token.Kind.PUNCT;
                if (head[i] < 0 && !isPunct) {
                    head[i] = ps.size();
                }
                ps.add(t.norm());
                pu.add(isPunct);
            }
            end[i] = ps.size();
            if (head[i] < 0 && end[i] > first[i]) {
                head[i] = first[i];
            }
        }
        boolean[] punct = new boolean[pu.size()];
        for (int i = 0; i < punct.length; i++) {
            punct[i] = pu.get(i);
        }
        return new PieceAlignment(ps.toArray(new String[0]), punct, first, end, head);
    }

    /** The normalized pieces, the model's input. */
    String[] pieces() {
        return pieces;
    }

    /** The gold entities of the corpus tokens, moved onto the pieces (rule 2). */
    List<NerSpan> pieceSpans(List<String> corpusTags) {
        List<NerSpan> out = new ArrayList<>();
        for (NerSpan e : NerSpan.fromBio(corpusTags)) {
            int from = firstPiece[e.start()];
            int to = endPiece[e.end() - 1];
            int a = from;
            while (a < to && punct[a]) {
                a++;
            }
            int b = to;
            while (b > a && punct[b - 1]) {
                b--;
            }
            if (a == to) { // only punctuation: keep it all
                a = from;
                b = to;
            }
            if (b > a) {
                out.add(new NerSpan(a, b, e.type()));
            }
        }
        return out;
    }

    /** The BIO tags of the corpus tokens for entities predicted over the pieces (rule 3). */
    List<String> corpusTags(List<NerSpan> pieceSpans) {
        int n = head.length;
        List<NerSpan> spans = new ArrayList<>();
        int t = 0;
        for (NerSpan p : pieceSpans) {
            while (t < n && (head[t] < 0 || head[t] < p.start())) {
                t++;
            }
            int start = t;
            while (t < n && (head[t] < 0 || head[t] < p.end())) {
                t++;
            }
            int last = t;
            while (last > start && head[last - 1] < 0) {
                last--;
            }
            if (last > start) {
                spans.add(new NerSpan(start, last, p.type()));
            }
        }
        return NerSpan.toBio(spans, n);
    }
}
