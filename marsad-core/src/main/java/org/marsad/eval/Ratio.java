package org.marsad.eval;

/** A share: how many of {@code total} were right. */
public record Ratio(int right, int total) {
    public Ratio plus(Ratio o) {
        return new Ratio(right + o.right, total + o.total);
    }

    /** The share, or NaN when there was nothing to count. */
    public double value() {
        return total == 0 ? Double.NaN : (double) right / total;
    }
}
