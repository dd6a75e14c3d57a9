package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.marsad.text.ArabicNormalizer;

/**
 * The identity of an article's content: SHA-256 of its text folded by {@link ArabicNormalizer} with
 * every run of white space made one space and the ends trimmed. The same article read twice, from
 * a page and from a feed, with other line breaks or diacritics, hashes alike. Stateless and thread-safe.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(String text) {
        String folded = ArabicNormalizer.fold(text);
        StringBuilder b = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
