package org.marsad.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the line-oriented knowledge files under {@code marsad/knowledge/} on the class path (or
 * from a directory given by the system property {@code marsad.knowledge}, which takes precedence,
 * so that users can extend the data without rebuilding). Lines starting with {@code #} and blank
 * lines are skipped; {@code .gz} files are decompressed.
 */
public final class ResourceFiles {
    public static final String ROOT = "marsad/knowledge/";

    private ResourceFiles() {
    }

    /** A non-comment line and where it came from, for error messages. */
    public record Line(String resource, int number, String text) {
        public KnowledgeException error(String problem) {
            return new KnowledgeException(resource + ":" + number + ": " + problem + ": " + text);
        }

        /** Tab-separated fields, with trailing empty fields kept. */
        public String[] fields() {
            return text.split("\t", -1);
        }
    }

    /** Opens {@code marsad/knowledge/<name>}; throws naming the resource if it is missing. */
    public static InputStream open(String name) {
        try {
            String dir = System.getProperty("marsad.knowledge");
            if (dir != null) {
                Path p = Path.of(dir, name);
                if (Files.exists(p)) {
                    return maybeGunzip(name, Files.newInputStream(p));
                }
            }
            InputStream in = ResourceFiles.class.getClassLoader().getResourceAsStream(ROOT + name);
            if (in == null) {
                throw new KnowledgeException("knowledge resource not found: " + ROOT + name);
            }
            return maybeGunzip(name, in);
        } catch (IOException e) {
            throw new KnowledgeException("cannot open knowledge resource " + name + ": " + e.getMessage(), e);
        }
    }

    public static boolean exists(String name) {
        String dir = System.getProperty("marsad.knowledge");
        if (dir != null && Files.exists(Path.of(dir, name))) {
            return true;
        }
        return ResourceFiles.class.getClassLoader().getResource(ROOT + name) != null;
    }

    private static InputStream maybeGunzip(String name, InputStream in) throws IOException {
        return name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** The non-comment, non-blank lines of a resource, trimmed of trailing white space. */
    public static List<Line> lines(String name) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)), 1 << 16)) {
            String s;
            int n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                String t = s.stripTrailing();
                if (t.isEmpty() || t.stripLeading().startsWith("#")) {
                    continue;
                }
                out.add(new Line(name, n, t));
            }
        } catch (CharacterCodingException e) {
            throw new KnowledgeException("knowledge resource " + name + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading knowledge resource " + name, e);
        }
        return out;
    }

    /** The first field of every line: for simple word lists. */
    public static List<String> words(String name) {
        return lines(name).stream().map(l -> l.fields()[0].strip()).toList();
    }
}
