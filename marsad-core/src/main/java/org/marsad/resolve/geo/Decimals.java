package org.marsad.resolve.geo;

/**
 * Writes a number rounded to tenths or hundredths as {@link Double#toString(double)} writes it
 * («12.3», «-3.0», «0.05»), without going through a double: the resolver's reasons round each
 * score they print, and the JDK's conversion of a double to text was a visible share of the
 * resolver's time (issue 4). Numbers of {@value #LIMIT} units (tenths or hundredths) or more are
 * left to the JDK; below, {@code DecimalsTest} compares every one with the JDK's text. Stateless and
 * thread-safe.
 */
final class Decimals {
    /** The scaled values written here are those of smaller magnitude (scores are rarely above 100). */
    static final long LIMIT = 100_000;

    private Decimals() {
    }

    /**
     * Appends {@code scaled / 10^places} ({@code places} 1 or 2) as {@code sb.append(scaled / 10.0)}
     * or {@code sb.append(scaled / 100.0)} would.
     */
    static StringBuilder append(StringBuilder sb, long scaled, int places) {
        long unit = places == 1 ? 10 : 100;
        if (places < 1 || places > 2 || Math.abs(scaled) >= LIMIT) {
            return sb.append(scaled / (double) unit);
        }
        long abs = Math.abs(scaled);
        if (scaled < 0) {
            sb.append('-');
        }
        sb.append(abs / unit).append('.');
        long frac = abs % unit;
        if (places == 1) {
            return sb.append((char) ('0' + frac));
        }
        sb.append((char) ('0' + frac / 10));
        return frac % 10 == 0 ? sb : sb.append((char) ('0' + frac % 10));
    }
}
