package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The floor for a whole-process comparison: one cold JVM that runs Lucene's {@link ArabicAnalyzer}
 * (tokenizer, stop words, normalization, light stemming) once over every {@code .txt} file of the
 * given folders, on one thread, and prints the number of files and terms.
 * {@code java -Xmx1g -cp marsad-bench/target/benchmarks.jar org.marsad.bench.AnalyzerRun /tmp/marsad-5880}
 */
public final class AnalyzerRun {
    private AnalyzerRun() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            try (Stream<Path> s = Files.walk(Path.of(a))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        long terms = 0;
        try (ArabicAnalyzer analyzer = new ArabicAnalyzer()) {
            for (Path f : files) {
                terms += analyze(analyzer, Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        System.out.println(files.size() + " files, " + terms + " terms");
    }

    static long analyze(ArabicAnalyzer analyzer, String text) {
        long n = 0;
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                n += term.length() > 0 ? 1 : 0;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
