package org.marsad.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.marsad.store.Ingestor;

/**
 * A one-line progress bar on a terminal: done/expected, articles per second, time left. Redrawn
 * at most five times a second with a carriage return; on a non-terminal nothing is drawn.
 * Not thread-safe: called from the ingest thread.
 */
final class ProgressBar implements Ingestor.Listener {
    private static final int WIDTH = 28;
    private final PrintStream out;
    private final boolean enabled;
    private long lastDraw;

    ProgressBar(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    @Override
    public void progress(Ingestor.Progress p) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        boolean last = p.expected() > 0 && p.done() >= p.expected();
        if (!last && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        out.print("\r" + line(p));
        if (last) {
            out.println();
        }
        out.flush();
    }

    static String line(Ingestor.Progress p) {
        StringBuilder b = new StringBuilder();
        double rate = p.rate();
        if (p.expected() > 0) {
            double f = Math.min(1.0, p.done() / (double) p.expected());
            int full = (int) Math.round(f * WIDTH);
            b.append('[').append("#".repeat(full)).append(".".repeat(WIDTH - full)).append("] ");
            b.append(p.done()).append('/').append(p.expected());
            b.append(String.format(Locale.ROOT, " %3.0f%%", f * 100));
        } else {
            b.append(p.done()).append(" articles");
        }
        b.append(String.format(Locale.ROOT, "  %.1f art/s", rate));
        if (p.expected() > 0 && rate > 0) {
            long left = Math.round((p.expected() - p.done()) / rate);
            b.append(String.format(Locale.ROOT, "  ETA %d:%02d", left / 60, left % 60));
        }
        b.append("  new ").append(p.ingested()).append(", dup ").append(p.duplicates()).append(", failed ")
                .append(p.failed()).append("   ");
        return b.toString();
    }
}
