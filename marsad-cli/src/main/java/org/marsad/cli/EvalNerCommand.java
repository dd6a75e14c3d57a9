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
import org.marsad.recognize.ner.NerEvaluator;
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
 * speed in tokens per second on one thread.
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

    @Override
    public Integer call() throws Exception {
        NerModel m = model == null ? NerModel.standard() : NerModel.load(model);
        if (otherBias != null) {
            m = m.withOtherBias(otherBias);
        }
        List<LabeledSentence> data = ConllFormat.read(file);
        for (LabeledSentence s : data.subList(0, Math.min(200, data.size()))) {
            m.tagCorpusTokens(s.tokens()); // warm up the JIT before timing
        }
        NerEvaluator ev = new NerEvaluator();
        long t0 = System.nanoTime();
        for (LabeledSentence s : data) {
            ev.add(s.tags(), m.tagCorpusTokens(s.tokens()));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        NerScores scores = ev.scores();
        double tps = scores.tokens() / seconds;
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectMapper om = new ObjectMapper();
            ObjectNode root = om.createObjectNode();
            root.put("file", file.toString());
            root.put("sentences", scores.sentences());
            root.put("tokens", scores.tokens());
            root.put("tokensPerSecond", Math.round(tps));
            root.set("micro", counts(om, scores.micro()));
            ObjectNode per = root.putObject("perType");
            for (Map.Entry<String, NerScores.Counts> e : scores.perType().entrySet()) {
                per.set(e.getKey(), counts(om, e.getValue()));
            }
            o.println(om.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            o.printf(Locale.ROOT, "%s: %d sentences, %d tokens, %.0f tokens/s%n", file, scores.sentences(),
                    scores.tokens(), tps);
            o.print(scores.table());
        }
        o.flush();
        return 0;
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
