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
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains a {@link NerModel} from CoNLL sentences. What it does, in order:
 * <ol>
 *   <li>splits every corpus token into the pipeline's pieces ({@link PieceAlignment});</li>
 *   <li>cuts the sentences into blocks of {@value #BLOCK} consecutive sentences (a few articles)
 *       and deals the blocks, shuffled with the seed, into {@code folds} folds;</li>
 *   <li>builds the {@link Gazetteer} from the training sentences: every gold name with its type,
 *       every word of a name with {@code w}+type, the stem of every word seen outside a name with
 *       {@value #SEEN} (unless the feature group {@code seen} is off: a word never seen in the
 *       news is likely a foreign name), each tagged with its fold, plus the lists given in the
 *       options ({@link ReferenceLists});</li>
 *   <li>trains the weights with the averaged structured perceptron ({@link SequencePerceptron})
 *       over {@link ArabicNerFeatures}, each sentence seeing the gazetteer without its own fold's
 *       names; with an ensemble, several runs over differently shuffled sentences, whose weights
 *       are averaged;</li>
 *   <li>returns the model as it will be read back from its file (weights at stored precision), so
 *       what is evaluated is exactly what is saved.</li>
 * </ol>
 * Deterministic: the same data, options and seed give the same model. Uses one thread.
 */
public final class NerTrainer {
    /** Gazetteer type of the words seen outside names in training (their clitic-stripped stems). */
    static final String SEEN = "O";
    /** Sentences per block when dealing folds. */
    static final int BLOCK = 50;

    /**
     * Training options.
     *
     * @param iterations passes over the training data
     * @param folds      jackknife folds for the gazetteer (0 or 1: no jackknifing)
     * @param seed       shuffles the blocks dealt into folds and the order of sentences in each pass
     * @param window     window of the context features (1 or 2)
     * @param otherBias  added to the score of "no entity" when decoding (see {@link NerDecoder})
     * @param startBias  added to the score of starting an entity of a type when decoding
     * @param off        feature groups to leave out (see {@link ArabicNerFeatures})
     * @param extraLists gazetteer entries from outside the training data ({@link ReferenceLists}), fold -1
     * @param minConfidence the confidence below which {@link NerMentionFinder#standard()} drops an
     *                   entity ({@link NerModel#minConfidence()}); choose it on held-out data
     * @param ensemble   how many perceptron runs (sentence orders from seeds {@code seed},
     *                   {@code seed+1}, ...) are averaged into the model's weights
     * @param cutoff     token features seen at fewer training tokens get no weight (1: keep all)
     * @param clusters   word classes from unlabelled text for the features ({@link WordClusters}), stored in the model
     */
    public record Options(int iterations, int folds, long seed, int window, double otherBias,
                          Map<String, Double> startBias, Set<String> off, List<Gazetteer.Entry> extraLists,
                          double minConfidence, int ensemble, WordClusters clusters, int cutoff) {
        public Options {
            if (ensemble < 1) {
                throw new IllegalArgumentException("NER ensemble needs at least one run: " + ensemble);
            }
            if (iterations < 1) {
                throw new IllegalArgumentException("NER training needs at least one iteration: " + iterations);
            }
            off = Set.copyOf(off);
            startBias = Map.copyOf(startBias);
            extraLists = List.copyOf(extraLists);
        }

        /** The options, with the extra lists counted rather than listed. */
        @Override
        public String toString() {
            return "algorithm=structured-perceptron iterations=" + iterations + " folds=" + folds + " seed=" + seed
                    + " window=" + window + " otherBias=" + otherBias + " startBias=" + new java.util.TreeMap<>(startBias)
                    + " off=" + new java.util.TreeSet<>(off) + " extraLists=" + extraLists.size() + " entries"
                    + " minConfidence=" + minConfidence + " ensemble=" + ensemble + (cutoff > 1 ? " cutoff=" + cutoff : "")
                    + (clusters.isEmpty() ? "" : " clusters=" + java.util.Arrays.toString(clusters.sizes()) + "x" + clusters.words());
        }

        public static Options defaults() {
            return new Options(20, 10, 1, 2, 0, Map.of(), Set.of(), List.of(), 0, 1, WordClusters.empty(), 1);
        }

        public Options withIterations(int it) {
            return new Options(it, folds, seed, window, otherBias, startBias, off, extraLists, minConfidence, ensemble, clusters, cutoff);
        }

        public Options withFolds(int f, long s) {
            return new Options(iterations, f, s, window, otherBias, startBias, off, extraLists, minConfidence, ensemble, clusters, cutoff);
        }

        public Options withDecoding(int w, double bias) {
            return new Options(iterations, folds, seed, w, bias, startBias, off, extraLists, minConfidence, ensemble, clusters, cutoff);
        }

        public Options withStartBias(Map<String, Double> sb) {
            return new Options(iterations, folds, seed, window, otherBias, sb, off, extraLists, minConfidence, ensemble, clusters, cutoff);
        }

        public Options withOff(Set<String> o) {
            return new Options(iterations, folds, seed, window, otherBias, startBias, o, extraLists, minConfidence, ensemble, clusters, cutoff);
        }

        public Options withLists(List<Gazetteer.Entry> lists) {
            return new Options(iterations, folds, seed, window, otherBias, startBias, off, lists, minConfidence, ensemble, clusters, cutoff);
        }

        public Options withEnsemble(int n) {
            return new Options(iterations, folds, seed, window, otherBias, startBias, off, extraLists, minConfidence, n, clusters, cutoff);
        }

        public Options withCutoff(int c) {
            return new Options(iterations, folds, seed, window, otherBias, startBias, off, extraLists, minConfidence, ensemble, clusters, c);
        }

        public Options withClusters(WordClusters c) {
            return new Options(iterations, folds, seed, window, otherBias, startBias, off, extraLists, minConfidence, ensemble, c, cutoff);
        }

        public Options withMinConfidence(double min) {
            return new Options(iterations, folds, seed, window, otherBias, startBias, off, extraLists, min, ensemble, clusters, cutoff);
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
        Set<String> typeSet = new java.util.TreeSet<>();
        for (LabeledSentence s : sentences) {
            for (NerSpan e : NerSpan.fromBio(s.tags())) {
                typeSet.add(e.type());
            }
        }
        String[] outcomes = NerDecoder.outcomes(new ArrayList<>(typeSet));
        Map<String, Integer> outcomeIds = new HashMap<>();
        for (int i = 0; i < outcomes.length; i++) {
            outcomeIds.put(outcomes[i], i);
        }
        int[] folds = folds(sentences.size(), o.folds(), o.seed());
        List<String[]> pieces = new ArrayList<>(sentences.size());
        List<int[]> gold = new ArrayList<>(sentences.size());
        Map<String, Integer> sentenceFolds = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            LabeledSentence s = sentences.get(i);
            PieceAlignment a = PieceAlignment.of(s.tokens());
            if (a.pieces().length == 0) {
                continue;
            }
            int[] g = new int[a.pieces().length];
            for (NerSpan e : a.pieceSpans(s.tags())) {
                g[e.start()] = outcomeIds.get(e.type() + NerDecoder.START);
                for (int t = e.start() + 1; t < e.end(); t++) {
                    g[t] = outcomeIds.get(e.type() + NerDecoder.CONT);
                }
            }
            pieces.add(a.pieces());
            gold.add(g);
            if (o.folds() > 1) {
                sentenceFolds.putIfAbsent(Gazetteer.sentenceKey(a.pieces()), folds[i]);
            }
        }
        Gazetteer gazetteer = gazetteer(sentences, folds, o.extraLists(), !o.off().contains("seen"));
        Map<String, String> settings = new TreeMap<>();
        record.forEach((k, v) -> settings.put("training." + k, v));
        settings.put("training.options", o.toString());
        settings.put(NerModel.OTHER_BIAS, Double.toString(o.otherBias()));
        o.startBias().forEach((type, b) -> settings.put(NerModel.START_BIAS + type, Double.toString(b)));
        settings.put(NerModel.WINDOW, Integer.toString(o.window()));
        settings.put(NerModel.MIN_CONFIDENCE, Double.toString(o.minConfidence()));
        settings.put(NerModel.OFF, String.join(",", new java.util.TreeSet<>(o.off())));
        ArabicNerFeatures features = new ArabicNerFeatures(gazetteer.withSentenceFolds(sentenceFolds), o.clusters(), o.window(), o.off());
        List<WeightTable> runs = new ArrayList<>(o.ensemble());
        for (int r = 0; r < o.ensemble(); r++) {
            runs.add(new SequencePerceptron(outcomes).train(pieces, gold, features, o.iterations(), o.seed() + r, o.cutoff()));
        }
        WeightTable weights = runs.size() == 1 ? runs.get(0) : WeightTable.mean(runs);
        return new NerModel(settings, outcomes, gazetteer, o.clusters(), weights).stored();
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

    static Gazetteer gazetteer(List<LabeledSentence> sentences, int[] folds, List<Gazetteer.Entry> extra, boolean seen) {
        Set<Gazetteer.Entry> entries = new LinkedHashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            LabeledSentence s = sentences.get(i);
            if (seen) {
                for (int t = 0; t < s.size(); t++) {
                    if (s.tags().get(t).equals(ConllFormat.OUTSIDE)) {
                        String norm = org.marsad.text.ArabicNormalizer.fold(s.tokens().get(t));
                        if (WordAnalysis.kind(norm) == org.marsad.document.Token.Kind.WORD && norm.length() >= 2) {
                            entries.add(new Gazetteer.Entry(SEEN, folds[i], WordAnalysis.stemOf(norm)));
                        }
                    }
                }
            }
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
}
