package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.recognize.ner.ConllFormat;
import org.marsad.recognize.ner.Gazetteer;
import org.marsad.recognize.ner.LabeledSentence;
import org.marsad.recognize.ner.NerEvaluator;
import org.marsad.recognize.ner.NerModel;
import org.marsad.recognize.ner.NerScores;
import org.marsad.recognize.ner.NerTrainer;
import org.marsad.recognize.ner.ReferenceLists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad train-ner}: trains the Arabic name finder from CoNLL files and writes the model,
 * with a record of the command, the options and the SHA-256 of every input beside it
 * ({@code MODEL.training.txt}). With {@code --dev-fraction}, the last part of the training file is
 * held out and scored instead of trained on (for choosing options without touching the test split).
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train the Arabic named-entity recognizer from CoNLL files.")
final class TrainNerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--train", required = true, paramLabel = "FILE", description = "CoNLL training file (token TAG per line)")
    Path train;

    @Option(names = "--extra", paramLabel = "FILE|DIR", description = "more CoNLL training data (a file or a folder of .txt files)")
    List<Path> extra = new ArrayList<>();

    @Option(names = "--lists", paramLabel = "FILE", description = "extra gazetteer lists (TYPE<TAB>phrase per line)")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--reference", split = ",", defaultValue = "builtin,cldr,project", paramLabel = "LIST",
            description = "reference name lists to add: builtin (cues, first names), cldr (countries, cities, currencies), project (Marsad's gazetteer, actor dictionary, given names, month and weekday names, common words); 'none' for none (default: ${DEFAULT-VALUE})")
    Set<String> reference;

    @Option(names = "--names-from", paramLabel = "FILE|DIR",
            description = "CoNLL data not trained on whose names and ordinary words become list features (X_PERS, ..., X_O)")
    List<Path> namesFrom = new ArrayList<>();

    @Option(names = "--actor-dict", paramLabel = "FILE", description = "a PETRARCH actor dictionary whose names become a list feature")
    Path actorDict;

    @Option(names = "--clusters", paramLabel = "FILE", description = "word classes from unlabelled text (marsad ner-clusters; .gz allowed), stored in the model")
    Path clusters;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "where to write the model")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "seed for dealing the jackknife folds (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--iterations", defaultValue = "20", description = "passes of the structured perceptron (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--folds", defaultValue = "10", description = "jackknife folds for the training-name lists (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--window", defaultValue = "2", description = "context window (default: ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--other-bias", defaultValue = "0", paramLabel = "B",
            description = "added to the score of 'no entity' when tagging; negative favours recall (default: ${DEFAULT-VALUE})")
    double otherBias;

    @Option(names = "--start-bias", paramLabel = "TYPE=B",
            description = "added to the score of starting an entity of TYPE when tagging, e.g. ORG=0.05")
    Map<String, Double> startBias = new java.util.TreeMap<>();

    @Option(names = "--ensemble", defaultValue = "1", paramLabel = "N",
            description = "average the weights of N perceptron runs over differently shuffled sentences (default: ${DEFAULT-VALUE})")
    int ensemble;

    @Option(names = "--cutoff", defaultValue = "1", paramLabel = "N",
            description = "token features seen at fewer than N training tokens get no weight (default: ${DEFAULT-VALUE})")
    int cutoff;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "C",
            description = "entities of lower confidence are not added to the pipeline's mentions (see eval-ner --confidence-bands; default: ${DEFAULT-VALUE})")
    double minConfidence;

    @Option(names = "--off", split = ",", paramLabel = "GROUP", description = "feature groups to leave out")
    Set<String> off = Set.of();

    @Option(names = "--dev-fraction", defaultValue = "0", paramLabel = "F",
            description = "hold out the last F of --train as a dev set and score it (default: ${DEFAULT-VALUE})")
    double devFraction;

    @Option(names = "--dev-offset", defaultValue = "-1", paramLabel = "O",
            description = "with --dev-fraction: hold out the slice of --train that starts at this fraction instead of its end (the rest, before and after, is trained on)")
    double devOffset;

    @Option(names = "--dev-bias", split = ",", defaultValue = "-2,-1,0,1", paramLabel = "B",
            description = "with --dev-fraction: also score the dev set with --other-bias plus each of these (default: ${DEFAULT-VALUE})")
    double[] devBiases;

    @Option(names = "--eval", paramLabel = "FILE|DIR", description = "CoNLL data to score the new model on")
    List<Path> eval = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        List<LabeledSentence> all = ConllFormat.read(train);
        // the dev slice: the last F of the file, or F starting at --dev-offset
        int devStart = devOffset < 0 ? (int) Math.round(all.size() * (1 - devFraction)) : (int) Math.round(all.size() * devOffset);
        int devEnd = devOffset < 0 ? all.size() : Math.min(all.size(), (int) Math.round(all.size() * (devOffset + devFraction)));
        List<LabeledSentence> trainSet = new ArrayList<>(all.subList(0, devStart));
        trainSet.addAll(all.subList(devEnd, all.size()));
        List<LabeledSentence> dev = all.subList(devStart, devEnd);
        Map<String, String> record = new LinkedHashMap<>();
        record.put("command", "marsad " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        record.put("train", describe(train, trainSet.size()));
        for (Path e : extra) {
            List<LabeledSentence> s = ConllFormat.read(e);
            trainSet.addAll(s);
            record.put("extra." + record.size(), describe(e, s.size()));
        }
        List<Gazetteer.Entry> entries = new ArrayList<>();
        if (reference.contains("builtin")) {
            entries.addAll(ReferenceLists.builtIn());
        }
        if (reference.contains("cldr")) {
            entries.addAll(ReferenceLists.cldr());
        }
        if (reference.contains("project")) {
            entries.addAll(ReferenceLists.project());
        }
        if (actorDict != null) {
            entries.addAll(ReferenceLists.petrarchActors(actorDict));
            record.put("actorDict", describe(actorDict, -1));
        }
        for (Path c : namesFrom) {
            List<LabeledSentence> s = ConllFormat.read(c);
            entries.addAll(ReferenceLists.fromCorpus(s));
            record.put("namesFrom." + record.size(), describe(c, s.size()));
        }
        for (Path l : lists) {
            try (InputStream in = Files.newInputStream(l)) {
                entries.addAll(NerTrainer.readLists(in, l.toString()));
            }
            record.put("lists." + record.size(), describe(l, -1));
        }
        org.marsad.recognize.ner.WordClusters wordClusters = org.marsad.recognize.ner.WordClusters.empty();
        if (clusters != null) {
            try (InputStream in = Files.newInputStream(clusters)) {
                InputStream r = clusters.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in;
                wordClusters = org.marsad.recognize.ner.WordClusters.readText(r, clusters.toString());
            }
            record.put("clusters", describe(clusters, -1));
        }
        NerTrainer.Options opts = NerTrainer.Options.defaults().withClusters(wordClusters)
                .withIterations(iterations).withFolds(folds, seed).withDecoding(window, otherBias).withStartBias(startBias)
                .withOff(off).withCutoff(cutoff).withLists(entries).withMinConfidence(minConfidence).withEnsemble(ensemble);
        long t0 = System.nanoTime();
        NerModel model = NerTrainer.train(trainSet, opts, record);
        record.put("options", opts.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        o.printf(Locale.ROOT, "trained on %d sentences in %.1f s%n", trainSet.size(), ms / 1000.0);
        model.save(out);
        record.put("model", describe(out, -1));
        if (!dev.isEmpty()) {
            NerScores s = score(model, dev);
            if (devOffset < 0) {
                o.printf(Locale.ROOT, "dev (last %d sentences of %s):%n%s", dev.size(), train, s.table());
            } else {
                o.printf(Locale.ROOT, "dev (sentences %d-%d of %s):%n%s", devStart + 1, devEnd, train, s.table());
            }
            for (double b : devBiases) {
                for (int docs : new int[] {0, 20}) {
                    NerScores sb = score(model.withBias(otherBias + b, startBias), dev, docs);
                    o.printf(Locale.ROOT, "dev with --other-bias %.2f, documents of %d sentences: P %.4f R %.4f F1 %.4f%n",
                            otherBias + b, docs, sb.micro().precision(), sb.micro().recall(), sb.micro().f1());
                }
            }
            record.put("dev.microF1", String.format(Locale.ROOT, "%.4f", s.micro().f1()));
        }
        for (Path e : eval) {
            NerScores s = score(model, ConllFormat.read(e));
            o.printf(Locale.ROOT, "%s:%n%s", e, s.table());
            record.put("eval." + e.getFileName() + ".microF1", String.format(Locale.ROOT, "%.4f", s.micro().f1()));
        }
        Path rec = recordPath(out);
        try (Stream<String> lines = record.entrySet().stream().map(x -> x.getKey() + ": " + x.getValue())) {
            Files.write(rec, (Iterable<String>) lines::iterator, StandardCharsets.UTF_8);
        }
        o.println("wrote " + out + " and " + rec);
        o.flush();
        return 0;
    }

    static NerScores score(NerModel model, List<LabeledSentence> data) {
        return NerEvaluator.evaluate(model, data, 0);
    }

    static NerScores score(NerModel model, List<LabeledSentence> data, int docSentences) {
        return NerEvaluator.evaluate(model, data, docSentences);
    }

    static Path recordPath(Path model) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return model.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".training.txt");
    }

    private static String describe(Path p, int sentences) throws IOException {
        String what = p.toString();
        if (Files.isRegularFile(p)) {
            what += " sha256=" + sha256(p);
        } else if (Files.isDirectory(p)) {
            what += " sha256(files)=" + sha256Files(p);
        }
        return sentences >= 0 ? what + " sentences=" + sentences : what;
    }

    /** SHA-256 over the corpus files of a folder as {@code ConllFormat} reads them: each name, then its bytes, in name order. */
    private static String sha256Files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(f -> {
                String n = f.getFileName().toString();
                return n.endsWith(".txt") && !n.startsWith("LICENSE") && !n.startsWith("PROVENANCE") && Files.isRegularFile(f);
            }).sorted().toList()) {
                md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path p) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
