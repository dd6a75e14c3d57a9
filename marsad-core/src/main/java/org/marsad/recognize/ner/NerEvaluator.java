package org.marsad.recognize.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 as CoNLL's {@code conlleval} computes them. Rules:
 * <ol>
 *   <li>entities are read from BIO tags by {@link NerSpan#fromBio} (an {@code I-X} after {@code O}
 *       or after another type starts an entity);</li>
 *   <li>a predicted entity is correct only when an entity of the gold has the same first token,
 *       the same last token and the same type: a partial match counts as one false positive and
 *       one false negative;</li>
 *   <li>scores are kept per type and micro-averaged over all types (sums of counts, not a mean of
 *       per-type scores).</li>
 * </ol>
 * Accumulates sentence by sentence; not thread-safe.
 */
public final class NerEvaluator {
    private final Map<String, int[]> counts = new TreeMap<>();
    private long tokens;
    private long sentences;

    /** Adds one sentence's gold and predicted tags (same length). */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " tags, prediction " + predicted.size());
        }
        Set<NerSpan> g = new HashSet<>(NerSpan.fromBio(gold));
        Set<NerSpan> p = new HashSet<>(NerSpan.fromBio(predicted));
        for (NerSpan s : p) {
            int[] c = counts.computeIfAbsent(s.type(), k -> new int[3]);
            c[g.contains(s) ? 0 : 1]++;
        }
        for (NerSpan s : g) {
            if (!p.contains(s)) {
                counts.computeIfAbsent(s.type(), k -> new int[3])[2]++;
            }
        }
        tokens += gold.size();
        sentences++;
    }

    /**
     * Tags a labelled corpus with a model and scores it: sentence by sentence, or, when
     * {@code docSentences} &gt; 0, in documents of that many consecutive sentences tagged with
     * document consistency ({@link NerModel#tagDocument}), as the pipeline tags an article.
     */
    public static NerScores evaluate(NerModel model, List<LabeledSentence> data, int docSentences) {
        NerEvaluator ev = new NerEvaluator();
        if (docSentences <= 0) {
            for (LabeledSentence s : data) {
                ev.add(s.tags(), model.tagCorpusTokens(s.tokens()));
            }
            return ev.scores();
        }
        for (int from = 0; from < data.size(); from += docSentences) {
            List<LabeledSentence> doc = data.subList(from, Math.min(data.size(), from + docSentences));
            List<List<String>> tags = model.tagCorpusDocument(doc.stream().map(LabeledSentence::tokens).toList());
            for (int i = 0; i < doc.size(); i++) {
                ev.add(doc.get(i).tags(), tags.get(i));
            }
        }
        return ev.scores();
    }

    /**
     * How many entities the model finds in each band of confidence, and how many of those are
     * right (sentence by sentence): {@code [band][0]} correct, {@code [band][1]} found, where band
     * {@code b} holds confidences in {@code [edges[b], edges[b+1])} (the last band is open).
     */
    public static int[][] byConfidence(NerModel model, List<LabeledSentence> data, double[] edges) {
        int[][] out = new int[edges.length][2];
        for (LabeledSentence s : data) {
            PieceAlignment a = PieceAlignment.of(s.tokens());
            Set<NerSpan> gold = new HashSet<>();
            for (NerSpan g : a.pieceSpans(s.tags())) {
                gold.add(new NerSpan(g.start(), g.end(), g.type()));
            }
            for (NerSpan e : model.tag(a.pieces())) {
                int b = edges.length - 1;
                while (b > 0 && e.confidence() < edges[b]) {
                    b--;
                }
                out[b][1]++;
                if (gold.contains(new NerSpan(e.start(), e.end(), e.type()))) {
                    out[b][0]++;
                }
            }
        }
        return out;
    }

    /** The scores of everything added so far. */
    public NerScores scores() {
        Map<String, NerScores.Counts> per = new TreeMap<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            per.put(e.getKey(), new NerScores.Counts(c[0], c[1], c[2]));
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return new NerScores(per, new NerScores.Counts(tp, fp, fn), tokens, sentences);
    }
}
