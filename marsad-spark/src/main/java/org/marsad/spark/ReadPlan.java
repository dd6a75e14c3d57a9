package org.marsad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.marsad.spark.SparkInputs.InputFile;
import org.marsad.spark.SparkInputs.Kind;

/**
 * How the files read whole (texts, JSON, WARC; not JSON Lines, which Hadoop splits) are shared
 * among the tasks that read them, planned on the driver from the files' sizes, with no Spark job:
 * the files, in path order, are cut into about {@code target} slices of about the same number of
 * bytes, each slice a run of neighbouring files or of byte ranges of one JSON file
 * ({@link org.marsad.ingest.JsonArticles#open(String, java.io.InputStream, long, long)}). A slice
 * is read by one task, which also runs the pipeline on what it read: the articles need no shuffle
 * to reach the cores, and each task holds neighbouring articles of the input (in a corpus stored
 * by date, a few dates: the tables are written with few files per date).
 *
 * <p>A JSON file is cut into at most {@value #MAX_RANGES} ranges of at least {@value #MIN_RANGE}
 * bytes: every reader of a range tokenizes the file up to its range, so the reading grows with the
 * number of ranges (tokenizing is about a hundred times cheaper per byte than the pipeline).
 *
 * <p>Stateless; thread-safe.
 */
final class ReadPlan {
    /** The most byte ranges one JSON file is cut into. */
    static final int MAX_RANGES = 16;
    /** The fewest bytes in a byte range of a JSON file. */
    static final long MIN_RANGE = 64 * 1024;

    /** Part of a file: bytes {@code [from, to)}; {@code to} is {@link Long#MAX_VALUE} for the rest of it. */
    record Piece(InputFile file, long from, long to) implements Serializable {
        boolean whole() {
            return from == 0 && to == Long.MAX_VALUE;
        }
    }

    private ReadPlan() {
    }

    /** The slices, each a non-empty list of pieces, in file order; about {@code target} of them. */
    static List<List<Piece>> slices(List<InputFile> files, int target) {
        if (target < 1) {
            throw new IllegalArgumentException("target slices must be positive: " + target);
        }
        double total = 0;
        for (InputFile f : files) {
            total += weight(f.length());
        }
        List<Piece> pieces = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (InputFile f : files) {
            int k = f.kind() == Kind.JSON ? ranges(f.length(), weight(f.length()) * target / total) : 1;
            for (int i = 0; i < k; i++) {
                long from = i == 0 ? 0 : f.length() * i / k;
                long to = i == k - 1 ? Long.MAX_VALUE : f.length() * (i + 1) / k;
                pieces.add(new Piece(f, from, to));
                weights.add(weight(f.length()) / k);
            }
        }
        List<List<Piece>> slices = new ArrayList<>();
        for (int s = 0; s < target; s++) {
            slices.add(new ArrayList<>());
        }
        double before = 0;
        for (int i = 0; i < pieces.size(); i++) {
            double w = weights.get(i);
            int s = (int) Math.min(target - 1, Math.floor((before + w / 2) * target / total));
            slices.get(s).add(pieces.get(i));
            before += w;
        }
        slices.removeIf(List::isEmpty);
        return slices;
    }

    /** Byte ranges for a JSON file of {@code length} bytes whose share of the slices is {@code share}. */
    static int ranges(long length, double share) {
        long most = Math.max(1, Math.min(MAX_RANGES, length / MIN_RANGE));
        return (int) Math.max(1, Math.min(most, Math.round(share)));
    }

    private static double weight(long length) {
        return Math.max(1, length);
    }
}
