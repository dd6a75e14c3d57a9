package org.marsad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.marsad.document.Document;
import org.marsad.document.Metadata;

/**
 * Reads a UTF-8 plain-text article {@code NAME.txt} and its optional sidecar {@code NAME.meta.json}
 * ({@code published}, {@code url}, {@code source}, {@code title}). The document id is the file name
 * without its extension. A leading byte-order mark is dropped; nothing else of the text changes.
 *
 * <p>Thread-safe.
 */
public final class PlainTextReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlainTextReader() {
    }

    /**
     * @throws InputException if the file is missing, unreadable, not UTF-8 or empty, or its sidecar is malformed
     */
    public static Document read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, Files.exists(file) ? "not a regular file" : "no such file");
        }
        String text;
        try {
            text = decodeUtf8(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(file, "empty text");
        }
        String name = file.getFileName().toString();
        String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : stripExtension(name);
        Metadata meta = readSidecar(file.resolveSibling(id + ".meta.json"));
        return Document.of(id, text, meta);
    }

    static String decodeUtf8(Path file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file, "not UTF-8 text (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a sidecar if it exists; an absent sidecar means empty metadata. */
    public static Metadata readSidecar(Path sidecar) {
        if (!Files.exists(sidecar)) {
            return Metadata.EMPTY;
        }
        JsonNode n;
        try {
            n = JSON.readTree(sidecar.toFile());
        } catch (IOException e) {
            throw new InputException(sidecar, "malformed metadata JSON: " + e.getMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new InputException(sidecar, "metadata must be a JSON object");
        }
        Optional<LocalDate> published = Optional.empty();
        String p = text(n, "published");
        if (p != null) {
            published = Optional.of(parseDate(sidecar.toString(), p));
        }
        return new Metadata(published, Optional.ofNullable(text(n, "url")), Optional.ofNullable(text(n, "source")),
                Optional.ofNullable(text(n, "title")));
    }

    /** Accepts {@code 2020-03-30} and timestamps that start with a date ({@code 2015-07-21 02:51:48}). */
    public static LocalDate parseDate(String where, String value) {
        String v = value.strip();
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            throw new InputException(where, "bad publication date '" + value + "' (expected YYYY-MM-DD)");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
