package org.marsad.recognize.ner;

import java.util.Locale;
import java.util.Map;

/**
 * Entity-level scores: per type and micro-averaged (see {@link NerEvaluator}).
 *
 * @param tokens    number of tokens scored
 * @param sentences number of sentences scored
 */
public record NerScores(Map<String, Counts> perType, Counts micro, long tokens, long sentences) {
    public NerScores {
        perType = Map.copyOf(perType);
    }

    /** True positives, false positives (predicted, not in gold), false negatives (gold, not predicted). */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int p = truePositives + falsePositives;
            return p == 0 ? 0 : (double) truePositives / p;
        }

        public double recall() {
            int g = truePositives + falseNegatives;
            return g == 0 ? 0 : (double) truePositives / g;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int gold() {
            return truePositives + falseNegatives;
        }

        public int predicted() {
            return truePositives + falsePositives;
        }
    }

    /** A plain-text table, one line per type and one for the micro average. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-6s %9s %9s %9s %6s %6s%n", "type", "precision", "recall", "F1", "gold", "pred"));
        for (Map.Entry<String, Counts> e : new java.util.TreeMap<>(perType).entrySet()) {
            line(b, e.getKey(), e.getValue());
        }
        line(b, "micro", micro);
        return b.toString();
    }

    private static void line(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-6s %9.4f %9.4f %9.4f %6d %6d%n", name, c.precision(), c.recall(), c.f1(),
                c.gold(), c.predicted()));
    }
}
