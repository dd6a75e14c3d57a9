package org.marsad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark corpus as {@code .txt} files (with {@code .meta.json} sidecars giving the
 * publication date) into a folder, repeated N times, for whole-process runs:
 * {@code java -cp marsad-bench/target/benchmarks.jar org.marsad.bench.WriteCorpus /tmp/marsad-5880 20}.
 */
public final class WriteCorpus {
    private WriteCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: WriteCorpus FOLDER [REPEATS]   (corpus: -Dmarsad.corpus=FILE)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Corpus corpus = Corpus.load();
        Files.createDirectories(dir);
        int n = 0;
        for (int r = 0; r < repeats; r++) {
            for (Corpus.Article a : corpus.articles()) {
                String name = String.format("r%02d-%s", r, a.id());
                Files.writeString(dir.resolve(name + ".txt"), a.text(), StandardCharsets.UTF_8);
                if (a.published() != null) {
                    Files.writeString(dir.resolve(name + ".meta.json"),
                            "{\"published\": \"" + a.published() + "\"}\n", StandardCharsets.UTF_8);
                }
                n++;
            }
        }
        System.out.println(n + " articles written to " + dir);
    }
}
