package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.marsad.document.Document;
import org.marsad.document.Metadata;
import org.marsad.ingest.InputException;
import org.marsad.ingest.PlainTextReader;

/**
 * Runs extraction over the articles of a gold folder and scores each against its gold file.
 * A gold file names its text by {@code text_file}, relative to the folder that holds {@code gold/};
 * the publication date in the gold file is given to the pipeline, as a user would give it.
 */
public final class Evaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Evaluation() {
    }

    /** One scored article, with the system output that was scored. */
    public record Scored(FileScore score, JsonNode system) {
    }

    /** All scores, per file and summed. */
    public record Report(List<Scored> files, FileScore total) {
    }

    /** The gold files of a folder, sorted by name. */
    public static List<Path> goldFiles(Path goldDir) {
        try (Stream<Path> s = Files.list(goldDir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(goldDir, "cannot list gold folder: " + e.getMessage(), e);
        }
    }

    /** The folder that holds {@code gold/} above a gold folder (the base of {@code text_file}). */
    public static Path base(Path goldDir) {
        Path p = goldDir.toAbsolutePath().normalize();
        while (p != null && !p.getFileName().toString().equals("gold")) {
            p = p.getParent();
        }
        return p == null ? goldDir.toAbsolutePath().getParent() : p.getParent();
    }

    /** The {@code aliases.json} that sits in {@code gold/}, if any. */
    public static Optional<Path> aliases(Path goldDir) {
        Path base = base(goldDir);
        Path a = base.resolve("gold").resolve("aliases.json");
        return Files.exists(a) ? Optional.of(a) : Optional.empty();
    }

    public static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new InputException(file, "malformed JSON: " + e.getMessage(), e);
        }
    }

    /** The article a gold file describes, with the gold's publication date as metadata. */
    public static Document article(Path goldFile, JsonNode gold) {
        String tf = gold.path("text_file").asText(null);
        if (tf == null) {
            throw new InputException(goldFile, "gold file has no text_file");
        }
        Path text = base(goldFile.getParent()).resolve(tf);
        Document d = PlainTextReader.read(text);
        String id = gold.path("id").asText(d.id());
        Metadata m = d.metadata();
        JsonNode pub = gold.get("published");
        if (pub != null && !pub.isNull()) {
            m = m.withPublished(LocalDate.parse(pub.asText()));
        }
        return Document.of(id, d.text(), m);
    }

    /**
     * Scores every gold file of a folder.
     *
     * @param system produces the system output for an article (runs the pipeline, or looks it up)
     */
    public static Report run(Path goldDir, Function<Document, JsonNode> system, Scorer scorer) {
        List<Scored> out = new ArrayList<>();
        FileScore total = FileScore.empty("all");
        for (Path gf : goldFiles(goldDir)) {
            JsonNode gold = readJson(gf);
            Document doc = article(gf, gold);
            JsonNode sys = system.apply(doc);
            FileScore fs = scorer.score(doc.id(), gold, sys, doc.text());
            out.add(new Scored(fs, sys));
            total = total.plus(fs, "all");
        }
        return new Report(out, total);
    }

    /** System output read from a JSONL file, by article id. */
    public static Map<String, JsonNode> readJsonl(Path file) {
        Map<String, JsonNode> m = new java.util.LinkedHashMap<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    throw new InputException(file + ":" + n, "malformed JSON line: " + e.getMessage());
                }
                m.put(node.path("id").asText(), node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
