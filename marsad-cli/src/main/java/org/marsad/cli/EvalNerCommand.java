package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.recognize.ner.ConllFormat;
import org.marsad.recognize.ner.LabeledSentence;
import org.marsad.recognize.ner.NerModel;
import org.marsad.recognize.ner.NerScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad eval-ner FILE}: tags a CoNLL file (or a folder of them) with the NER model and
 * prints CoNLL entity-level precision, recall and F1 per type and micro-averaged, and the tagging
 * speed: tokens per second of CPU time of the one tagging thread (so that other work on the
 * machine does not distort it), after one untimed pass to warm up the JIT.
 *
 * <p>With {@code --doc-sentences N} the file is read as documents of N consecutive sentences and
 * each is tagged as the pipeline tags an article (document consistency on); CoNLL corpora such as
 * ANERcorp keep no article boundaries, so N approximates an article.
 */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = "Score the named-entity recognizer on CoNLL data (entity-level P/R/F1).")
final class EvalNerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|DIR", description = "CoNLL data: token TAG per line, blank line between sentences")
    Path file;

    @Option(names = "--model", paramLabel = "PATH", description = "model file (default: the shipped model)")
    Path model;

    @Option(names = "--json", description = "print the scores as JSON")
    boolean json;

    @Option(names = "--other-bias", paramLabel = "B", description = "override the model's bias for 'no entity'")
    Double otherBias;

    @Option(names = "--start-bias", paramLabel = "TYPE=B",
            description = "override the model's bias for starting an entity of TYPE (with --other-bias or the model's)")
    Map<String, Double> startBias;

    @Option(names = "--types", split = ",", paramLabel = "TYPE",
            description = "score only these types (others become O in gold and prediction), e.g. PERS,ORG,LOC")
    java.util.Set<String> types;

    @Option(names = "--doc-sentences", defaultValue = "0", paramLabel = "N",
            description = "tag documents of N consecutive sentences with document consistency; 0: sentence by sentence (default: ${DEFAULT-VALUE})")
    int docSentences;

    @Option(names = "--confidence-bands", split = ",", paramLabel = "EDGE",
            description = "also print, per band of entity confidence starting at these edges, how many entities were found and the share right")
    double[] bands;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "write each sentence with a wrong entity here: the sentence, then '-' missed and '+' wrong entities (TYPE text)")
    Path errors;

    @Override
    public Integer call() throws Exception {
        NerModel m = model == null ? NerModel.standard() : NerModel.load(model);
        if (startBias != null) {
            double ob = otherBias != null ? otherBias : Double.parseDouble(m.setting("decoder.otherBias"));
            m = m.withBias(ob, startBias);
        } else if (otherBias != null) {
            m = m.withOtherBias(otherBias);
        }
        List<LabeledSentence> data = ConllFormat.read(file);
        if (types != null) {
            m = m.onlyTypes(types);
            data = data.stream().map(s -> new LabeledSentence(s.tokens(), s.tags().stream()
                    .map(t -> t.length() > 2 && types.contains(t.substring(2)) ? t : "O").toList(), s.source())).toList();
        }
        TrainNerCommand.score(m, data, docSentences); // warm-up pass, untimed
        if (errors != null) {
            java.nio.file.Files.writeString(errors, errorReport(m, data, docSentences));
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        NerScores scores = TrainNerCommand.score(m, data, docSentences);
        double seconds = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
        double labeller = labellerSpeed(m, data, docSentences);
        double tps = scores.tokens() / seconds;
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectMapper om = new ObjectMapper();
            ObjectNode root = om.createObjectNode();
            root.put("file", file.toString());
            root.put("sentences", scores.sentences());
            root.put("tokens", scores.tokens());
            root.put("docSentences", docSentences);
            root.put("tokensPerCpuSecond", Math.round(tps));
            root.put("labellerTokensPerCpuSecond", Math.round(labeller));
            root.set("micro", counts(om, scores.micro()));
            ObjectNode per = root.putObject("perType");
            for (Map.Entry<String, NerScores.Counts> e : scores.perType().entrySet()) {
                per.set(e.getKey(), counts(om, e.getValue()));
            }
            o.println(om.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            o.printf(Locale.ROOT, "%s: %d sentences, %d tokens, %s, %.0f tokens per CPU second%n", file,
                    scores.sentences(), scores.tokens(), docSentences > 0 ? "documents of " + docSentences + " sentences"
                    : "sentence by sentence", tps);
            o.printf(Locale.ROOT, "model alone on normalized tokens (%s): %.0f tokens per CPU second%n",
                    docSentences > 0 ? "NerModel.tagDocument" : "NerModel.tag", labeller);
            o.print(scores.table());
        }
        if (bands != null) {
            int[][] c = org.marsad.recognize.ner.NerEvaluator.byConfidence(m, data, bands);
            for (int b = 0; b < bands.length; b++) {
                o.printf(Locale.ROOT, "confidence >= %-8s found %6d right %6d precision %.3f%n", bands[b], c[b][1], c[b][0],
                        c[b][1] == 0 ? 0.0 : (double) c[b][0] / c[b][1]);
            }
        }
        o.flush();
        return 0;
    }

    /** The sentences with a missed or wrong entity (for reading what goes wrong). */
    static String errorReport(NerModel m, List<LabeledSentence> data, int docSentences) {
        StringBuilder b = new StringBuilder();
        int step = docSentences > 0 ? docSentences : 1;
        for (int from = 0; from < data.size(); from += step) {
            List<LabeledSentence> doc = data.subList(from, Math.min(data.size(), from + step));
            List<List<String>> tags = docSentences > 0
                    ? m.tagCorpusDocument(doc.stream().map(LabeledSentence::tokens).toList())
                    : List.of(m.tagCorpusTokens(doc.get(0).tokens()));
            for (int i = 0; i < doc.size(); i++) {
                LabeledSentence s = doc.get(i);
                java.util.Set<org.marsad.recognize.ner.NerSpan> gold = new java.util.LinkedHashSet<>(
                        org.marsad.recognize.ner.NerSpan.fromBio(s.tags()));
                java.util.Set<org.marsad.recognize.ner.NerSpan> pred = new java.util.LinkedHashSet<>(
                        org.marsad.recognize.ner.NerSpan.fromBio(tags.get(i)));
                if (gold.equals(pred)) {
                    continue;
                }
                b.append(s.source()).append(": ").append(String.join(" ", s.tokens())).append('\n');
                for (org.marsad.recognize.ner.NerSpan g : gold) {
                    if (!pred.contains(g)) {
                        b.append("  - ").append(g.type()).append(' ')
                                .append(String.join(" ", s.tokens().subList(g.start(), g.end()))).append('\n');
                    }
                }
                for (org.marsad.recognize.ner.NerSpan p : pred) {
                    if (!gold.contains(p)) {
                        b.append("  + ").append(p.type()).append(' ')
                                .append(String.join(" ", s.tokens().subList(p.start(), p.end()))).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Tokens per CPU second of the model alone over the corpus already normalized (as the pipeline
     * hands it its tokens): {@code NerModel.tag} sentence by sentence, or, with
     * {@code docSentences > 0}, {@code NerModel.tagDocument} over documents of that many sentences
     * (document consistency included). The best of five passes after a warm-up pass: on a shared
     * machine the best pass is the one least slowed by other processes competing for the core's caches.
     */
    static double labellerSpeed(NerModel m, List<LabeledSentence> data, int docSentences) {
        List<String[]> input = data.stream().map(s -> NerModel.normalizedPieces(s.tokens())).toList();
        int step = docSentences > 0 ? docSentences : 1;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double best = 0;
        for (int pass = 0; pass < 6; pass++) { // a warm-up pass, then the best of five
            long tokens = 0;
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int from = 0; from < input.size(); from += step) {
                List<String[]> doc = input.subList(from, Math.min(input.size(), from + step));
                if (docSentences > 0) {
                    m.tagDocument(doc);
                } else {
                    m.tag(doc.get(0));
                }
                for (String[] s : doc) {
                    tokens += s.length;
                }
            }
            double rate = tokens / ((cpu.getCurrentThreadCpuTime() - t0) / 1e9);
            if (pass > 0) {
                best = Math.max(best, rate);
            }
        }
        return best;
    }

    private static ObjectNode counts(ObjectMapper om, NerScores.Counts c) {
        ObjectNode n = om.createObjectNode();
        n.put("precision", c.precision());
        n.put("recall", c.recall());
        n.put("f1", c.f1());
        n.put("truePositives", c.truePositives());
        n.put("falsePositives", c.falsePositives());
        n.put("falseNegatives", c.falseNegatives());
        return n;
    }
}
