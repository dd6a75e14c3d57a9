package org.marsad.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.marsad.Marsad;
import org.marsad.ingest.ArticleSources;
import org.marsad.store.Annotated;
import org.marsad.store.Ingestor;
import org.marsad.store.ProcessedArticle;
import org.marsad.store.Store;
import org.marsad.store.search.SearchIndex;

/**
 * A server on a free port over a temporary store holding the hand-annotated sample articles
 * (every layer present) and, when asked, the demo corpus run through the standard pipeline.
 */
final class TestServer implements AutoCloseable {
    static final String TOKEN = "test-token-123";
    final Store store;
    final SearchIndex index;
    final MarsadServer server;
    final HttpClient http = HttpClient.newHttpClient();

    TestServer(Path dir, boolean demo, List<ProcessedArticle> extra) {
        this(dir, demo, extra, 60);
    }

    TestServer(Path dir, boolean demo, List<ProcessedArticle> extra, int syncSeconds) {
        this(dir, true, demo, extra, syncSeconds);
    }

    /** @param samples whether to store the hand-annotated sample articles */
    TestServer(Path dir, boolean samples, boolean demo, List<ProcessedArticle> extra, int syncSeconds) {
        store = Store.open(dir.resolve("t.db").toString());
        index = SearchIndex.open(dir.resolve("index"));
        if (samples) {
            store.save(Annotated.sample());
        }
        if (!extra.isEmpty()) {
            store.save(extra);
        }
        if (demo) {
            try (ArticleSources src = ArticleSources.open(List.of(demoDir().toString()))) {
                new Ingestor(store, Marsad.standard(), Optional.empty(), 2, 50).run(src, -1, p -> { });
            }
        }
        index.sync(store);
        server = MarsadServer.start(new Services(store, index, Marsad.standard()),
                new ServerConfig("127.0.0.1", 0, Optional.of(TOKEN), Optional.empty(), syncSeconds));
    }

    /** The demo corpus of the repository (bundled on the class path as marsad/demo/). */
    static Path demoDir() {
        try {
            return Path.of(TestServer.class.getClassLoader().getResource("marsad/demo/README.md").toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.stop();
        index.close();
        store.close();
    }
}
