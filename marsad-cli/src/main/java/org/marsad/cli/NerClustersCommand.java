package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.marsad.recognize.ner.ConllFormat;
import org.marsad.recognize.ner.LabeledSentence;
import org.marsad.recognize.ner.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad ner-clusters}: learns word classes from unlabelled Arabic text for the name
 * finder's features ({@link WordClusters}; {@code train-ner --clusters}). Reads CoNLL files or
 * folders (their words only, never their tags), JSON arrays of articles ({@code title} and
 * {@code content}) and XML files ({@code <Text>} elements). {@code PATH:F} takes only the first
 * fraction F of a CoNLL file's sentences (to keep a dev split out).
 */
@Command(name = "ner-clusters", mixinStandardHelpOptions = true,
        description = "Learn word classes from unlabelled Arabic text for train-ner --clusters.")
final class NerClustersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH[:F]", arity = "1..*", description = "CoNLL file or folder, .json articles or .xml with <Text>")
    List<String> inputs;

    @Option(names = "--sizes", split = ",", defaultValue = "64,256,1024", description = "classes at each granularity (default: ${DEFAULT-VALUE})")
    int[] sizes;

    @Option(names = "--min-count", defaultValue = "2", description = "words seen fewer times get no class (default: ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--passes", defaultValue = "15", description = "at most this many passes of the exchange algorithm (default: ${DEFAULT-VALUE})")
    int passes;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the classes (gzip if it ends in .gz)")
    Path out;

    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        List<String[]> sentences = new ArrayList<>();
        for (String input : inputs) {
            double fraction = 1;
            String p = input;
            int colon = input.lastIndexOf(':');
            if (colon > 0 && input.substring(colon + 1).matches("0?\\.[0-9]+|1(\\.0*)?")) {
                fraction = Double.parseDouble(input.substring(colon + 1));
                p = input.substring(0, colon);
            }
            Path path = Path.of(p);
            int before = sentences.size();
            String name = path.getFileName().toString();
            if (name.endsWith(".json")) {
                JsonNode root = new ObjectMapper().readTree(path.toFile());
                for (JsonNode article : root) {
                    for (String field : new String[] {"title", "content"}) {
                        for (String para : article.path(field).asText("").split("\n")) {
                            if (!para.isBlank()) {
                                sentences.add(WordClusters.words(para));
                            }
                        }
                    }
                }
            } else if (name.endsWith(".xml")) {
                Matcher m = TEXT.matcher(Files.readString(path, StandardCharsets.UTF_8));
                while (m.find()) {
                    String t = m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
                    if (!t.isEmpty()) {
                        sentences.add(WordClusters.words(t));
                    }
                }
            } else {
                List<LabeledSentence> s = ConllFormat.read(path);
                int n = (int) Math.round(s.size() * fraction);
                for (LabeledSentence x : s.subList(0, n)) {
                    sentences.add(WordClusters.words(x.tokens()));
                }
            }
            o.printf("%s: %d sentences%n", input, sentences.size() - before);
        }
        o.flush();
        WordClusters c = WordClusters.build(sentences, sizes, minCount, passes, o);
        try (OutputStream os = Files.newOutputStream(out)) {
            OutputStream w = out.toString().endsWith(".gz") ? new GZIPOutputStream(os) : os;
            w.write(("# marsad ner-clusters " + String.join(" ", spec.commandLine().getParseResult().originalArgs()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            c.writeText(w);
            w.flush();
            if (w instanceof GZIPOutputStream g) {
                g.finish();
            }
        }
        o.printf("wrote %s: %d words%n", out, c.words());
        return 0;
    }
}
