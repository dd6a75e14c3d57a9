package org.marsad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.marsad.store.ClusterQuery;
import org.marsad.store.EventQuery;
import org.marsad.store.search.SearchRequest;

/**
 * Reads and validates query parameters; every problem becomes a 400 naming the parameter and what
 * it expects. Stateless.
 */
final class Params {
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z_]{1,40}");
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,15}");

    private Params() {
    }

    static Optional<String> str(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        if (v.length() > 300) {
            throw ApiException.badRequest(name, name + " is longer than 300 characters");
        }
        return Optional.of(v.strip());
    }

    static Optional<LocalDate> date(Context ctx, String name) {
        return str(ctx, name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest(name, name + " must be a date YYYY-MM-DD, not '" + v + "'");
            }
        });
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        Optional<String> v = str(ctx, name);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.get());
            if (i < min || i > max) {
                throw ApiException.badRequest(name, name + " must be between " + min + " and " + max + ", not " + i);
            }
            return i;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, name + " must be a whole number, not '" + v.get() + "'");
        }
    }

    /** Event types, comma-separated or repeated: {@code type=ATTACK,ARREST}. */
    static List<String> types(Context ctx) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams("type")) {
            for (String t : v.split(",")) {
                String s = t.strip().toUpperCase(Locale.ROOT);
                if (s.isEmpty()) {
                    continue;
                }
                if (!TYPE.matcher(s).matches()) {
                    throw ApiException.badRequest("type", "type must be event type names such as ATTACK, not '" + t + "'");
                }
                out.add(s);
            }
        }
        return out;
    }

    static Optional<String> country(Context ctx) {
        return str(ctx, "country").map(c -> {
            String u = c.toUpperCase(Locale.ROOT);
            if (!CODE.matcher(u).matches()) {
                throw ApiException.badRequest("country", "country must be an ISO 3166-1 alpha-2 code such as SY, not '"
                        + c + "'");
            }
            return u;
        });
    }

    static Optional<double[]> bbox(Context ctx) {
        return str(ctx, "bbox").map(v -> {
            String[] p = v.split(",");
            if (p.length != 4) {
                throw ApiException.badRequest("bbox", "bbox must be minLon,minLat,maxLon,maxLat");
            }
            double[] b = new double[4];
            try {
                for (int i = 0; i < 4; i++) {
                    b[i] = Double.parseDouble(p[i].strip());
                }
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("bbox", "bbox must be four numbers minLon,minLat,maxLon,maxLat");
            }
            return b;
        });
    }

    /** The event filters of a request, with its page and size (up to {@code maxSize}). */
    static EventQuery events(Context ctx, int defaultSize, int maxSize) {
        try {
            return EventQuery.builder().types(types(ctx)).from(date(ctx, "from").orElse(null)).to(date(ctx, "to")
                    .orElse(null)).country(country(ctx).orElse(null)).admin1(str(ctx, "admin1").orElse(null))
                    .place(str(ctx, "place").orElse(null)).actor(str(ctx, "actor").orElse(null))
                    .bbox(bbox(ctx).orElse(null)).article(str(ctx, "article").orElse(null))
                    .page(integer(ctx, "page", 1, 1, 100_000)).size(integer(ctx, "size", defaultSize, 1, maxSize)).build();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(null, e.getMessage());
        }
    }

    static SearchRequest search(Context ctx) {
        try {
            return new SearchRequest(str(ctx, "q").orElse(""), str(ctx, "kind"), date(ctx, "from"), date(ctx, "to"),
                    types(ctx), country(ctx), str(ctx, "admin1"), str(ctx, "actor"), str(ctx, "source"),
                    str(ctx, "sort").orElse("relevance"), integer(ctx, "page", 1, 1, SearchRequest.MAX_PAGE),
                    integer(ctx, "size", 20, 1, SearchRequest.MAX_SIZE));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(null, e.getMessage());
        }
    }

    /** {@code true}/{@code false} (also {@code 1}/{@code 0}, {@code yes}/{@code no}, {@code on}). */
    static boolean bool(Context ctx, String name) {
        Optional<String> v = str(ctx, name);
        if (v.isEmpty()) {
            return false;
        }
        switch (v.get().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on":
                return true;
            case "false", "0", "no", "off":
                return false;
            default:
                throw ApiException.badRequest(name, name + " must be true or false, not '" + v.get() + "'");
        }
    }

    /**
     * The cluster filters of a request, with its page and size (up to {@code maxSize}); without
     * {@code min_sources}, {@code defaultMinSources}.
     */
    static ClusterQuery clusters(Context ctx, int defaultSize, int maxSize, int defaultMinSources) {
        String sort = str(ctx, "sort").orElse("date");
        if (!ClusterQuery.SORTS.contains(sort)) {
            throw ApiException.badRequest("sort", "sort must be one of " + ClusterQuery.SORTS + ", not '" + sort + "'");
        }
        Optional<String> thread = str(ctx, "thread");
        thread.ifPresent(t -> threadNumber(t, "thread"));
        try {
            return ClusterQuery.builder().types(types(ctx)).from(date(ctx, "from").orElse(null))
                    .to(date(ctx, "to").orElse(null)).country(country(ctx).orElse(null))
                    .place(str(ctx, "place").orElse(null)).actor(str(ctx, "actor").orElse(null))
                    .minSources(integer(ctx, "min_sources", defaultMinSources, 1, 100_000)).disagreements(bool(ctx, "disagreements"))
                    .thread(thread.orElse(null)).sort(sort).page(integer(ctx, "page", 1, 1, 100_000))
                    .size(integer(ctx, "size", defaultSize, 1, maxSize)).build();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(null, e.getMessage());
        }
    }

    /** A cluster id from a path: {@code c12} (or {@code 12}). */
    static long clusterNumber(String id) {
        String n = id.startsWith("c") ? id.substring(1) : id;
        if (!NUMBER.matcher(n).matches()) {
            throw ApiException.badRequest("id", "cluster id must be c followed by a number (c12), not '" + id + "'");
        }
        return Long.parseLong(n);
    }

    /** A thread id: {@code t12}. */
    static String threadNumber(String id, String parameter) {
        if (!id.startsWith("t") || !NUMBER.matcher(id.substring(1)).matches()) {
            throw ApiException.badRequest(parameter, parameter + " must be t followed by a number (t12), not '" + id + "'");
        }
        return id;
    }

    static int page(Context ctx) {
        return integer(ctx, "page", 1, 1, 100_000);
    }

    static int size(Context ctx, int dflt) {
        return integer(ctx, "size", dflt, 1, 200);
    }
}
