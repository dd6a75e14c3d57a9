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
import java.util.function.Supplier;
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
        byte[] bytes = bytesOf(file);
        String name = file.getFileName().toString();
        return read(file.toString(), bytes, () -> readSidecar(file.resolveSibling(idOf(name) + ".meta.json")));
    }

    /** The bytes of an article file, or an {@link InputException} naming it and the problem. */
    static byte[] bytesOf(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, Files.exists(file) ? "not a regular file" : "no such file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The same from bytes already read, for files that are not on the local file system (HDFS, S3).
     *
     * @param file    the file's path or URI: its last segment gives the id, and it names the file in messages
     * @param sidecar the metadata, read only once the text has proved readable ({@link #parseSidecar})
     * @throws InputException if the bytes are not UTF-8 or the text is empty, or the sidecar is malformed
     */
    public static Document read(String file, byte[] bytes, Supplier<Metadata> sidecar) {
        String text = decodeUtf8(file, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(file, "empty text");
        }
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf(java.io.File.separatorChar)) + 1);
        return Document.of(idOf(name), text, sidecar.get());
    }

    /** The document id of a file name: the name without {@code .txt} (or its last extension). */
    public static String idOf(String fileName) {
        return fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : stripExtension(fileName);
    }

    static String decodeUtf8(String file, byte[] bytes) {
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
        try {
            return parseSidecar(sidecar.toString(), Files.readAllBytes(sidecar));
        } catch (IOException e) {
            throw new InputException(sidecar, "malformed metadata JSON: " + e.getMessage(), e);
        }
    }

    /** Parses a sidecar's bytes; {@code sidecar} names it in messages. */
    public static Metadata parseSidecar(String sidecar, byte[] json) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (IOException e) {
            throw new InputException(sidecar, "malformed metadata JSON: " + e.getMessage(), e);
        }
        if (n == null || n.isMissingNode() || !n.isObject()) {
            throw new InputException(sidecar, "metadata must be a JSON object");
        }
        Optional<LocalDate> published = Optional.empty();
        String p = text(n, "published");
        if (p != null) {
            published = Optional.of(parseDate(sidecar, p));
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
