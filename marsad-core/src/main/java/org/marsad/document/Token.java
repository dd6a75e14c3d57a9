package org.marsad.document;

import java.util.List;

/**
 * A word, number or punctuation mark.
 *
 * @param norm   the normalized form (see {@code org.marsad.text.ArabicNormalizer})
 * @param stems  lookup keys for dictionaries: the normalized word with proclitics (و ف ب ل ك) and the
 *               article removed, most conservative first; the first entry is {@code norm} with only
 *               the article removed. Empty for punctuation.
 * @param bases  {@code stems} with a pronoun suffix (ه ها هم هن ...) also removed, for trigger
 *               lookup; empty when no suffix applies
 * @param kind   what the token is made of
 */
public record Token(int begin, int end, String norm, List<String> stems, List<String> bases, Kind kind)
        implements Span {
    public enum Kind { WORD, NUMBER, PUNCT, OTHER }

    public Token {
        Span.check(begin, end);
        stems = List.copyOf(stems);
        bases = List.copyOf(bases);
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** The first lookup key: the normalized word without its article. */
    public String key() {
        return stems.isEmpty() ? norm : stems.get(0);
    }
}
