package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.link.EventCluster;
import org.marsad.link.EventMention;
import org.marsad.link.Location;
import org.marsad.link.Party;
import org.marsad.output.JsonOutput;

/**
 * The queries of linking's tables: clusters (listed and filtered, or one with its reports side by
 * side), story threads with their timelines, and the links of an article (the clusters its reports
 * went to, its near-duplicate copies, or the article it copies). Thread-safe.
 */
final class LinkReads {
    static final String CLUSTER_COLUMNS = "c.number, c.type, c.family, c.factual, c.place_name, c.country, c.admin1, "
            + "c.place_kind, c.geo_precision, c.lat, c.lon, c.facility, c.date_start, c.date_end, c.date_precision, c.day, "
            + "c.actor, c.actor_ref, c.target, c.target_ref, c.fatalities, c.injured, c.num_reports, c.num_copies, "
            + "c.num_articles, c.num_sources, c.sources, c.first_reported, c.last_reported, c.disagreements, "
            + "c.num_disagreements, c.thread, c.summary, c.one_report";
    // (clusters.blocks is the linker's, not the API's; one_report is removed by derive)
    private static final String MEMBER_COLUMNS = "m.is_copy, m.doc_id AS article, m.event_key AS event, m.copy_of, "
            + "m.similarity, m.mention, e.id AS event_id, e.trigger_begin, e.trigger_end, "
            + "COALESCE(a.title, k.title) AS article_title, a.url AS article_url, "
            + "CASE WHEN a.id IS NOT NULL THEN 'article' WHEN k.id IS NOT NULL THEN 'copy' END AS stored_as, "
            + "COALESCE(a.text, k.text) AS article_text";

    private final Database db;

    LinkReads(Database db) {
        this.db = db;
    }

    /** Clusters by date (newest first) or by number of sources. */
    Page<ObjectNode> clusters(ClusterQuery q) {
        Rows.Sql w = new Rows.Sql();
        if (!q.types().isEmpty()) {
            w.and("c.type IN (" + Statements.marks(q.types().size()) + ")", q.types().toArray());
        }
        q.from().ifPresent(d -> w.and("c.day >= ?", d.toString()));
        q.to().ifPresent(d -> w.and("c.day <= ?", d.toString()));
        q.country().ifPresent(v -> w.and("c.country = ?", v));
        q.place().ifPresent(v -> w.and("LOWER(c.place_name) = LOWER(?)", v));
        q.actor().ifPresent(v -> w.and("(c.actor_ref = ? OR c.target_ref = ? OR c.actor = ? OR c.target = ?)", v, v, v, v));
        if (q.minSources() > 1) {
            w.and("c.num_sources >= ?", q.minSources());
        }
        if (q.disagreements()) {
            w.and("c.num_disagreements > 0");
        }
        q.thread().ifPresent(v -> w.and("c.thread = ?", v));
        String order = q.sort().equals("sources") ? " ORDER BY c.num_sources DESC, c.day DESC, c.number DESC"
                : " ORDER BY c.day DESC, c.number DESC";
        return db.read(c -> {
            List<ObjectNode> items = StoreReads.list(c, "SELECT " + CLUSTER_COLUMNS + " FROM clusters c", w,
                    order + " LIMIT ? OFFSET ?", q.size(), StoreReads.offset(q.page(), q.size()));
            derive(c, items);
            items.forEach(o -> shape(o, false));
            return new Page<>(items, StoreReads.count(c, "SELECT COUNT(*) FROM clusters c", w), q.page(), q.size());
        });
    }

    /**
     * Fills in the consensus columns that the narrow row of a single report's cluster leaves out
     * ({@code one_report} 1, see {@code V5__single_report_rows.sql}): the cluster is rebuilt from its one
     * report's row and its columns are those a full row would hold ({@link ClusterRows#view}). Only
     * the columns the rows were read with are set; {@code one_report} is removed from every row.
     */
    static void derive(Connection c, List<ObjectNode> rows) throws SQLException {
        Map<Long, List<ObjectNode>> single = new LinkedHashMap<>();
        for (ObjectNode o : rows) {
            JsonNode flag = o.remove("one_report");
            if (flag != null && flag.asInt() == 1) {
                single.computeIfAbsent(o.get("number").asLong(), k -> new ArrayList<>()).add(o);
            }
        }
        Statements.inChunks(new ArrayList<>(single.keySet()), 200, part -> {
            try (PreparedStatement p = c.prepareStatement("SELECT cluster, mention FROM cluster_members WHERE is_copy = 0 "
                    + "AND cluster IN (" + Statements.marks(part.size()) + ")")) {
                Statements.setLongs(p, part);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        long n = r.getLong(1);
                        Object[] v = ClusterRows.view(EventCluster.of(n, MentionCodec.read(r.getString(2))));
                        for (ObjectNode o : single.get(n)) {
                            fill(o, v);
                        }
                    }
                }
            }
        });
    }

    private static void fill(ObjectNode o, Object[] v) {
        for (int k = 0; k < v.length; k++) {
            String col = ClusterRows.VIEW_COLUMNS.get(k);
            if (!o.has(col)) {
                continue;
            }
            Rows.put(o, col, v[k]);
        }
    }

    /** A cluster row as the API gives it: {@code id}, sources and disagreements as JSON. */
    private static void shape(ObjectNode o, boolean full) {
        o.put("id", "c" + o.get("number").asLong());
        o.set("sources", json(o.path("sources").asText("[]")));
        JsonNode dis = json(o.path("disagreements").asText("[]"));
        if (full) {
            o.set("disagreements", dis);
        } else {
            o.remove("disagreements");
            ArrayNode fields = o.putArray("disagree_on");
            dis.forEach(d -> fields.add(d.path("field").asText()));
        }
        o.put("factual", o.path("factual").asInt() == 1);
    }

    static JsonNode json(String s) {
        try {
            return JsonOutput.mapper().readTree(s);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored linking JSON is damaged: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * One cluster with its consensus fields, disagreements, thread, and every report and copy with
     * its evidence, the stored event it came from and the trigger's offsets inside the evidence.
     */
    Optional<ObjectNode> cluster(long number) {
        return db.read(c -> {
            List<ObjectNode> rows = StoreReads.list(c, "SELECT " + CLUSTER_COLUMNS + " FROM clusters c",
                    new Rows.Sql().and("c.number = ?", number), "");
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode o = rows.get(0);
            derive(c, rows);
            shape(o, true);
            ArrayNode reports = o.putArray("reports");
            ArrayNode copies = o.putArray("copies");
            for (ObjectNode m : members(c, number)) {
                (m.remove("is_copy").asInt() == 1 ? copies : reports).add(m);
            }
            if (!o.path("thread").isNull()) {
                List<ObjectNode> t = StoreReads.list(c, "SELECT id, start_day, end_day, num_clusters FROM threads",
                        new Rows.Sql().and("id = ?", o.get("thread").asText()), "");
                if (!t.isEmpty()) {
                    o.set("thread_info", t.get(0));
                }
            }
            return Optional.of(o);
        });
    }

    private static List<ObjectNode> members(Connection c, long number) throws SQLException {
        List<ObjectNode> ms = StoreReads.list(c, "SELECT " + MEMBER_COLUMNS + " FROM cluster_members m "
                + "LEFT JOIN articles a ON a.doc_id = m.doc_id "
                + "LEFT JOIN events e ON e.article_id = a.id AND e.event_key = m.event_key "
                + "LEFT JOIN article_copies k ON k.doc_id = m.doc_id", new Rows.Sql().and("m.cluster = ?", number),
                " ORDER BY m.ord");
        for (ObjectNode m : ms) {
            EventMention r = MentionCodec.read(m.remove("mention").asText());
            JsonNode text = m.remove("article_text");
            report(m, r, MentionCodec.evidence(r, text == null || text.isNull() ? null : text.asText()));
            if (m.path("similarity").isNull()) {
                m.remove("similarity");
                m.remove("copy_of");
            }
        }
        return ms;
    }

    /** A report's fields, from the linker's record of it, and its trigger's offsets inside the evidence. */
    private static void report(ObjectNode m, EventMention r, String evidence) {
        m.put("source", r.outlet().orElse(null));
        m.put("published", r.published().map(Object::toString).orElse(null));
        m.put("type", r.type());
        m.put("place", r.place().map(Location::name).orElse(null));
        m.put("facility", r.facility().orElse(null));
        if (r.date().isPresent()) {
            ObjectNode d = m.putObject("date");
            d.put("start", r.date().get().start().toString());
            d.put("end", r.date().get().end().toString());
            d.put("precision", r.date().get().precision().label());
        } else {
            m.putNull("date");
        }
        m.put("actor", r.actor().map(Party::canonical).orElse(null));
        m.put("target", r.target().map(Party::canonical).orElse(null));
        if (r.fatalities().isPresent()) {
            m.put("fatalities", r.fatalities().getAsInt());
        } else {
            m.putNull("fatalities");
        }
        if (r.injured().isPresent()) {
            m.put("injured", r.injured().getAsInt());
        } else {
            m.putNull("injured");
        }
        m.put("modality", r.modality().label());
        m.put("begin", r.begin());
        m.put("end", r.end());
        m.put("evidence", evidence);
        int tb = m.path("trigger_begin").asInt(-1);
        int te = m.path("trigger_end").asInt(-1);
        if (!m.path("trigger_begin").isNull() && tb >= r.begin() && te <= r.end() && te > tb) {
            m.putObject("trigger").put("begin", tb - r.begin()).put("end", te - r.begin());
        } else {
            m.putNull("trigger");
        }
        m.remove(List.of("trigger_begin", "trigger_end"));
    }

    /** Story threads, latest first. */
    Page<ObjectNode> threads(int page, int size) {
        return db.read(c -> {
            List<ObjectNode> items = StoreReads.list(c, "SELECT id, start_day, end_day, num_clusters, links, summary "
                    + "FROM threads", new Rows.Sql(), " ORDER BY start_day DESC, id LIMIT ? OFFSET ?", size,
                    StoreReads.offset(page, size));
            items.forEach(t -> t.set("links", json(t.path("links").asText("[]"))));
            return new Page<>(items, StoreReads.count(c, "SELECT COUNT(*) FROM threads", new Rows.Sql()), page, size);
        });
    }

    /** A thread with its timeline: each cluster at its day (or first publication when undated). */
    Optional<ObjectNode> thread(String id) {
        return db.read(c -> {
            List<ObjectNode> rows = StoreReads.list(c, "SELECT id, start_day, end_day, num_clusters, links, summary "
                    + "FROM threads", new Rows.Sql().and("id = ?", id), "");
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode t = rows.get(0);
            t.set("links", json(t.path("links").asText("[]")));
            List<ObjectNode> cs = StoreReads.list(c, "SELECT " + CLUSTER_COLUMNS
                    + " FROM thread_members t JOIN clusters c ON c.number = t.cluster", new Rows.Sql().and("t.thread = ?", id),
                    " ORDER BY t.ord");
            derive(c, cs);
            ArrayNode timeline = t.putArray("timeline");
            for (ObjectNode x : cs) {
                shape(x, false);
                x.put("date", x.path("day").asText(null));
                x.put("dated", !x.path("date_start").isNull());
                timeline.add(x);
            }
            return Optional.of(t);
        });
    }

    /**
     * What linking knows of an article: the clusters its reports went to (with each report's event
     * key), the near-duplicate copies recorded for it, and, for a copy, the article it copies.
     */
    ObjectNode articleLinks(String docId) {
        return db.read(c -> {
            ObjectNode o = JsonOutput.mapper().createObjectNode();
            o.put("article", docId);
            List<ObjectNode> copyOf = StoreReads.list(c, "SELECT a.doc_id AS article, a.title, k.matched, k.similarity "
                    + "FROM article_copies k JOIN articles a ON a.id = k.article_id", new Rows.Sql().and("k.doc_id = ?",
                    docId), "");
            if (copyOf.isEmpty()) {
                o.putNull("copy_of");
            } else {
                o.set("copy_of", copyOf.get(0));
            }
            o.set("copies", StoreReads.array(StoreReads.list(c, "SELECT k.doc_id AS id, s.name AS source, k.published, "
                    + "k.title, k.url, k.matched, k.similarity FROM article_copies k JOIN articles a ON a.id = k.article_id "
                    + "LEFT JOIN sources s ON s.id = k.source_id", new Rows.Sql().and("a.doc_id = ?", docId),
                    " ORDER BY k.id")));
            List<ObjectNode> cs = StoreReads.list(c, "SELECT m.event_key AS event, m.is_copy, c.number, c.type, "
                    + "c.num_reports, c.num_articles, c.num_sources, c.num_disagreements, c.thread, c.summary, c.one_report "
                    + "FROM cluster_members m JOIN clusters c ON c.number = m.cluster",
                    new Rows.Sql().and("m.doc_id = ?", docId), " ORDER BY m.event_key, c.number");
            derive(c, cs);
            for (ObjectNode x : cs) {
                x.put("cluster", "c" + x.get("number").asLong());
                x.put("is_copy", x.path("is_copy").asInt() == 1);
            }
            o.set("clusters", StoreReads.array(cs));
            return o;
        });
    }

    /** The number of the cluster holding a stored event's report. */
    Optional<Long> clusterOfEvent(long eventId) {
        return db.read(c -> {
            List<ObjectNode> r = StoreReads.list(c, "SELECT m.cluster FROM events e JOIN articles a ON a.id = e.article_id "
                    + "JOIN cluster_members m ON m.doc_id = a.doc_id AND m.event_key = e.event_key",
                    new Rows.Sql().and("e.id = ?", eventId), "");
            return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0).get("cluster").asLong());
        });
    }

    /**
     * A near-duplicate copy read like an article ({@code StoreReads.article}): its text and analysis,
     * with {@code copy_of} naming the article it was recorded for.
     */
    Optional<ObjectNode> copy(String docId) {
        return db.read(c -> {
            List<ObjectNode> rows = StoreReads.list(c, "SELECT k.id AS seq, k.doc_id AS id, k.title, s.name AS source, "
                    + "k.url, k.published, k.ingested_at, k.text, k.output_json, k.content_hash, a.doc_id AS copy_of, "
                    + "k.matched, k.similarity FROM article_copies k JOIN articles a ON a.id = k.article_id "
                    + "LEFT JOIN sources s ON s.id = k.source_id", new Rows.Sql().and("k.doc_id = ?", docId), "");
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode a = rows.get(0);
            a.set("output", json(a.remove("output_json").asText()));
            a.putArray("provenance");
            return Optional.of(a);
        });
    }
}
