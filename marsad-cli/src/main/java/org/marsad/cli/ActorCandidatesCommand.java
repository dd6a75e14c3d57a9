package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.document.Document;
import org.marsad.document.Metadata;
import org.marsad.ingest.InputException;
import org.marsad.ingest.LayoutStage;
import org.marsad.ingest.PlainTextReader;
import org.marsad.knowledge.ActorDictionary;
import org.marsad.pipeline.Pipeline;
import org.marsad.recognize.ActorNameFinder;
import org.marsad.recognize.EntityStage;
import org.marsad.recognize.actor.ActorCandidates;
import org.marsad.text.TextStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad actor-candidates PATH...}: frequent organization and person names in a corpus that
 * the actor dictionary does not resolve, most frequent first, as TSV (count, documents, type, name,
 * an example context). Reads {@code .txt} files, folders of them, and JSON arrays of articles with
 * {@code title}, {@code content} and {@code date_extracted} (or {@code published}) fields.
 */
@Command(name = "actor-candidates", mixinStandardHelpOptions = true,
        description = "List frequent ORG/PER names that the actor dictionary does not resolve.")
final class ActorCandidatesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".txt files, folders, or JSON arrays of articles")
    List<Path> paths;

    @Option(names = "--top", defaultValue = "100", description = "how many candidates to print (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--min-count", defaultValue = "2", description = "least number of occurrences (default ${DEFAULT-VALUE})")
    int minCount;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private record Tally(String type, String text, int[] count, Set<String> docs, String[] example) {
    }

    @Override
    public Integer call() throws IOException {
        java.io.PrintWriter out = spec.commandLine().getOut();
        java.io.PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage())
                .add(new EntityStage(List.of(ActorNameFinder.standard()))).build();
        ActorCandidates finder = new ActorCandidates(ActorDictionary.standard());
        Map<String, Tally> tallies = new HashMap<>();
        int docs = 0;
        for (Document d : documents(err)) {
            Document done = pipeline.apply(d);
            docs++;
            for (ActorCandidates.Candidate c : finder.find(done)) {
                Tally t = tallies.computeIfAbsent(c.type() + "\t" + c.key(),
                        k -> new Tally(c.type().name(), c.text(), new int[1], new HashSet<>(), new String[1]));
                t.count()[0]++;
                t.docs().add(d.id());
                if (t.example()[0] == null) {
                    int b = Math.max(0, c.begin() - 40);
                    int e = Math.min(d.text().length(), c.end() + 40);
                    t.example()[0] = d.text().substring(b, e).replaceAll("\\s+", " ");
                }
            }
        }
        List<Tally> sorted = new ArrayList<>(tallies.values());
        sorted.removeIf(t -> t.count()[0] < minCount);
        sorted.sort(Comparator.comparingInt((Tally t) -> -t.count()[0]).thenComparing(Tally::text));
        out.println("count\tdocuments\ttype\tname\texample");
        for (Tally t : sorted.subList(0, Math.min(top, sorted.size()))) {
            out.println(t.count()[0] + "\t" + t.docs().size() + "\t" + t.type() + "\t" + t.text() + "\t" + t.example()[0]);
        }
        out.flush();
        err.println(docs + " documents, " + tallies.size() + " distinct candidates, " + sorted.size()
                + " seen at least " + minCount + " times");
        err.flush();
        return docs == 0 ? 1 : 0;
    }

    private List<Document> documents(java.io.PrintWriter err) throws IOException {
        List<Document> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                        read(f, out, err);
                    }
                }
            } else {
                read(p, out, err);
            }
        }
        return out;
    }

    private static void read(Path f, List<Document> out, java.io.PrintWriter err) throws IOException {
        String name = f.getFileName().toString();
        if (name.endsWith(".txt")) {
            out.add(PlainTextReader.read(f));
        } else if (name.endsWith(".json") && !name.endsWith(".meta.json") && !name.endsWith(".gold.json")) {
            JsonNode root = new ObjectMapper().readTree(f.toFile());
            if (root == null || !root.isArray()) {
                throw new InputException(f, "expected a JSON array of articles (title, content, date_extracted)");
            }
            String base = name.substring(0, name.length() - 5);
            int i = 0;
            for (JsonNode a : root) {
                String title = text(a, "title");
                String content = text(a, "content");
                if (content == null || content.isBlank()) {
                    i++;
                    continue;
                }
                String date = text(a, "published") != null ? text(a, "published") : text(a, "date_extracted");
                Metadata m = Metadata.EMPTY;
                if (date != null && !date.isBlank()) {
                    m = m.withPublished(PlainTextReader.parseDate(f + "[" + i + "]", date));
                }
                String body = (title == null ? "" : title.strip() + "\n") + content;
                out.add(Document.of(base + "-" + i, body, m));
                i++;
            }
        } else if (!Files.isDirectory(f)) {
            err.println("skipped " + f + " (neither .txt nor a .json array)");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
