package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.marsad.output.JsonOutput;

/**
 * The JSON endpoints of linking ({@code docs/LINKING.md}): event clusters (listed and filtered, or
 * one with its reports side by side), story threads with their timelines, and what linking knows
 * of an article or an event. Thread-safe.
 */
final class LinkApi {
    private final Services services;

    LinkApi(Services services) {
        this.services = services;
    }

    /** {@code GET /api/clusters}: clusters with their counts and the fields their reports disagree on. */
    void clusters(Context ctx) {
        Api.json(ctx, Api.page(services.store().clusters(Params.clusters(ctx, 50, 200, 1))));
    }

    /** {@code GET /api/clusters/{id}}: consensus, disagreements, every report and copy. */
    void cluster(Context ctx) {
        Api.json(ctx, services.store().cluster(Params.clusterNumber(ctx.pathParam("id")))
                .orElseThrow(() -> ApiException.notFound("cluster")));
    }

    /** {@code GET /api/threads}. */
    void threads(Context ctx) {
        Api.json(ctx, Api.page(services.store().threads(Params.page(ctx), Params.size(ctx, 50))));
    }

    /** {@code GET /api/threads/{id}}: the thread and its timeline, each entry with its type's colour. */
    void thread(Context ctx) {
        ObjectNode t = services.store().thread(Params.threadNumber(ctx.pathParam("id"), "id"))
                .orElseThrow(() -> ApiException.notFound("thread"));
        Messages m = Messages.of(Params.str(ctx, "lang").orElse("en"));
        for (JsonNode e : t.path("timeline")) {
            ((ObjectNode) e).put("color", Palette.color(e.path("type").asText()));
            ((ObjectNode) e).put("label", m.type(e.path("type").asText()));
        }
        Api.json(ctx, t);
    }

    /** {@code GET /api/articles/{id}/links}: clusters of the article's reports, copies, what it copies. */
    void articleLinks(Context ctx) {
        String id = ctx.pathParam("id");
        if (services.store().articleOrCopy(id).isEmpty()) {
            throw ApiException.notFound("article");
        }
        Api.json(ctx, services.store().articleLinks(id));
    }

    /** {@code GET /api/events/{id}/cluster}: the cluster that holds a stored event's report. */
    void eventCluster(Context ctx) {
        long event = Api.id(ctx);
        if (services.store().event(event).isEmpty()) {
            throw ApiException.notFound("event");
        }
        long n = services.store().clusterOfEvent(event)
                .orElseThrow(() -> new ApiException(404, "event " + event + " is not linked yet (marsad link --db)", null));
        ObjectNode c = services.store().cluster(n).orElseThrow(() -> ApiException.notFound("cluster"));
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        o.put("event", event);
        o.setAll(c);
        Api.json(ctx, o);
    }
}
