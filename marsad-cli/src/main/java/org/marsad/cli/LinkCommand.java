package org.marsad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.knowledge.Codebook;
import org.marsad.link.ArticleRecord;
import org.marsad.link.EventLinker;
import org.marsad.link.EventMention;
import org.marsad.link.GoldLinks;
import org.marsad.link.LinkJson;
import org.marsad.link.LinkingEvaluator;
import org.marsad.output.JsonOutput;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad link}: the JSON lines of {@code marsad extract} in (one article object per line;
 * a file holding pretty-printed objects one after another works too), event clusters, story
 * threads and near-duplicate groups out, as one JSON object (layout in {@code docs/LINKING.md}).
 * Articles are linked in order of publication (undated ones last, ties in input order). A line that cannot be read is reported on stderr
 * with its file and line, the others are still linked, and the exit code is 1.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link events across articles: near-duplicates, event clusters with consensus fields, story threads.",
            "  marsad link INPUT.jsonl ...        files of 'marsad extract' in, JSON out",
            "  marsad link --db FILE|JDBC-URL     link the stored articles not linked yet (--rebuild: all again)"})
final class LinkCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT.jsonl", description = "Output files of 'marsad extract'.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--db", paramLabel = "FILE|JDBC-URL",
            description = "Link in the store instead: the articles stored without linking (marsad ingest --no-link, "
                    + "or by a version without linking); clusters, copies and threads are kept in the store.")
    String db;

    @Option(names = "--rebuild", description = "With --db: forget every cluster and thread and link all stored "
            + "articles again, in the order they were first linked.")
    boolean rebuild;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the clusters to FILE instead of stdout.")
    Path out;

    @Option(names = "--texts", paramLabel = "DIR",
            description = "Folders holding the articles' ID.txt files: near-duplicates are then found on full texts "
                    + "(without them, on titles and evidence sentences). Repeatable.")
    List<Path> texts = new ArrayList<>();

    @Option(names = "--gold", paramLabel = "GOLD.json",
            description = "Score against gold links (pairwise P/R/F1) and print the report instead of the clusters "
                    + "(which still go to --out if given).")
    Path gold;

    @Option(names = "--no-reports", description = "Leave out each cluster's reports and copies (consensus only).")
    boolean noReports;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    private record Input(ArticleRecord article, long order) {
    }

    @Override
    public Integer call() throws IOException {
        if (db != null) {
            return linkStore();
        }
        if (inputs.isEmpty()) {
            System.err.println("marsad link: give INPUT.jsonl files, or --db to link a store");
            return 2;
        }
        Map<String, Path> textFiles = textFiles();
        List<Input> articles = new ArrayList<>();
        int failed = 0;
        Codebook codebook = Codebook.standard();
        for (Path in : inputs) {
            if (!Files.isRegularFile(in)) {
                System.err.println("marsad link: " + in + ": no such file");
                failed++;
                continue;
            }
            try (MappingIterator<JsonNode> it = JsonOutput.mapper().readerFor(JsonNode.class).readValues(in.toFile())) {
                while (true) {
                    long line = it.getCurrentLocation().getLineNr();
                    JsonNode n;
                    try {
                        if (!it.hasNextValue()) {
                            break;
                        }
                        line = it.getCurrentLocation().getLineNr();
                        n = it.nextValue();
                    } catch (RuntimeException e) {
                        System.err.println("marsad link: " + in + ":" + line + ": malformed JSON: " + message(e));
                        failed++;
                        break;
                    }
                    try {
                        String id = n.path("id").asText("");
                        Optional<String> text = Optional.ofNullable(textFiles.get(id)).map(LinkCommand::read);
                        articles.add(new Input(ArticleRecord.fromJson(n, codebook, text), articles.size()));
                    } catch (IllegalArgumentException e) {
                        System.err.println("marsad link: " + in + ":" + line + ": " + e.getMessage());
                        failed++;
                    }
                }
            }
        }
        articles.sort(Comparator.comparing((Input i) -> i.article().published().orElse(LocalDate.MAX))
                .thenComparingLong(Input::order));
        EventLinker linker = EventLinker.inMemory();
        for (Input i : articles) {
            try {
                linker.add(i.article());
            } catch (IllegalArgumentException e) {
                System.err.println("marsad link: " + e.getMessage());
                failed++;
            }
        }
        var json = LinkJson.write(linker, !noReports);
        String s = pretty ? JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json)
                : JsonOutput.write(json);
        if (out != null) {
            Files.writeString(out, s + "\n", StandardCharsets.UTF_8);
        }
        if (gold != null) {
            GoldLinks g;
            try {
                g = GoldLinks.read(gold);
            } catch (IllegalArgumentException e) {
                System.err.println("marsad link: " + e.getMessage());
                return 1;
            }
            List<EventMention> goldReports = goldReports(g);
            LinkingEvaluator.Report r = goldReports.isEmpty() ? LinkingEvaluator.evaluate(g, linker)
                    : LinkingEvaluator.evaluateExtracted(g, goldReports, linker);
            System.out.print(r.text());
            System.out.flush();
        } else if (out == null) {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            PrintWriter pw = new PrintWriter(w);
            pw.println(s);
            pw.flush();
        }
        return failed == 0 ? 0 : 1;
    }

    /** {@code --db}: links the store's unlinked articles (or all, with {@code --rebuild}). */
    private int linkStore() {
        if (!inputs.isEmpty() || gold != null || out != null) {
            System.err.println("marsad link: --db links a store; INPUT files, --gold and --out are for extract output");
            return 2;
        }
        long t0 = System.nanoTime();
        try (Store s = Store.open(db)) {
            int n = rebuild ? s.relink(done -> { }) : s.linkPending(done -> { });
            System.err.printf(Locale.ROOT, "marsad link: %d stored articles %s in %.1f s (%s)%n", n,
                    rebuild ? "linked again" : "linked", (System.nanoTime() - t0) / 1e9, s.location());
            storeSummary("marsad link", s);
            return 0;
        } catch (StoreException e) {
            System.err.println("marsad link: " + e.getMessage());
            return 2;
        }
    }

    /** One line on what linking holds in a store: clusters, several-source clusters, threads, copies. */
    static void storeSummary(String who, Store s) {
        var st = s.stats();
        System.err.printf(Locale.ROOT, "%s: %d event clusters (%d reported by several sources), %d story threads, "
                        + "%d near-duplicate copies%n", who, st.get("clusters").asLong(),
                st.get("multi_source_clusters").asLong(), st.get("threads").asLong(), st.get("near_duplicates").asLong());
    }

    /**
     * The gold reports when the gold file's folder holds {@code ID.events.json} files and the input
     * reports are not those very reports (then the system's reports are aligned to them); empty
     * when the inputs are the gold reports themselves.
     */
    private List<EventMention> goldReports(GoldLinks g) throws IOException {
        Path dir = gold.toAbsolutePath().getParent();
        boolean inputsAreGold = inputs.stream().allMatch(p -> p.getFileName().toString().endsWith(".events.json"));
        if (inputsAreGold) {
            return List.of();
        }
        List<EventMention> out = new ArrayList<>();
        for (String a : g.articles()) {
            Path f = dir.resolve(a + ".events.json");
            if (Files.isRegularFile(f)) {
                JsonNode n = JsonOutput.mapper().readTree(Files.readAllBytes(f));
                out.addAll(ArticleRecord.fromJson(n, Codebook.standard(), Optional.empty()).mentions());
            }
        }
        return out;
    }

    private Map<String, Path> textFiles() throws IOException {
        Map<String, Path> m = new HashMap<>();
        for (Path dir : texts) {
            if (!Files.isDirectory(dir)) {
                throw new IOException("--texts " + dir + ": not a folder");
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(p -> {
                    String name = p.getFileName().toString();
                    m.putIfAbsent(name.substring(0, name.length() - 4), p);
                });
            }
        }
        return m;
    }

    private static String read(Path p) {
        try {
            String t = Files.readString(p, StandardCharsets.UTF_8);
            return t.startsWith("\uFEFF") ? t.substring(1) : t;
        } catch (IOException e) {
            throw new IllegalArgumentException(p + ": cannot read text: " + e.getMessage(), e);
        }
    }

    private static String message(Exception e) {
        Throwable t = e.getCause() instanceof JsonProcessingException j ? j : e;
        return t instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(t.getMessage());
    }
}
