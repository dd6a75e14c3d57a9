package org.marsad.extract;

import java.util.List;
import org.marsad.document.Span;
import org.marsad.document.Token;

/**
 * Maps character spans of the original text to token positions. Immutable; one per document.
 */
final class TokenIndex {
    private final List<Token> tokens;
    private final int[] begins;
    private final String text;
    private final int[] ends;

    TokenIndex(List<Token> tokens, String text) {
        this.tokens = tokens;
        this.text = text;
        this.begins = new int[tokens.size()];
        this.ends = new int[tokens.size()];
        for (int i = 0; i < begins.length; i++) {
            begins[i] = tokens.get(i).begin();
            ends[i] = tokens.get(i).end();
        }
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The first character of token {@code i} as the original text writes it («» survive here, not in norm). */
    char original(int i) {
        return text.charAt(tokens.get(i).begin());
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** Index of the first token that ends after {@code offset}. */
    int atOrAfter(int offset) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First token of a span. */
    int first(Span s) {
        return atOrAfter(s.begin());
    }

    /** Last token of a span (inclusive); may be less than {@link #first} for an empty span. */
    int last(Span s) {
        int lo = 0;
        int hi = begins.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begins[mid] < s.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    String norm(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
    }

    /** True if token {@code i}'s clitic-stripped forms include {@code key}. */
    boolean is(int i, String key) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        return t.norm().equals(key) || t.stems().contains(key);
    }
}
