package org.marsad.server;

import java.util.Optional;

/**
 * How the server runs.
 *
 * @param token       the bearer token that write endpoints ({@code POST /api/ingest}) require; without
 *                    one, writes are refused
 * @param tiles       an online tile URL template ({@code https://.../{z}/{x}/{y}.png}) shown over the
 *                    offline basemap, when given; its origin is added to the Content-Security-Policy
 * @param syncSeconds how often the search index catches up with the store (articles that another
 *                    process ingested)
 */
public record ServerConfig(String host, int port, Optional<String> token, Optional<String> tiles, int syncSeconds) {
    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        token = token.filter(t -> !t.isBlank());
        tiles = tiles.filter(t -> !t.isBlank());
        tiles.ifPresent(t -> {
            if (!t.startsWith("https://") && !t.startsWith("http://")) {
                throw new IllegalArgumentException("tiles must be an http(s) URL template, not " + t);
            }
        });
    }

    public static ServerConfig local(int port) {
        return new ServerConfig("127.0.0.1", port, Optional.empty(), Optional.empty(), 5);
    }

    /** The origin of the tile server ({@code https://tile.example.org}), for the CSP. */
    Optional<String> tilesOrigin() {
        return tiles.map(t -> {
            int s = t.indexOf("://");
            int slash = t.indexOf('/', s + 3);
            String origin = slash < 0 ? t : t.substring(0, slash);
            return origin.replace("{s}.", "*.");
        });
    }
}
