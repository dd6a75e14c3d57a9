package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.Marsad;
import org.marsad.ingest.ArticleSources;
import org.marsad.server.ServerConfig;
import org.marsad.server.Services;
import org.marsad.store.Ingestor;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad demo}: ingests the demo corpus that ships inside the application (short Arabic
 * news-style texts written for the project, {@code demo/} in the repository) into
 * {@code marsad-data/demo.db} and serves the dashboard on it. Running it again reuses the store
 * (nothing is ingested twice) and analyses its articles again, so that the dashboard shows what
 * this version extracts.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled demo corpus and open the dashboard on http://localhost:PORT/.")
final class DemoCommand implements Callable<Integer> {
    static final String CORPUS = "marsad/demo/";

    @Option(names = "--port", paramLabel = "N", description = "Port (default 8080; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--db", paramLabel = "FILE", description = "Demo store (default marsad-data/demo.db).")
    String db = "marsad-data/demo.db";

    @Option(names = "--corpus", paramLabel = "DIR", description = "Ingest this folder instead of the bundled corpus.")
    Path corpus;

    @Option(names = "--no-serve", description = "Only ingest (for scripts and tests).")
    boolean noServe;

    @Option(names = "--no-browser", description = "Do not open the dashboard in the desktop's browser.")
    boolean noBrowser;

    @Override
    public Integer call() throws Exception {
        Path dir = corpus != null ? corpus : unpack();
        StoreOptions so = new StoreOptions();
        so.db = db;
        try (Store s = so.openStore(); SearchIndex index = so.openIndex()) {
            try (ArticleSources src = ArticleSources.open(List.of(dir.toString()))) {
                Ingestor.Report r = new Ingestor(s, Marsad.standard(), Optional.of(index),
                        Runtime.getRuntime().availableProcessors(), 50).run(src, -1, p -> { });
                System.err.printf(Locale.ROOT, "marsad demo: %d articles ingested, %d near-duplicates recorded as copies, "
                        + "%d already there, %d failed (store %s)%n", r.ingested(), r.nearDuplicates(), r.duplicates(),
                        r.failed(), s.location());
                r.failures().forEach(f -> System.err.println("  " + f.reason()));
                if (r.duplicates() > 0) {
                    // a store from an earlier run (maybe an earlier version): show what this version extracts
                    int n = ReprocessCommand.reprocess(s, index, Runtime.getRuntime().availableProcessors());
                    System.err.printf(Locale.ROOT, "marsad demo: %d stored articles analysed again%n", n);
                }
            }
            if (noServe) {
                return 0;
            }
            ServeCommand.serve(new Services(s, index, Marsad.standard()), new ServerConfig("127.0.0.1", port,
                    Optional.ofNullable(System.getenv("MARSAD_TOKEN")), Optional.empty(), 5),
                    "marsad demo: try searching الحسكة, open an article, the Events page for the map and timeline, or "
                            + "Reports (/clusters) for events reported by several outlets side by side.",
                    !noBrowser);
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            System.err.println("marsad demo: " + e.getMessage());
            return 2;
        }
    }

    /** Copies the bundled corpus to a temporary folder (it may sit inside the application jar). */
    static Path unpack() throws IOException, URISyntaxException {
        URL url = DemoCommand.class.getClassLoader().getResource(CORPUS + "README.md");
        if (url == null) {
            throw new IOException("the demo corpus is not on the class path (" + CORPUS + ")");
        }
        Path target = Files.createTempDirectory("marsad-demo");
        target.toFile().deleteOnExit();
        if (url.getProtocol().equals("jar")) {
            try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                copy(fs.getPath("/" + CORPUS), target);
            }
        } else {
            copy(Path.of(url.toURI()).getParent(), target);
        }
        return target;
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(from)) {
            s.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".txt") || name.endsWith(".meta.json")) {
                try (InputStream in = Files.newInputStream(f)) {
                    Path out = to.resolve(name);
                    Files.copy(in, out);
                    out.toFile().deleteOnExit();
                }
            }
        }
    }
}
