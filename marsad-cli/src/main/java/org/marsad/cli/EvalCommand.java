package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.eval.CanonicalNames;
import org.marsad.eval.Evaluation;
import org.marsad.eval.ReportFormat;
import org.marsad.eval.Scorer;
import org.marsad.output.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad eval --gold DIR}: runs extraction on every article a gold folder describes (or
 * reads earlier output with {@code --system}) and scores it as {@code gold/FORMAT.md} says.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold files (gold/FORMAT.md): entities, dates, places, events, claims.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of *.gold.json files.")
    Path gold;

    @Option(names = "--system", paramLabel = "FILE.jsonl",
            description = "Score this output of `marsad extract` instead of running the pipeline.")
    Path system;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Name aliases (default: aliases.json in the gold/ folder above DIR).")
    Path aliases;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--dump", paramLabel = "FILE.jsonl", description = "Also write the scored system output here.")
    Path dump;

    @Option(names = "--ner", description = "Run the pipeline with the trained name finder (Marsad.withNameModel()).")
    boolean ner;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(gold)) {
            System.err.println("marsad eval: " + gold + ": no such folder");
            return 2;
        }
        Path al = aliases != null ? aliases : Evaluation.aliases(gold).orElse(null);
        CanonicalNames names = al == null ? CanonicalNames.plain() : CanonicalNames.load(al);
        Function<Document, JsonNode> sys;
        if (system != null) {
            Map<String, JsonNode> out = Evaluation.readJsonl(system);
            sys = d -> out.getOrDefault(d.id(), JsonOutput.mapper().createObjectNode());
        } else {
            Marsad marsad = ner ? Marsad.withNameModel() : Marsad.standard();
            sys = d -> JsonOutput.toJson(marsad.process(d));
        }
        Evaluation.Report r = Evaluation.run(gold, sys, new Scorer(names));
        if (dump != null) {
            StringBuilder b = new StringBuilder();
            r.files().forEach(s -> b.append(JsonOutput.write(s.system())).append('\n'));
            Files.writeString(dump, b);
        }
        System.out.print(json ? JsonOutput.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(ReportFormat.json(r)) + "\n" : ReportFormat.table(r));
        return 0;
    }
}
