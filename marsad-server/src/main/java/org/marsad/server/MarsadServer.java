package org.marsad.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.marsad.output.JsonOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under {@code /api}, the OpenAPI description, and the dashboard,
 * from one process. Every response carries a Content-Security-Policy that allows scripts, styles
 * and data of this origin only (plus the tile server, when one is configured). The search index
 * catches up with the store every {@link ServerConfig#syncSeconds()} seconds.
 *
 * <pre>{@code
 * MarsadServer server = MarsadServer.start(services, ServerConfig.local(8080));
 * ...
 * server.stop();
 * }</pre>
 */
public final class MarsadServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MarsadServer.class);
    private final Javalin app;
    private final ScheduledExecutorService sync;

    private MarsadServer(Javalin app, ScheduledExecutorService sync) {
        this.app = app;
        this.sync = sync;
    }

    /** Starts serving; the caller keeps ownership of the services (and closes them after {@link #stop()}). */
    public static MarsadServer start(Services services, ServerConfig config) {
        Api api = new Api(services, config);
        Pages pages = new Pages(services, config);
        LinkApi linkApi = new LinkApi(services);
        LinkPages linkPages = new LinkPages(services, config);
        String openapi = resource("marsad/server/openapi.json");
        String csp = csp(config);
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.maxRequestSize = 16L << 20;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.staticFiles.enableWebjars();
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/public";
                sf.location = Location.CLASSPATH;
            });
            c.routes.before(ctx -> securityHeaders(ctx, csp));

            // dashboard
            c.routes.get("/", pages::home);
            c.routes.get("/search", pages::search);
            c.routes.get("/articles/{id}", pages::article);
            c.routes.get("/events", pages::events);
            c.routes.get("/events/{id}", pages::event);
            c.routes.get("/actors", pages::actors);
            c.routes.get("/actors/{key}", pages::actor);
            c.routes.get("/actors/{key}/feed.atom", pages::actorFeed);
            c.routes.get("/places", pages::places);
            c.routes.get("/places/{id}", pages::place);
            c.routes.get("/places/{id}/feed.atom", pages::placeFeed);
            c.routes.get("/claims", pages::claims);
            c.routes.get("/clusters", linkPages::clusters);
            c.routes.get("/clusters/{id}", linkPages::cluster);
            c.routes.get("/threads", linkPages::threads);
            c.routes.get("/threads/{id}", linkPages::thread);

            // API (described in /openapi.json)
            c.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
            c.routes.get("/api/search", api::search);
            c.routes.get("/api/articles", api::articles);
            c.routes.get("/api/articles/{id}", api::article);
            c.routes.get("/api/articles/{id}/links", linkApi::articleLinks);
            c.routes.get("/api/events", api::events);
            c.routes.get("/api/events/geojson", api::mapFeed);
            c.routes.get("/api/events/{id}", api::event);
            c.routes.get("/api/events/{id}/cluster", linkApi::eventCluster);
            c.routes.get("/api/clusters", linkApi::clusters);
            c.routes.get("/api/clusters/{id}", linkApi::cluster);
            c.routes.get("/api/threads", linkApi::threads);
            c.routes.get("/api/threads/{id}", linkApi::thread);
            c.routes.get("/api/timeline", api::timeline);
            c.routes.get("/api/actors", api::actors);
            c.routes.get("/api/actors/{key}", api::actor);
            c.routes.get("/api/places", api::places);
            c.routes.get("/api/places/{id}", api::place);
            c.routes.get("/api/claims", api::claims);
            c.routes.get("/api/stats", api::stats);
            c.routes.get("/api/types", api::types);
            c.routes.get("/api/export/events.csv", api::csv);
            c.routes.get("/api/export/events.geojson", api::geojson);
            c.routes.get("/api/export/events.plover.json", api::plover);
            c.routes.get("/api/export/articles.jsonl", api::articlesJsonl);
            c.routes.post("/api/ingest", api::ingest);
            c.routes.post("/api/reindex", api::reindex);

            // errors: JSON under /api, a small page elsewhere
            c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.parameter()));
            c.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error: " + e.getClass().getSimpleName(), null);
            });
            c.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, 404, "no such page: " + ctx.path(), null);
                }
            });
        });
        app.start();
        ScheduledExecutorService sync = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "marsad-index-sync");
            t.setDaemon(true);
            return t;
        });
        sync.scheduleWithFixedDelay(() -> {
            try {
                int n = services.index().sync(services.store());
                if (n > 0) {
                    LOG.info("search index: {} new articles", n);
                }
            } catch (RuntimeException e) {
                LOG.warn("search index sync failed: {}", e.toString());
            }
        }, config.syncSeconds(), config.syncSeconds(), TimeUnit.SECONDS);
        return new MarsadServer(app, sync);
    }

    static String csp(ServerConfig config) {
        String img = "'self' data:" + config.tilesOrigin().map(o -> " " + o).orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + img + "; connect-src 'self'; "
                + "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    private static void securityHeaders(Context ctx, String csp) {
        ctx.header("Content-Security-Policy", csp);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json")) {
            ObjectNode o = JsonOutput.mapper().createObjectNode();
            o.put("error", message);
            o.put("status", status);
            if (parameter != null) {
                o.put("parameter", parameter);
            }
            Api.json(ctx, o);
        } else {
            Messages m = Layout.messages(ctx);
            Html body = new Html().el("h1", status == 404 ? m.get("notfound") : "Error " + status).el("p", message);
            ctx.contentType("text/html; charset=utf-8").result(Layout.page(ctx, m, Integer.toString(status), "",
                    ServerConfig.local(0), body));
        }
    }

    private static String resource(String path) {
        try (InputStream in = MarsadServer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port the server listens on (useful with port 0). */
    public int port() {
        return app.port();
    }

    public void stop() {
        sync.shutdownNow();
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
