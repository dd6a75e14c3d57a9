package org.marsad.spark;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.marsad.document.Document;
import org.marsad.document.Metadata;
import org.marsad.ingest.ArticleInput;
import org.marsad.ingest.InputException;
import org.marsad.ingest.JsonArticles;
import org.marsad.ingest.PlainTextReader;
import org.marsad.ingest.WarcArticles;
import org.marsad.output.JsonOutput;

/**
 * The articles under the paths a user names, on any file system Hadoop reaches ({@code hdfs://},
 * {@code s3a://}, {@code file:}, globs allowed), read by marsad-core's readers:
 * <ul>
 *   <li>{@code .txt}: plain text, with the sidecar {@code NAME.meta.json} beside it when there is one
 *       ({@link PlainTextReader}); one file per article;</li>
 *   <li>{@code .jsonl}, {@code .ndjson} (also gzipped): JSON Lines, split by Hadoop's line reader
 *       into blocks, so one big dump is read by many tasks ({@link JsonArticles#article});</li>
 *   <li>{@code .json}: a JSON array or object of articles ({@link JsonArticles}); a big array is read
 *       by several tasks, each its byte range of the file ({@link ReadPlan});</li>
 *   <li>{@code .warc}, {@code .warc.gz}: the HTML responses of a web archive, one file per task
 *       ({@link WarcArticles}, jwarc).</li>
 * </ul>
 * A folder stands for every such file under it (hidden files and names starting with {@code _} are
 * not read); a path that does not exist, or a file named explicitly with another extension, is a
 * failed input, like a record that cannot be read: failures travel with the articles and end in
 * the {@code errors} table.
 */
final class SparkInputs {
    enum Kind { TEXT, JSON, JSONL, WARC }

    /** One file to read, of {@code length} bytes; {@code sidecar} is the metadata file beside a text, or null. */
    record InputFile(String path, Kind kind, String sidecar, long length) implements Serializable {
    }

    /** The files found, and the inputs that could not be listed. */
    record Listing(List<InputFile> files, List<RawArticle> problems) {
    }

    private SparkInputs() {
    }

    /**
     * The articles under the inputs, one RDD of articles and failures, in about {@code slices}
     * partitions read with no shuffle ({@link ReadPlan}; JSON Lines in Hadoop's splits). When the
     * files cannot be cut into as many slices as there are cores (a few WARC files), what they
     * hold is spread round-robin over {@code slices} partitions before the pipeline. The tasks open
     * the files with {@code hc}, the job's Hadoop settings, broadcast (an executor reads them once,
     * not inside every task's closure).
     */
    static JavaRDD<RawArticle> read(JavaSparkContext jsc, List<String> inputs, int slices, Broadcast<HadoopConf> hc) {
        Configuration conf = jsc.hadoopConfiguration();
        Listing l = list(inputs, conf);
        List<InputFile> whole = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (InputFile f : l.files()) {
            if (f.kind() == Kind.JSONL) {
                lines.add(f.path());
            } else {
                whole.add(f);
            }
        }
        List<JavaRDD<RawArticle>> parts = new ArrayList<>();
        if (!l.problems().isEmpty()) {
            parts.add(jsc.parallelize(l.problems(), 1));
        }
        if (!whole.isEmpty()) {
            List<List<ReadPlan.Piece>> plan = ReadPlan.slices(whole, slices);
            JavaRDD<RawArticle> read = jsc.parallelize(plan, plan.size())
                    .flatMap(s -> new Chain(s.iterator(), p -> readPiece(p, hc.value())));
            if (plan.size() < jsc.defaultParallelism()) {
                // the articles leave their file's task unread (parsed, not yet cleaned into documents)
                read = read.repartition(slices);
            }
            parts.add(read);
        }
        if (!lines.isEmpty()) {
            JavaNewHadoopRDD<LongWritable, Text> rdd = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                    String.join(",", lines), TextInputFormat.class, LongWritable.class, Text.class, conf);
            parts.add(rdd.mapPartitionsWithInputSplit((split, it) -> jsonLines(((FileSplit) split).getPath().toString(), it),
                    false));
        }
        if (parts.isEmpty()) {
            return jsc.emptyRDD();
        }
        JavaRDD<RawArticle> out = parts.get(0);
        for (JavaRDD<RawArticle> p : parts.subList(1, parts.size())) {
            out = out.union(p);
        }
        return out;
    }

    /** Lists the inputs on the driver: folders recursively, sorted by path. */
    static Listing list(List<String> inputs, Configuration conf) {
        List<FileStatus> found = new ArrayList<>();
        List<RawArticle> problems = new ArrayList<>();
        for (String in : inputs) {
            try {
                Path p = new Path(in);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] st = fs.globStatus(p);
                if (st == null || st.length == 0) {
                    problems.add(RawArticle.failed(in, "file", in + ": no such file or folder"));
                    continue;
                }
                for (FileStatus s : st) {
                    if (s.isDirectory()) {
                        walk(fs, s.getPath(), found);
                    } else if (kind(s.getPath().getName()) != null || isSidecar(s.getPath())) {
                        found.add(s);
                    } else {
                        problems.add(RawArticle.failed(in, "file", in + ": unknown kind of input (expected .txt, "
                                + ".jsonl/.ndjson[.gz], .json, .warc[.gz] or a folder)"));
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.add(RawArticle.failed(in, "file", in + ": cannot list: " + e.getMessage()));
            }
        }
        Set<String> sidecars = new HashSet<>();
        for (FileStatus f : found) {
            if (isSidecar(f.getPath())) {
                sidecars.add(f.getPath().toString());
            }
        }
        List<InputFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FileStatus f : found) {
            Kind k = kind(f.getPath().getName());
            String path = f.getPath().toString();
            if (k == null || !seen.add(path)) {
                continue;
            }
            String sidecar = null;
            if (k == Kind.TEXT) {
                String s = new Path(f.getPath().getParent(),
                        PlainTextReader.idOf(f.getPath().getName()) + ".meta.json").toString();
                sidecar = sidecars.contains(s) ? s : null;
            }
            files.add(new InputFile(path, k, sidecar, f.getLen()));
        }
        files.sort(java.util.Comparator.comparing(InputFile::path));
        return new Listing(files, problems);
    }

    /**
     * The files under a folder that the job reads, recursively. {@code listStatus}, not
     * {@code listFiles}: the located statuses of {@code listFiles} copy each file's owner and
     * permissions, which Hadoop's local file system finds by running {@code ls} once per file
     * (5,880 files: about 8 s of the driver's time before any task started).
     */
    private static void walk(FileSystem fs, Path dir, List<FileStatus> found) throws IOException {
        for (FileStatus f : fs.listStatus(dir)) {
            if (f.isDirectory()) {
                walk(fs, f.getPath(), found);
            } else if (!hidden(f.getPath()) && (kind(f.getPath().getName()) != null || isSidecar(f.getPath()))) {
                found.add(f);
            }
        }
    }

    private static boolean hidden(Path p) {
        String n = p.getName();
        return n.startsWith(".") || n.startsWith("_");
    }

    private static boolean isSidecar(Path p) {
        return p.getName().endsWith(".meta.json");
    }

    static Kind kind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".meta.json")) {
            return null;
        }
        if (n.endsWith(".txt")) {
            return Kind.TEXT;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson.gz")) {
            return Kind.JSONL;
        }
        if (n.endsWith(".json")) {
            return Kind.JSON;
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        return null;
    }

    /** Reads a piece: a text with its sidecar, or the articles of a JSON or WARC file (of a byte range of a JSON file). */
    static Iterator<RawArticle> readPiece(ReadPlan.Piece piece, HadoopConf conf) {
        InputFile f = piece.file();
        Path p = new Path(f.path());
        try {
            FileSystem fs = p.getFileSystem(conf.get());
            if (!piece.whole() && f.kind() != Kind.JSON) {
                throw new IllegalStateException("only a JSON file is read in byte ranges: " + piece);
            }
            switch (f.kind()) {
                case TEXT -> {
                    byte[] bytes = readAll(fs, p);
                    Document d = PlainTextReader.read(f.path(), bytes, () -> sidecar(fs, f.sidecar()));
                    return List.of(RawArticle.of(f.path(), "text", d)).iterator();
                }
                case JSON -> {
                    return new Articles(JsonArticles.open(f.path(), fs.open(p), piece.from(), piece.to()), "json");
                }
                case WARC -> {
                    return new Articles(WarcArticles.open(f.path(), fs.open(p)), "warc");
                }
                default -> throw new IllegalStateException("read by lines: " + f);
            }
        } catch (InputException e) {
            return piece.from() == 0 ? List.of(RawArticle.failed(f.path(), "file", e.getMessage())).iterator()
                    : java.util.Collections.emptyIterator();
        } catch (IOException e) {
            return piece.from() == 0
                    ? List.of(RawArticle.failed(f.path(), "file", f.path() + ": cannot read: " + e.getMessage())).iterator()
                    : java.util.Collections.emptyIterator();
        }
    }

    /** The elements of the iterators made from each source, one iterator open at a time. */
    private static final class Chain implements Iterator<RawArticle> {
        private final Iterator<ReadPlan.Piece> sources;
        private final java.util.function.Function<ReadPlan.Piece, Iterator<RawArticle>> open;
        private Iterator<RawArticle> current = java.util.Collections.emptyIterator();

        Chain(Iterator<ReadPlan.Piece> sources, java.util.function.Function<ReadPlan.Piece, Iterator<RawArticle>> open) {
            this.sources = sources;
            this.open = open;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && sources.hasNext()) {
                current = open.apply(sources.next());
            }
            return current.hasNext();
        }

        @Override
        public RawArticle next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }

    private static Metadata sidecar(FileSystem fs, String sidecar) {
        if (sidecar == null) {
            return Metadata.EMPTY;
        }
        try {
            return PlainTextReader.parseSidecar(sidecar, readAll(fs, new Path(sidecar)));
        } catch (IOException e) {
            throw new InputException(sidecar, "cannot read metadata: " + e.getMessage(), e);
        }
    }

    private static byte[] readAll(FileSystem fs, Path p) throws IOException {
        try (InputStream in = fs.open(p)) {
            return in.readAllBytes();
        }
    }

    /** The lines of a JSON Lines split: one article per non-blank line, named {@code FILE@OFFSET}. */
    private static Iterator<RawArticle> jsonLines(String file, Iterator<scala.Tuple2<LongWritable, Text>> it) {
        return new Iterator<>() {
            private RawArticle next;

            @Override
            public boolean hasNext() {
                while (next == null && it.hasNext()) {
                    scala.Tuple2<LongWritable, Text> t = it.next();
                    String line = t._2().toString();
                    if (!line.isBlank()) {
                        next = line(file + "@" + t._1().get(), line);
                    }
                }
                return next != null;
            }

            @Override
            public RawArticle next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RawArticle r = next;
                next = null;
                return r;
            }
        };
    }

    static RawArticle line(String origin, String line) {
        try {
            return RawArticle.of(origin, "json", JsonArticles.article(origin, JsonOutput.mapper().readTree(line)));
        } catch (InputException e) {
            return RawArticle.failed(origin, "json", e.getMessage());
        } catch (IOException e) {
            return RawArticle.failed(origin, "json", origin + ": not JSON: " + e.getMessage());
        }
    }

    /** The articles of a container file, read as the iteration reaches them; closed at the end. */
    private static final class Articles implements Iterator<RawArticle> {
        private final Iterator<ArticleInput> inputs;
        private final String format;
        private boolean closed;

        <T extends Iterator<ArticleInput> & Closeable> Articles(T inputs, String format) {
            this.inputs = inputs;
            this.format = format;
        }

        @Override
        public boolean hasNext() {
            if (closed) {
                return false;
            }
            if (inputs.hasNext()) {
                return true;
            }
            closed = true;
            try {
                ((Closeable) inputs).close();
            } catch (IOException | RuntimeException e) {
                // every record was read: nothing left to lose
            }
            return false;
        }

        @Override
        public RawArticle next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ArticleInput in = inputs.next();
            if (in.reader() instanceof Serializable) {
                return RawArticle.unread(in.origin(), format, in.reader());
            }
            try {
                return RawArticle.of(in.origin(), format, in.read());
            } catch (InputException e) {
                return RawArticle.failed(in.origin(), format, e.getMessage());
            }
        }
    }
}
