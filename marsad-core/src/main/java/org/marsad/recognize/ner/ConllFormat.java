package org.marsad.recognize.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads CoNLL-style NER corpora: one {@code token TAG [TAG ...]} per line (space or tab separated),
 * a blank line between sentences. The rules:
 * <ol>
 *   <li>a byte-order mark and a carriage return at the end of a line are ignored;</li>
 *   <li>only the first tag of a line is read (Wojood's nested tags: the outermost entity);</li>
 *   <li>a tag is {@code O}, or {@code B-TYPE}/{@code I-TYPE} with the type folded by
 *       {@link NerTypes#canonical}; a type outside the four becomes {@code O}; AQMAR's stray
 *       {@code OO}, {@code IO} are {@code O} and {@code I--ORG} is {@code I-ORG};</li>
 *   <li>a sentence longer than 400 tokens (a file without blank lines, such as the original
 *       ANERcorp) is cut after its next final punctuation token;</li>
 *   <li>a line with no tag, or a tag that is none of the above, is an error naming the file and line.</li>
 * </ol>
 * A directory is read as all its {@code *.txt} files in name order (AQMAR's articles), skipping
 * files whose name starts with {@code LICENSE} or {@code PROVENANCE}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConllFormat {
    public static final String OUTSIDE = "O";
    private static final Pattern ENTITY_TAG = Pattern.compile("([BI])-+([A-Za-z0-9`][A-Za-z0-9`-]*)");
    private static final Pattern SPACE = Pattern.compile("[ \\t]+");
    /** Sentences longer than this (a file without blank lines) are cut after periods. */
    private static final int LONG_SENTENCE = 400;

    private ConllFormat() {
    }

    /** Reads a file, or every {@code .txt} file of a directory. */
    public static List<LabeledSentence> read(Path path) {
        if (Files.isDirectory(path)) {
            List<LabeledSentence> all = new ArrayList<>();
            try (Stream<Path> files = Files.list(path)) {
                for (Path f : files.filter(ConllFormat::isCorpusFile).sorted().toList()) {
                    all.addAll(readFile(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
            return all;
        }
        return readFile(path);
    }

    private static boolean isCorpusFile(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".txt") && !n.startsWith("LICENSE") && !n.startsWith("PROVENANCE") && Files.isRegularFile(f);
    }

    private static List<LabeledSentence> readFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER corpus " + file, e);
        }
        return parse(lines, file.toString());
    }

    /** Parses the lines of a corpus; {@code name} is used in error messages and sentence sources. */
    public static List<LabeledSentence> parse(List<String> lines, String name) {
        List<LabeledSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            line = line.strip();
            if (line.isEmpty()) {
                flush(out, tokens, tags, name, start);
                continue;
            }
            String[] f = SPACE.split(line);
            if (f.length < 2) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected 'token TAG', found '" + line + "'");
            }
            if (tokens.isEmpty()) {
                start = i + 1;
            }
            tokens.add(f[0]);
            int lineNo = i + 1;
            tags.add(tag(f[1]).orElseThrow(() -> new IllegalArgumentException(
                    name + ":" + lineNo + ": unknown NER tag '" + f[1] + "'")));
            if (tokens.size() > LONG_SENTENCE && isPeriod(f[0])) {
                flush(out, tokens, tags, name, start);
            }
        }
        flush(out, tokens, tags, name, start);
        return out;
    }

    private static boolean isPeriod(String token) {
        return token.equals(".") || token.equals("?") || token.equals("!") || token.equals("\u061F");
    }

    /** The canonical form of a corpus tag, or empty when it is not a tag at all. */
    public static Optional<String> tag(String raw) {
        String t = raw.strip();
        if (t.equals("O") || t.equals("OO") || t.equals("IO") || t.equals("0")) {
            return Optional.of(OUTSIDE);
        }
        Matcher m = ENTITY_TAG.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(NerTypes.canonical(m.group(2)).map(type -> m.group(1) + "-" + type).orElse(OUTSIDE));
    }

    private static void flush(List<LabeledSentence> out, List<String> tokens, List<String> tags, String name, int start) {
        if (!tokens.isEmpty()) {
            out.add(new LabeledSentence(tokens, tags, name + ":" + start));
            tokens.clear();
            tags.clear();
        }
    }
}
