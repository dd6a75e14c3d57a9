package org.marsad.recognize.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link NerModel} from CoNLL sentences. What it does, in order:
 * <ol>
 *   <li>splits every corpus token into the pipeline's pieces ({@link PieceAlignment});</li>
 *   <li>cuts the sentences into blocks of {@value #BLOCK} consecutive sentences (a few articles)
 *       and deals the blocks, shuffled with the seed, into {@code folds} folds;</li>
 *   <li>builds the {@link Gazetteer} from the training sentences: every gold name with its type,
 *       every word of a name with {@code w}+type, tagged with its fold, plus the lists given in
 *       the options ({@link ReferenceLists});</li>
 *   <li>trains OpenNLP's name finder with {@link ArabicNerFeatures}, each sentence seeing the
 *       gazetteer without its own fold's names;</li>
 *   <li>returns the model after a round trip through its serialized form, so what is evaluated is
 *       exactly what is saved.</li>
 * </ol>
 * Deterministic: the same data, options and seed give the same model. Uses one thread.
 */
public final class NerTrainer {
    /** Sentences per block when dealing folds. */
    static final int BLOCK = 50;
    private static final String GAZETTEER_KEY = "marsad-ner.gazetteer";

    /**
     * Training options.
     *
     * @param algorithm  OpenNLP event trainer: {@code PERCEPTRON}, {@code MAXENT} or {@code MAXENT_QN}
     *                   (local classifiers, which {@link NerDecoder} decodes; OpenNLP's sequence
     *                   trainers are not supported)
     * @param iterations training iterations
     * @param cutoff     features seen fewer times are dropped
     * @param l2         L2 cost for {@code MAXENT_QN}
     * @param folds      jackknife folds for the gazetteer (0 or 1: no jackknifing)
     * @param seed       shuffles the blocks dealt into folds
     * @param window     window of the context features (1 or 2)
     * @param otherBias  added to the score of "no entity" when decoding (see {@link NerDecoder})
     * @param startBias  added to the score of starting an entity of a type when decoding
     * @param off        feature groups to leave out (see {@link ArabicNerFeatures})
     * @param extraLists gazetteer entries from outside the training data ({@link ReferenceLists}), fold -1
     */
    public record Options(String algorithm, int iterations, int cutoff, double l2, int folds, long seed, int window,
                          double otherBias, Map<String, Double> startBias, Set<String> off, List<Gazetteer.Entry> extraLists) {
        public Options {
            if (!Set.of("PERCEPTRON", "MAXENT", "MAXENT_QN").contains(algorithm)) {
                throw new IllegalArgumentException("NER training algorithm must be PERCEPTRON, MAXENT or MAXENT_QN: " + algorithm);
            }
            off = Set.copyOf(off);
            startBias = Map.copyOf(startBias);
            extraLists = List.copyOf(extraLists);
        }

        /** The options, with the extra lists counted rather than listed. */
        @Override
        public String toString() {
            return "algorithm=" + algorithm + " iterations=" + iterations + " cutoff=" + cutoff + " l2=" + l2
                    + " folds=" + folds + " seed=" + seed + " window=" + window
                    + " otherBias=" + otherBias + " startBias=" + new java.util.TreeMap<>(startBias)
                    + " off=" + new java.util.TreeSet<>(off) + " extraLists=" + extraLists.size() + " entries";
        }

        public static Options defaults() {
            return new Options("PERCEPTRON", 100, 1, 0.5, 10, 1, 2, 0, Map.of(), Set.of(), List.of());
        }

        public Options withAlgorithm(String a, int it) {
            return new Options(a, it, cutoff, l2, folds, seed, window, otherBias, startBias, off, extraLists);
        }

        public Options withCutoff(int c) {
            return new Options(algorithm, iterations, c, l2, folds, seed, window, otherBias, startBias, off, extraLists);
        }

        public Options withL2(double v) {
            return new Options(algorithm, iterations, cutoff, v, folds, seed, window, otherBias, startBias, off, extraLists);
        }

        public Options withFolds(int f, long s) {
            return new Options(algorithm, iterations, cutoff, l2, f, s, window, otherBias, startBias, off, extraLists);
        }

        public Options withDecoding(int w, double bias) {
            return new Options(algorithm, iterations, cutoff, l2, folds, seed, w, bias, startBias, off, extraLists);
        }

        public Options withStartBias(Map<String, Double> sb) {
            return new Options(algorithm, iterations, cutoff, l2, folds, seed, window, otherBias, sb, off, extraLists);
        }

        public Options withOff(Set<String> o) {
            return new Options(algorithm, iterations, cutoff, l2, folds, seed, window, otherBias, startBias, o, extraLists);
        }

        public Options withLists(List<Gazetteer.Entry> lists) {
            return new Options(algorithm, iterations, cutoff, l2, folds, seed, window, otherBias, startBias, off, lists);
        }

    }

    private NerTrainer() {
    }

    /** Trains a model; see the class comment. */
    public static NerModel train(List<LabeledSentence> sentences, Options o) {
        return train(sentences, o, Map.of());
    }

    /**
     * Trains a model and records {@code record} (command line, data files and their checksums) in
     * the model's settings.
     */
    public static NerModel train(List<LabeledSentence> sentences, Options o, Map<String, String> record) {
        Extensions.register();
        List<PieceAlignment> aligned = new ArrayList<>(sentences.size());
        List<NameSample> samples = new ArrayList<>(sentences.size());
        for (LabeledSentence s : sentences) {
            PieceAlignment a = PieceAlignment.of(s.tokens());
            aligned.add(a);
            if (a.pieces().length == 0) {
                continue;
            }
            List<NerSpan> spans = a.pieceSpans(s.tags());
            Span[] names = new Span[spans.size()];
            for (int i = 0; i < names.length; i++) {
                NerSpan e = spans.get(i);
                names[i] = new Span(e.start(), e.end(), e.type());
            }
            samples.add(new NameSample(a.pieces(), names, false));
        }
        int[] folds = folds(sentences.size(), o.folds(), o.seed());
        Gazetteer gazetteer = gazetteer(sentences, folds, o.extraLists());
        Map<String, Integer> sentenceFolds = new HashMap<>();
        if (o.folds() > 1) {
            for (int i = 0; i < sentences.size(); i++) {
                if (aligned.get(i).pieces().length > 0) {
                    sentenceFolds.putIfAbsent(Gazetteer.sentenceKey(aligned.get(i).pieces()), folds[i]);
                }
            }
        }
        Map<String, Object> resources = new HashMap<>();
        resources.put(GAZETTEER_KEY, gazetteer.withSentenceFolds(sentenceFolds));
        Properties settings = new Properties();
        record.forEach((k, v) -> settings.setProperty("training." + k, v));
        settings.setProperty("training.options", o.toString());
        settings.setProperty(NerModel.OTHER_BIAS, Double.toString(o.otherBias()));
        o.startBias().forEach((type, b) -> settings.setProperty(NerModel.START_BIAS + type, Double.toString(b)));
        resources.put(NerModel.SETTINGS, settings);
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, o.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, o.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, o.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        if (o.algorithm().equals("MAXENT_QN")) {
            params.put("L2Cost", o.l2());
            params.put("L1Cost", 0.0);
        }
        try {
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(ArabicNameFinderFactory.class.getName(),
                    descriptor(o), resources, new BioCodec());
            TokenNameFinderModel model = NameFinderME.train("ar", null,
                    ObjectStreamUtils.createObjectStream(samples), params, factory);
            return NerModel.roundTrip(model);
        } catch (IOException e) {
            throw new UncheckedIOException("NER training failed", e);
        }
    }

    /** The fold of each sentence: blocks of {@value #BLOCK} sentences dealt out after a seeded shuffle. */
    static int[] folds(int n, int k, long seed) {
        int[] out = new int[n];
        if (k <= 1) {
            return out;
        }
        int blocks = (n + BLOCK - 1) / BLOCK;
        List<Integer> order = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            order.add(b);
        }
        Collections.shuffle(order, new Random(seed));
        int[] foldOfBlock = new int[blocks];
        for (int i = 0; i < blocks; i++) {
            foldOfBlock[order.get(i)] = i % k;
        }
        for (int i = 0; i < n; i++) {
            out[i] = foldOfBlock[i / BLOCK];
        }
        return out;
    }

    static Gazetteer gazetteer(List<LabeledSentence> sentences, int[] folds, List<Gazetteer.Entry> extra) {
        Set<Gazetteer.Entry> entries = new LinkedHashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            LabeledSentence s = sentences.get(i);
            for (NerSpan e : NerSpan.fromBio(s.tags())) {
                List<String> words = s.tokens().subList(e.start(), e.end());
                entries.add(new Gazetteer.Entry(e.type(), folds[i], String.join(" ", words)));
                for (String w : words) {
                    entries.add(new Gazetteer.Entry("w" + e.type(), folds[i], w));
                }
            }
        }
        entries.addAll(extra);
        return new Gazetteer(new ArrayList<>(entries));
    }

    /**
     * Reads a list file: {@code TYPE<TAB>phrase} per line, {@code #} comments and blank lines
     * ignored. A line without a tab is an error naming the file and line.
     */
    public static List<Gazetteer.Entry> readLists(InputStream in, String name) throws IOException {
        List<Gazetteer.Entry> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int tab = l.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException(name + ":" + n + ": expected TYPE<TAB>phrase, found '" + l + "'");
            }
            out.add(new Gazetteer.Entry(l.substring(0, tab).strip(), -1, l.substring(tab + 1).strip()));
        }
        return out;
    }

    private static byte[] descriptor(Options o) {
        StringBuilder x = new StringBuilder();
        x.append("<featureGenerators name=\"nameFinder\">\n");
        x.append("  <generator class=\"").append(ArabicNerFeaturesFactory.class.getName()).append("\">\n");
        x.append("    <str name=\"gazetteer\">").append(GAZETTEER_KEY).append("</str>\n");
        x.append("    <int name=\"window\">").append(o.window()).append("</int>\n");
        if (!o.off().isEmpty()) {
            x.append("    <str name=\"off\">").append(String.join(",", new java.util.TreeSet<>(o.off()))).append("</str>\n");
        }
        x.append("  </generator>\n");
        x.append("</featureGenerators>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }
}
