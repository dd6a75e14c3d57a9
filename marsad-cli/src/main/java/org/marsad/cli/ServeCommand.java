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
            serve(new Services(s, index, Marsad.standard()), cfg, null, false);
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            System.err.println("marsad serve: " + e.getMessage());
            return 2;
        }
    }

    /**
     * Starts the server, prints its address (and opens it in the desktop's browser when asked and
     * there is one), then waits until the process is interrupted (Ctrl-C).
     *
     * @throws IllegalArgumentException when the port is taken
     */
    static void serve(Services services, ServerConfig cfg, String note, boolean openBrowser)
            throws InterruptedException {
        MarsadServer server;
        try {
            server = MarsadServer.start(services, cfg);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new IllegalArgumentException("port " + cfg.port() + " on " + cfg.host()
                            + " is in use (another `marsad serve`?): choose another with --port", e);
                }
            }
            throw e;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.stop();
            stop.countDown();
        }, "marsad-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        String host = cfg.host().equals("0.0.0.0") || cfg.host().equals("127.0.0.1") ? "localhost" : cfg.host();
        String url = "http://" + host + ":" + server.port() + "/";
        System.err.println("marsad: dashboard on " + url + "  (API: /api/..., /openapi.json; Ctrl-C stops)"
                + (note == null ? "" : "\n" + note));
        if (openBrowser) {
            browse(url);
        }
        stop.await();
    }

    /** Opens a URL in the desktop's browser, when this machine has a desktop; otherwise does nothing. */
    private static void browse(String url) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no browser to open: the address printed above is enough
        }
    }
}
