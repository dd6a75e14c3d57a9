package org.marsad.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A generator that hands the UTF-8 generator it wraps what that one encodes fastest: every string
 * value as a {@code char[]} (indexed directly, where a {@code String} costs one
 * {@link String#charAt} per character, whose bounds check C1-compiled code — what a short
 * {@code marsad extract} runs — calls instead of inlining), and every field name as a
 * {@link SerializedString} that keeps its UTF-8 bytes (the schema's few dozen names, encoded once
 * per JVM). The bytes written are the same. Not thread-safe: one per document written.
 */
final class CharBufferStrings extends JsonGeneratorDelegate {
    private static final ConcurrentHashMap<String, SerializableString> NAMES = new ConcurrentHashMap<>();
    private char[] chars = new char[512];

    CharBufferStrings(JsonGenerator utf8) {
        super(utf8, false);
    }

    @Override
    public void writeString(String text) throws IOException {
        if (text == null) {
            delegate.writeNull();
            return;
        }
        int n = text.length();
        if (n > chars.length) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        text.getChars(0, n, chars, 0);
        delegate.writeString(chars, 0, n);
    }

    @Override
    public void writeFieldName(String name) throws IOException {
        delegate.writeFieldName(NAMES.computeIfAbsent(name, SerializedString::new));
    }
}
