package org.marsad.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.Marsad;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerConfig;
import org.marsad.server.Services;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad serve}: the HTTP API and the dashboard over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the dashboard and the HTTP API (see docs/SERVER.md) over the store.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--port", paramLabel = "N", description = "Port (default 8080; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on (default 127.0.0.1; "
            + "0.0.0.0 to serve the network).")
    String host = "127.0.0.1";

    @Option(names = "--token", paramLabel = "TOKEN", description = "Bearer token for write endpoints "
            + "(default: the MARSAD_TOKEN environment variable; without one, writes are refused).")
    String token = System.getenv("MARSAD_TOKEN");

    @Option(names = "--tiles", paramLabel = "URL", description = "Online map tiles over the offline basemap, e.g. "
            + "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tiles;

    @Override
    public Integer call() throws InterruptedException {
        try (Store s = store.openStore(); SearchIndex index = store.openIndex()) {
            index.sync(s);
            ServerConfig cfg = new ServerConfig(host, port, Optional.ofNullable(token), Optional.ofNullable(tiles), 5);
            serve(new Services(s, index, Marsad.standard()), cfg, null);
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            System.err.println("marsad serve: " + e.getMessage());
            return 2;
        }
    }

    /** Starts the server, prints its address and waits until the process is interrupted (Ctrl-C). */
    static void serve(Services services, ServerConfig cfg, String note) throws InterruptedException {
        MarsadServer server = MarsadServer.start(services, cfg);
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.stop();
            stop.countDown();
        }, "marsad-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        String host = cfg.host().equals("0.0.0.0") ? "localhost" : cfg.host();
        System.err.println("marsad: dashboard on http://" + (host.equals("127.0.0.1") ? "localhost" : host) + ":"
                + server.port() + "/  (API: /api/..., /openapi.json; Ctrl-C stops)" + (note == null ? "" : "\n" + note));
        stop.await();
    }
}
