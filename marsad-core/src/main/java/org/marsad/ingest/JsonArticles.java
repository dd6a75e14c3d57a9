package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.marsad.document.Document;
import org.marsad.document.Metadata;

/**
 * Articles stored as JSON, read lazily: JSON Lines (one object per line, {@code .jsonl}/{@code .ndjson}),
 * a JSON array of objects, or a single object. Fields, first match wins:
 * <ul>
 *   <li>{@code id} (else made from the URL, else from the text);</li>
 *   <li>{@code title} / {@code headline};</li>
 *   <li>{@code text}, {@code content} or {@code body}: the article; paragraphs are separated by blank lines;</li>
 *   <li>{@code published}, {@code date}, {@code date_published} or {@code date_extracted}: ISO date or timestamp;</li>
 *   <li>{@code url} / {@code link}; {@code source}.</li>
 * </ul>
 * The SaudiNewsNet corpus (an array with {@code title/content/date_extracted/url/source}) reads as is.
 * A record without text, or a line that is not JSON, is a failed input named {@code FILE:LINE} or
 * {@code FILE[INDEX]}; the others still read.
 *
 * <p>A JSON array can also be read in byte ranges ({@link #open(String, java.io.InputStream, long, long)}):
 * several readers of the same file, each given one range of a partition of its bytes, together
 * yield every article once, in the file's order, and the same failures once.
 *
 * <p>Not thread-safe: one thread iterates; the inputs it yields are thread-safe.
 */
public final class JsonArticles extends LazyInputs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String file;
    private final BufferedReader lines;
    private final JsonParser parser;
    private final boolean single;
    private final long from;
    private final long to;
    private int counter;

    private JsonArticles(String file, BufferedReader lines, JsonParser parser, boolean single, long from, long to) {
        this.file = file;
        this.lines = lines;
        this.parser = parser;
        this.single = single;
        this.from = from;
        this.to = to;
    }

    /** Opens a file; JSON Lines unless its first non-blank character is {@code [}. */
    public static JsonArticles open(Path file) {
        try {
            return open(file.toString(), Files.newInputStream(file));
        } catch (IOException e) {
            throw new InputException(file, "cannot read JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Reads articles from a stream, for files that are not on the local file system (HDFS, S3):
     * {@code file} is the file's name (its extension chooses JSON Lines as for a path) and stands for
     * it in origins and messages. Closing the articles closes the stream.
     */
    public static JsonArticles open(String file, java.io.InputStream stream) {
        return open(file, stream, 0, Long.MAX_VALUE);
    }

    /**
     * The articles of a JSON array whose first byte lies in {@code [from, to)}, from a stream of the
     * whole file: the elements before {@code from} are skipped unparsed (only tokenized), reading
     * stops at the first element at or after {@code to}. Origins are numbered as for the whole file.
     * A failure is reported by the range that holds the byte where it happened (by the range that
     * starts at 0 when that byte is not known), so that ranges that partition the file report it
     * once. JSON Lines and a single object are not split: the range that starts at 0 reads them
     * whole, the others read nothing.
     *
     * @throws IllegalArgumentException if the range is empty or negative
     */
    public static JsonArticles open(String file, java.io.InputStream stream, long from, long to) {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("bad byte range [" + from + ", " + to + ") of " + file);
        }
        try {
            PushbackInputStream in = new PushbackInputStream(stream, 8192);
            byte[] head = in.readNBytes(4096);
            in.unread(head);
            String h = new String(head, StandardCharsets.UTF_8).stripLeading().replace("\uFEFF", "");
            if (h.startsWith("[") || (h.startsWith("{") && !file.matches(".*\\.(jsonl|ndjson)$")
                    && !firstLineIsWholeObject(h))) {
                JsonParser p = JSON.getFactory().createParser(in);
                JsonToken t = p.nextToken();
                if (t != JsonToken.START_ARRAY && t != JsonToken.START_OBJECT) {
                    p.close();
                    throw new InputException(file, "expected a JSON array or object of articles");
                }
                JsonArticles a = new JsonArticles(file, null, p, t == JsonToken.START_OBJECT, from, to);
                if (a.single && from > 0) {
                    a.finish();
                }
                return a;
            }
            JsonArticles a = new JsonArticles(file, new BufferedReader(
                    new java.io.InputStreamReader(in, StandardCharsets.UTF_8)), null, false, from, to);
            if (from > 0) {
                a.finish();
            }
            return a;
        } catch (IOException e) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // already failing: the first problem is the one to report
            }
            throw new InputException(file, "cannot read JSON: " + e.getMessage(), e);
        }
    }

    private static boolean firstLineIsWholeObject(String head) {
        int nl = head.indexOf('\n');
        if (nl < 0) {
            return false;
        }
        try {
            return JSON.readTree(head.substring(0, nl)).isObject();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    protected ArticleInput advance() {
        return lines != null ? nextLine() : nextElement();
    }

    private ArticleInput nextLine() {
        String origin = file + ":" + (counter + 1);
        try {
            String line = lines.readLine();
            counter++;
            if (line == null) {
                finish();
                return null;
            }
            if (line.isBlank()) {
                return null;
            }
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (IOException e) {
                return ArticleInput.failed(origin, "json", new InputException(origin, "not JSON: "
                        + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage())));
            }
            return input(origin, n);
        } catch (IOException e) {
            finish();
            return ArticleInput.failed(origin, "json", new InputException(origin, "cannot read: " + e.getMessage(), e));
        }
    }

    private ArticleInput nextElement() {
        String origin = file + "[" + counter + "]";
        try {
            if (single) {
                // a single object at the root
                JsonNode n = JSON.readTree(parser);
                counter++;
                finish();
                return input(file, n);
            }
            JsonToken t = parser.nextToken();
            if (t == null || t == JsonToken.END_ARRAY) {
                finish();
                return null;
            }
            long at = parser.getTokenLocation().getByteOffset();
            if (at >= 0 && at < from) {
                parser.skipChildren();
                counter++;
                return null;
            }
            if (at >= to) {
                finish();
                return null;
            }
            JsonNode n = JSON.readTree(parser);
            counter++;
            return input(origin, n);
        } catch (IOException e) {
            finish();
            return owns(e) ? ArticleInput.failed(origin, "json",
                    new InputException(origin, "malformed JSON: " + e.getMessage(), e)) : null;
        }
    }

    /** Whether this reader's byte range holds the place of a failure (see the ranged {@code open}). */
    private boolean owns(IOException e) {
        long at = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                ? j.getLocation().getByteOffset() : -1;
        return at < 0 ? from == 0 : from <= at && at < to;
    }

    private static ArticleInput input(String origin, JsonNode n) {
        return new ArticleInput(origin, "json", new Unread(origin, n));
    }

    /**
     * An article parsed but not read yet. Serializable (a JsonNode is), so that a Spark job can send
     * it to the task that reads it: cleaning the text is most of the cost, parsing the JSON little.
     * A plain record rather than a lambda: a serialized lambda is rebuilt by reflection for every
     * article that crosses a shuffle.
     */
    private record Unread(String origin, JsonNode node) implements java.util.function.Supplier<Document>,
            java.io.Serializable {
        @Override
        public Document get() {
            return article(origin, node);
        }
    }

    /** One article from a JSON object, as the class comment describes. */
    public static Document article(String origin, JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new InputException(origin, "expected a JSON object");
        }
        Optional<String> title = text(n, "title", "headline").map(LayoutText::clean);
        Optional<String> body = text(n, "text", "content", "body");
        if (body.isEmpty()) {
            throw new InputException(origin, "no text (expected a 'text' or 'content' field)");
        }
        Optional<String> url = text(n, "url", "link");
        Optional<String> source = text(n, "source");
        Optional<LocalDate> published = text(n, "published", "date", "date_published", "date_extracted")
                .map(v -> HtmlExtractor.parseDate(v).orElseThrow(
                        () -> new InputException(origin, "bad publication date '" + v + "'")));
        String text = LayoutText.compose(title.orElse(""), LayoutText.paragraphs(body.get()));
        if (text.isBlank()) {
            throw new InputException(origin, "empty text");
        }
        String id = text(n, "id").orElseGet(() -> LayoutText.idOf(url.orElse(text)));
        return Document.of(id, text, new Metadata(published, url, source, title));
    }

    private static Optional<String> text(JsonNode n, String... fields) {
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v != null && !v.isNull() && !v.asText().isBlank()) {
                return Optional.of(v.asText());
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            if (lines != null) {
                lines.close();
            }
            if (parser != null) {
                parser.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
