package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Block;
import org.marsad.document.Sentence;
import org.marsad.document.Structure;
import org.marsad.document.Token;

/**
 * Splits each block into sentences. A sentence ends at a block boundary (ingest has already joined
 * hard-wrapped lines) and after a run of final punctuation: {@code . ! ? ؟ …}. A period between two
 * digits is part of a number and never splits (the tokenizer keeps it inside the number token); a
 * run of two or more periods («الهروب الكبير.. لعبة») is a pause, as in headlines, and never splits.
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {
    }

    public static List<Sentence> split(List<Token> tokens, Structure structure) {
        List<Sentence> out = new ArrayList<>();
        List<Block> blocks = structure.blocks();
        int t = 0;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            while (t < tokens.size() && tokens.get(t).end() <= block.begin()) {
                t++;
            }
            int first = -1;
            int last = -1;
            while (t < tokens.size() && tokens.get(t).begin() < block.end()) {
                Token tok = tokens.get(t);
                if (first < 0) {
                    first = tok.begin();
                }
                last = tok.end();
                boolean isFinal = isFinal(tok) || (isClosingQuote(tok) && t > 0 && isFinal(tokens.get(t - 1))
                        && tokens.get(t - 1).begin() >= block.begin());
                boolean nextFinal = t + 1 < tokens.size() && tokens.get(t + 1).begin() < block.end()
                        && (isFinal(tokens.get(t + 1)) || isClosingQuote(tokens.get(t + 1)));
                if (isFinal && !nextFinal && !isPeriodRun(tokens, t)) {
                    out.add(new Sentence(first, last, b, block.kind()));
                    first = -1;
                }
                t++;
            }
            if (first >= 0) {
                out.add(new Sentence(first, last, b, block.kind()));
            }
        }
        return out;
    }

    private static boolean isPeriodRun(List<Token> tokens, int t) {
        return tokens.get(t).norm().equals(".") && t > 0 && tokens.get(t - 1).norm().equals(".")
                && tokens.get(t - 1).end() == tokens.get(t).begin();
    }

    private static boolean isFinal(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        String s = t.norm();
        return s.equals(".") || s.equals("!") || s.equals("?") || s.equals("\u061F") || s.equals("\u2026");
    }

    private static boolean isClosingQuote(Token t) {
        return t.kind() == Token.Kind.PUNCT && (t.norm().equals("\"") || t.norm().equals(")"));
    }
}
