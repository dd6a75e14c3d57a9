package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.output.JsonOutput;

/** The store's queries, each one prepared statement (or two: a page and its count). Thread-safe. */
final class StoreReads {
    static final String EVENT_COLUMNS = "e.id, a.doc_id AS article, e.event_key, e.type, e.trigger_text, e.trigger_begin, "
            + "e.trigger_end, e.actor_text, e.actor_name, e.actor_ref, e.target_text, e.target_name, e.target_ref, "
            + "e.place_id, e.place_name, e.place_text, e.country, e.admin1, e.lat, e.lon, e.geo_precision, e.facility, "
            + "e.date_start, e.date_end, e.date_precision, e.date_text, e.day, e.fatalities, e.injured, e.count_text, "
            + "e.modality, e.habitual, e.background, e.confidence, e.summary, e.plover_type, e.plover_mode, "
            + "e.acled_type, e.acled_sub_type, e.span_begin, e.span_end, e.evidence, a.title AS article_title, "
            + "a.url AS article_url, a.published AS article_published, s.name AS source, "
            + "cm.cluster AS cluster, cl.num_sources AS cluster_sources, cl.num_articles AS cluster_articles";
    static final String EVENT_FROM = " FROM events e JOIN articles a ON a.id = e.article_id "
            + "LEFT JOIN sources s ON s.id = a.source_id "
            + "LEFT JOIN cluster_members cm ON cm.doc_id = a.doc_id AND cm.event_key = e.event_key "
            + "LEFT JOIN clusters cl ON cl.number = cm.cluster";
    static final String CLAIM_COLUMNS = "c.id, a.doc_id AS article, c.claim_key, c.speaker_text, c.speaker_name, "
            + "c.speaker_ref, c.unnamed, c.role, c.organization_name, c.organization_ref, c.channel, c.verb, c.stance, "
            + "c.date_start, c.content_begin, c.content_end, c.span_begin, c.span_end, c.evidence, "
            + "a.title AS article_title, a.published AS article_published, s.name AS source";
    static final String CLAIM_FROM = " FROM claims c JOIN articles a ON a.id = c.article_id "
            + "LEFT JOIN sources s ON s.id = a.source_id";
    private static final String ARTICLE_COLUMNS = "a.id AS seq, a.doc_id AS id, a.title, s.name AS source, a.url, "
            + "a.published, a.n_events AS events, a.n_claims AS claims, a.ingested_at";

    private final Database db;

    StoreReads(Database db) {
        this.db = db;
    }

    static int offset(int page, int size) {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size must be 1 or more");
        }
        return (page - 1) * size;
    }

    static long count(Connection c, String sql, Rows.Sql where) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql + where.where)) {
            where.bind(p);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    static List<ObjectNode> list(Connection c, String sql, Rows.Sql where, String tail, Object... more)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql + where.where + tail)) {
            int i = where.bind(p, 1);
            for (Object m : more) {
                p.setObject(i++, m);
            }
            try (ResultSet r = p.executeQuery()) {
                return Rows.list(r);
            }
        }
    }

    // ---- articles --------------------------------------------------------------------------------

    Page<ObjectNode> articles(Optional<String> source, Optional<LocalDate> from, Optional<LocalDate> to, int page,
                              int size) {
        Rows.Sql w = new Rows.Sql();
        source.ifPresent(s -> w.and("s.name = ?", s));
        from.ifPresent(d -> w.and("a.published >= ?", d.toString()));
        to.ifPresent(d -> w.and("a.published <= ?", d.toString()));
        String fromSql = " FROM articles a LEFT JOIN sources s ON s.id = a.source_id";
        return db.read(c -> new Page<>(list(c, "SELECT " + ARTICLE_COLUMNS + fromSql, w,
                " ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?", size, offset(page, size)),
                count(c, "SELECT COUNT(*)" + fromSql, w), page, size));
    }

    Optional<ObjectNode> article(String docId) {
        return db.read(c -> {
            Rows.Sql w = new Rows.Sql().and("a.doc_id = ?", docId);
            List<ObjectNode> rows = list(c, "SELECT " + ARTICLE_COLUMNS + ", a.text, a.output_json, a.content_hash "
                    + "FROM articles a LEFT JOIN sources s ON s.id = a.source_id", w, "");
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode a = rows.get(0);
            String json = a.remove("output_json").asText();
            try {
                a.set("output", JsonOutput.mapper().readTree(json));
            } catch (JsonProcessingException e) {
                throw new StoreException("stored output of article " + docId + " is not JSON: " + e.getMessage(), e);
            }
            Rows.Sql pw = new Rows.Sql().and("p.article_id = ?", a.get("seq").asLong());
            a.set("provenance", array(list(c, "SELECT p.origin, p.format, p.duplicate, p.seen_at, k.doc_id AS copy, "
                    + "k.similarity, s.name AS copy_source FROM provenance p LEFT JOIN article_copies k ON k.id = p.copy_id "
                    + "LEFT JOIN sources s ON s.id = k.source_id", pw, " ORDER BY p.id")));
            return Optional.of(a);
        });
    }

    // ---- events ----------------------------------------------------------------------------------

    static Rows.Sql where(EventQuery q) {
        Rows.Sql w = new Rows.Sql();
        if (!q.types().isEmpty()) {
            w.and("e.type IN (" + "?, ".repeat(q.types().size() - 1) + "?)", q.types().toArray());
        }
        q.from().ifPresent(d -> w.and("e.day >= ?", d.toString()));
        q.to().ifPresent(d -> w.and("e.day <= ?", d.toString()));
        q.country().ifPresent(v -> w.and("e.country = ?", v));
        q.admin1().ifPresent(v -> w.and("e.admin1 = ?", v));
        q.place().ifPresent(v -> w.and("e.place_id = ?", v));
        q.actor().ifPresent(v -> w.and("(e.actor_ref = ? OR e.target_ref = ? OR e.actor_name = ? OR e.target_name = ?)",
                v, v, v, v));
        q.bbox().ifPresent(b -> w.and("e.lon >= ? AND e.lat >= ? AND e.lon <= ? AND e.lat <= ?", b[0], b[1], b[2], b[3]));
        q.article().ifPresent(v -> w.and("a.doc_id = ?", v));
        return w;
    }

    Page<ObjectNode> events(EventQuery q) {
        Rows.Sql w = where(q);
        return db.read(c -> {
            List<ObjectNode> items = list(c, "SELECT " + EVENT_COLUMNS + EVENT_FROM, w,
                    " ORDER BY e.day DESC, e.id DESC LIMIT ? OFFSET ?", q.size(), offset(q.page(), q.size()));
            attachSources(c, items);
            return new Page<>(items, count(c, "SELECT COUNT(*)" + EVENT_FROM, w), q.page(), q.size());
        });
    }

    Optional<ObjectNode> event(long id) {
        return db.read(c -> {
            List<ObjectNode> rows = list(c, "SELECT " + EVENT_COLUMNS + EVENT_FROM, new Rows.Sql().and("e.id = ?", id), "");
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            attachSources(c, rows);
            ObjectNode e = rows.get(0);
            e.set("claims", array(list(c, "SELECT " + CLAIM_COLUMNS + CLAIM_FROM
                    + " JOIN claim_events ce ON ce.claim_id = c.id", new Rows.Sql().and("ce.event_id = ?", id),
                    " ORDER BY c.id")));
            return Optional.of(e);
        });
    }

    private static void attachSources(Connection c, List<ObjectNode> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        Map<Long, ArrayNode> byId = new HashMap<>();
        for (ObjectNode e : events) {
            byId.put(e.get("id").asLong(), e.putArray("sources"));
        }
        List<Long> ids = new ArrayList<>(byId.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String sql = "SELECT event_id, name FROM event_sources WHERE event_id IN (" + "?, ".repeat(part.size() - 1)
                    + "?) ORDER BY event_id, ord";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < part.size(); i++) {
                    p.setLong(i + 1, part.get(i));
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        byId.get(r.getLong(1)).add(r.getString(2));
                    }
                }
            }
        }
    }

    List<ObjectNode> timeline(EventQuery q) {
        Rows.Sql w = where(q).and("e.day IS NOT NULL");
        return db.read(c -> list(c, "SELECT e.day, e.type, COUNT(*) AS n" + EVENT_FROM, w,
                " GROUP BY e.day, e.type ORDER BY e.day, e.type"));
    }

    // ---- actors, places, claims ---------------------------------------------------------------------

    private static final String ACTOR_STATS = "SELECT x.ref AS key, x.name, x.type, x.country, "
            + "(SELECT COUNT(*) FROM events e WHERE e.actor_ref = x.ref OR e.target_ref = x.ref) AS events, "
            + "(SELECT COUNT(*) FROM claims c WHERE c.speaker_ref = x.ref OR c.organization_ref = x.ref) AS claims, "
            + "(SELECT COUNT(*) FROM actor_mentions m WHERE m.actor_ref = x.ref) AS mentions FROM actors x";

    Page<ObjectNode> actors(Optional<String> q, int page, int size) {
        Rows.Sql w = new Rows.Sql();
        q.ifPresent(s -> w.and("(LOWER(x.name) LIKE ? OR x.ref LIKE ?)", "%" + s.toLowerCase(java.util.Locale.ROOT) + "%",
                "%" + s + "%"));
        return db.read(c -> new Page<>(list(c, "SELECT * FROM (" + ACTOR_STATS + w.where + ") t", new Rows.Sql(),
                " ORDER BY events DESC, claims DESC, mentions DESC, name LIMIT ? OFFSET ?", merge(w.params, size,
                        offset(page, size))), count(c, "SELECT COUNT(*) FROM actors x", w), page, size));
    }

    private static Object[] merge(List<Object> params, Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all.toArray();
    }

    Optional<ObjectNode> actor(String key) {
        return db.read(c -> {
            List<ObjectNode> rows = list(c, ACTOR_STATS, new Rows.Sql().and("x.ref = ?", key), "");
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode a = rows.get(0);
            List<ObjectNode> events = list(c, "SELECT " + EVENT_COLUMNS + EVENT_FROM,
                    new Rows.Sql().and("(e.actor_ref = ? OR e.target_ref = ?)", key, key), " ORDER BY e.day DESC LIMIT 500");
            attachSources(c, events);
            a.set("event_list", array(events));
            a.set("claim_list", array(list(c, "SELECT " + CLAIM_COLUMNS + CLAIM_FROM,
                    new Rows.Sql().and("(c.speaker_ref = ? OR c.organization_ref = ?)", key, key),
                    " ORDER BY a.published DESC, c.id LIMIT 500")));
            return Optional.of(a);
        });
    }

    private static final String PLACE_STATS = "SELECT x.id, x.name, x.country, x.admin1, x.kind, x.lat, x.lon, x.geonames, "
            + "(SELECT COUNT(*) FROM events e WHERE e.place_id = x.id) AS events, "
            + "(SELECT COUNT(DISTINCT m.article_id) FROM place_mentions m WHERE m.place_id = x.id) AS articles FROM places x";

    Page<ObjectNode> places(Optional<String> country, int page, int size) {
        Rows.Sql w = new Rows.Sql();
        country.ifPresent(s -> w.and("x.country = ?", s));
        return db.read(c -> new Page<>(list(c, "SELECT * FROM (" + PLACE_STATS + w.where + ") t", new Rows.Sql(),
                " ORDER BY events DESC, articles DESC, name LIMIT ? OFFSET ?", merge(w.params, size, offset(page, size))),
                count(c, "SELECT COUNT(*) FROM places x", w), page, size));
    }

    Optional<ObjectNode> place(String id) {
        return db.read(c -> {
            List<ObjectNode> rows = list(c, PLACE_STATS, new Rows.Sql().and("x.id = ?", id), "");
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode p = rows.get(0);
            List<ObjectNode> events = list(c, "SELECT " + EVENT_COLUMNS + EVENT_FROM, new Rows.Sql().and("e.place_id = ?", id),
                    " ORDER BY e.day DESC LIMIT 500");
            attachSources(c, events);
            p.set("event_list", array(events));
            p.set("article_list", array(list(c, "SELECT DISTINCT a.doc_id AS id, a.title, a.published FROM place_mentions m "
                    + "JOIN articles a ON a.id = m.article_id", new Rows.Sql().and("m.place_id = ?", id),
                    " ORDER BY a.published DESC LIMIT 500")));
            p.set("claim_list", array(list(c, "SELECT DISTINCT " + CLAIM_COLUMNS + CLAIM_FROM
                    + " JOIN claim_events ce ON ce.claim_id = c.id JOIN events e ON e.id = ce.event_id",
                    new Rows.Sql().and("e.place_id = ?", id), " ORDER BY a.published DESC, c.id LIMIT 500")));
            return Optional.of(p);
        });
    }

    Page<ObjectNode> claims(Optional<String> speaker, Optional<String> channel, Optional<String> article, int page,
                            int size) {
        Rows.Sql w = new Rows.Sql();
        speaker.ifPresent(s -> w.and("(c.speaker_ref = ? OR c.organization_ref = ? OR c.speaker_name = ?)", s, s, s));
        channel.ifPresent(s -> w.and("c.channel = ?", s));
        article.ifPresent(s -> w.and("a.doc_id = ?", s));
        return db.read(c -> {
            List<ObjectNode> items = list(c, "SELECT " + CLAIM_COLUMNS + CLAIM_FROM, w,
                    " ORDER BY a.published DESC, c.id LIMIT ? OFFSET ?", size, offset(page, size));
            for (ObjectNode cl : items) {
                cl.set("about", array(list(c, "SELECT e.id, e.type, e.summary FROM claim_events ce JOIN events e ON "
                        + "e.id = ce.event_id", new Rows.Sql().and("ce.claim_id = ?", cl.get("id").asLong()), " ORDER BY e.id")));
            }
            return new Page<>(items, count(c, "SELECT COUNT(*)" + CLAIM_FROM, w), page, size);
        });
    }

    ObjectNode stats() {
        return db.read(c -> {
            ObjectNode o = JsonOutput.mapper().createObjectNode();
            for (String[] t : new String[][] {{"articles", "articles"}, {"events", "events"}, {"claims", "claims"},
                {"actors", "actors"}, {"places", "places"}, {"sources", "sources"}, {"failures", "failures"}}) {
                o.put(t[0], count(c, "SELECT COUNT(*) FROM " + t[1], new Rows.Sql()));
            }
            o.put("duplicates", count(c, "SELECT COUNT(*) FROM provenance", new Rows.Sql().and("duplicate = 1")
                    .and("copy_id IS NULL")));
            o.put("near_duplicates", count(c, "SELECT COUNT(*) FROM article_copies", new Rows.Sql()));
            o.put("clusters", count(c, "SELECT COUNT(*) FROM clusters", new Rows.Sql()));
            o.put("multi_source_clusters", count(c, "SELECT COUNT(*) FROM clusters", new Rows.Sql()
                    .and("num_sources > 1")));
            o.put("threads", count(c, "SELECT COUNT(*) FROM threads", new Rows.Sql()));
            o.put("schema_version", db.schemaVersion());
            o.put("dialect", db.dialect().name().toLowerCase(java.util.Locale.ROOT));
            List<ObjectNode> range = list(c, "SELECT MIN(day) AS first_day, MAX(day) AS last_day FROM events",
                    new Rows.Sql(), "");
            o.setAll(range.get(0));
            return o;
        });
    }

    long lastSeq() {
        return db.read(c -> count(c, "SELECT COALESCE(MAX(id), 0) FROM articles", new Rows.Sql()));
    }

    List<IndexRecord> forIndex(long afterSeq, int limit) {
        return db.read(c -> {
            List<ObjectNode> arts = list(c, "SELECT a.id AS seq, a.doc_id AS id, a.title, s.name AS source, a.url, "
                    + "a.published, a.text FROM articles a LEFT JOIN sources s ON s.id = a.source_id",
                    new Rows.Sql().and("a.id > ?", afterSeq), " ORDER BY a.id LIMIT ?", limit);
            if (arts.isEmpty()) {
                return List.of();
            }
            long first = arts.get(0).get("seq").asLong();
            long last = arts.get(arts.size() - 1).get("seq").asLong();
            Map<Long, List<ObjectNode>> events = bySeq(list(c, "SELECT e.article_id AS owner_seq, " + EVENT_COLUMNS
                    + EVENT_FROM, new Rows.Sql().and("e.article_id BETWEEN ? AND ?", first, last), " ORDER BY e.id"));
            Map<Long, List<ObjectNode>> actors = bySeq(list(c, "SELECT DISTINCT m.article_id AS owner_seq, x.ref AS key, "
                    + "x.name FROM actor_mentions m JOIN actors x ON x.ref = m.actor_ref",
                    new Rows.Sql().and("m.article_id BETWEEN ? AND ?", first, last), ""));
            List<IndexRecord> out = new ArrayList<>();
            for (ObjectNode a : arts) {
                long seq = a.get("seq").asLong();
                out.add(new IndexRecord(seq, a, events.getOrDefault(seq, List.of()), actors.getOrDefault(seq, List.of())));
            }
            return out;
        });
    }

    /** Groups rows by their {@code owner_seq} column, which is removed. */
    private static Map<Long, List<ObjectNode>> bySeq(List<ObjectNode> rows) {
        Map<Long, List<ObjectNode>> out = new HashMap<>();
        for (ObjectNode r : rows) {
            long seq = r.remove("owner_seq").asLong();
            out.computeIfAbsent(seq, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    static ArrayNode array(List<ObjectNode> rows) {
        ArrayNode a = JsonOutput.mapper().createArrayNode();
        rows.forEach(a::add);
        return a;
    }
}
