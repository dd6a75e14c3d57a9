package org.marsad.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.document.Document;
import org.marsad.output.JsonOutput;

/**
 * Writes one article and every layer of its JSON output into the tables, inside the caller's
 * transaction. Reads the output JSON (not the Java records) so that the store takes whatever the
 * pipeline produced, with absent layers as empty arrays. Not thread-safe: one per transaction.
 */
final class ArticleWriter {
    private final Connection c;
    private final Dialect dialect;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /**
     * Places and actors inserted (or found present) in this transaction: the insert of one already
     * there is ignored by the database, so it is not sent again (an article names ~50 actors and
     * ~20 places, most of them known; 22,000 statements for 294 articles, 1,500 of them new).
     */
    private final java.util.Set<String> upserted = new java.util.HashSet<>();

    ArticleWriter(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    /** A statement prepared once per transaction (the writer lives as long as one). */
    private PreparedStatement prepare(String sql, boolean keys) throws SQLException {
        PreparedStatement p = statements.get(sql);
        if (p == null) {
            p = keys ? c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS) : c.prepareStatement(sql);
            statements.put(sql, p);
        }
        p.clearParameters();
        return p;
    }

    /** Closes the statements; call before the transaction ends. */
    void close() throws SQLException {
        for (PreparedStatement p : statements.values()) {
            p.close();
        }
        statements.clear();
    }

    /** Inserts the article; returns its row id. The caller has checked that the hash is new. */
    long insert(ProcessedArticle a, String docId) throws SQLException {
        Document d = a.document();
        JsonNode o = a.output();
        String now = Instant.now().toString();
        Long source = d.metadata().source().map(s -> sourceId(s, now)).orElse(null);
        long id;
        {
            PreparedStatement p = prepare("INSERT INTO articles (doc_id, content_hash, source_id, title, "
                + "url, published, text, output_json, output_schema, n_events, n_claims, ingested_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", true);
            p.setString(1, docId);
            p.setString(2, a.contentHash());
            setLong(p, 3, source);
            p.setString(4, title(o, d.text()));
            p.setString(5, d.metadata().url().orElse(null));
            p.setString(6, d.metadata().published().map(Object::toString).orElse(null));
            p.setString(7, d.text());
            p.setString(8, a.outputText());
            p.setString(9, str(o, "schema"));
            p.setInt(10, o.path("events").size());
            p.setInt(11, o.path("claims").size());
            p.setString(12, now);
            p.executeUpdate();
            id = generatedId(p);
        }
        provenance(id, a.origin(), a.format(), false);
        layers(id, d, o);
        return id;
    }

    private void layers(long id, Document d, JsonNode o) throws SQLException {
        entities(id, o.path("entities"));
        places(id, o.path("places"));
        actors(id, o.path("actors"));
        Map<String, Long> events = events(id, o.path("events"), d.metadata().published().map(Object::toString)
                .orElse(null));
        claims(id, o.path("claims"), events);
    }

    /**
     * Replaces a stored article's analysis with a new output of the pipeline (same text): its
     * layers' rows are deleted and written again; text, hash, provenance and ingest date stay.
     */
    void replace(long id, Document d, JsonNode o) throws SQLException {
        for (String table : List.of("claim_events WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?)",
                "event_sources WHERE event_id IN (SELECT id FROM events WHERE article_id = ?)",
                "claims WHERE article_id = ?", "events WHERE article_id = ?", "entities WHERE article_id = ?",
                "place_mentions WHERE article_id = ?", "actor_mentions WHERE article_id = ?")) {
            PreparedStatement p = prepare("DELETE FROM " + table, false);
            p.setLong(1, id);
            p.executeUpdate();
        }
        PreparedStatement p = prepare("UPDATE articles SET title = ?, output_json = ?, output_schema = ?, n_events = ?, "
                + "n_claims = ? WHERE id = ?", false);
        p.setString(1, title(o, d.text()));
        p.setString(2, JsonOutput.write(o));
        p.setString(3, str(o, "schema"));
        p.setInt(4, o.path("events").size());
        p.setInt(5, o.path("claims").size());
        p.setLong(6, id);
        p.executeUpdate();
        layers(id, d, o);
    }

    void provenance(long articleId, String origin, String format, boolean duplicate) throws SQLException {
        provenance(articleId, origin, format, duplicate, null);
    }

    /** A sighting of an article; {@code copyId} names the near-duplicate copy it was read as, if any. */
    void provenance(long articleId, String origin, String format, boolean duplicate, Long copyId) throws SQLException {
        PreparedStatement p = prepare("INSERT INTO provenance (article_id, origin, format, duplicate, "
            + "seen_at, copy_id) VALUES (?, ?, ?, ?, ?, ?)", false);
        p.setLong(1, articleId);
        p.setString(2, origin);
        p.setString(3, format);
        p.setInt(4, duplicate ? 1 : 0);
        p.setString(5, Instant.now().toString());
        setLong(p, 6, copyId);
        p.executeUpdate();
    }

    /**
     * Records a near-duplicate copy of article {@code originalId} (its text and analysis, not its
     * layers: it is not an article of its own) and its sighting in the original's provenance;
     * returns the copy's row id.
     */
    long insertCopy(ProcessedArticle a, String docId, long originalId, String matched, double similarity)
            throws SQLException {
        Document d = a.document();
        JsonNode o = a.output();
        String now = Instant.now().toString();
        Long source = d.metadata().source().map(s -> sourceId(s, now)).orElse(null);
        PreparedStatement p = prepare("INSERT INTO article_copies (doc_id, content_hash, article_id, matched, similarity, "
                + "source_id, title, url, published, text, output_json, ingested_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", true);
        p.setString(1, docId);
        p.setString(2, a.contentHash());
        p.setLong(3, originalId);
        p.setString(4, matched);
        p.setDouble(5, similarity);
        setLong(p, 6, source);
        p.setString(7, title(o, d.text()));
        p.setString(8, d.metadata().url().orElse(null));
        p.setString(9, d.metadata().published().map(Object::toString).orElse(null));
        p.setString(10, d.text());
        p.setString(11, a.outputText());
        p.setString(12, now);
        p.executeUpdate();
        long id = generatedId(p);
        provenance(originalId, a.origin(), a.format(), true, id);
        return id;
    }

    /** Replaces a near-duplicate copy's stored analysis (after the pipeline changed). */
    void replaceCopy(long copyId, JsonNode o, String text) throws SQLException {
        PreparedStatement p = prepare("UPDATE article_copies SET title = ?, output_json = ? WHERE id = ?", false);
        p.setString(1, title(o, text));
        p.setString(2, JsonOutput.write(o));
        p.setLong(3, copyId);
        p.executeUpdate();
    }

    private long sourceId(String name, String now) {
        try {
            {
                PreparedStatement p = prepare("SELECT id FROM sources WHERE name = ?", false);
                p.setString(1, name);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        return r.getLong(1);
                    }
                }
            }
            {
                PreparedStatement p = prepare("INSERT INTO sources (name, first_seen) VALUES (?, ?)", true);
                p.setString(1, name);
                p.setString(2, now);
                p.executeUpdate();
                return generatedId(p);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record source " + name + ": " + e.getMessage(), e);
        }
    }

    private void entities(long id, JsonNode list) throws SQLException {
        {
            PreparedStatement p = prepare("INSERT INTO entities (article_id, ord, type, text, canonical, "
                + "ref, origin, span_begin, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", false);
            int ord = 0;
            for (JsonNode e : list) {
                p.setLong(1, id);
                p.setInt(2, ord++);
                p.setString(3, str(e, "type"));
                p.setString(4, str(e, "text"));
                p.setString(5, str(e, "canonical"));
                p.setString(6, str(e, "ref"));
                p.setString(7, str(e, "origin"));
                p.setInt(8, e.path("begin").asInt());
                p.setInt(9, e.path("end").asInt());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void places(long id, JsonNode list) throws SQLException {
        {
            PreparedStatement p = prepare("INSERT INTO place_mentions (article_id, ord, place_id, text, "
                + "geo_precision, why, span_begin, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", false);
            int ord = 0;
            for (JsonNode e : list) {
                String placeId = upsertPlace(e);
                if (placeId == null) {
                    continue;
                }
                p.setLong(1, id);
                p.setInt(2, ord++);
                p.setString(3, placeId);
                p.setString(4, str(e, "text"));
                setInt(p, 5, e.get("precision"));
                p.setString(6, str(e, "why"));
                p.setInt(7, e.path("begin").asInt());
                p.setInt(8, e.path("end").asInt());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Records a gazetteer entry the first time an article names it; returns its id (null without one). */
    private String upsertPlace(JsonNode e) throws SQLException {
        String id = str(e, "id");
        if (id == null) {
            String name = str(e, "canonical");
            if (name == null) {
                return null;
            }
            id = "name:" + name;
        }
        if (upserted.contains("p\t" + id)) {
            return id;
        }
        String sql = dialect == Dialect.POSTGRESQL
                ? "INSERT INTO places (id, name, country, admin1, kind, lat, lon, geonames) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO NOTHING"
                : "INSERT OR IGNORE INTO places (id, name, country, admin1, kind, lat, lon, geonames) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        {
            PreparedStatement p = prepare(sql, false);
            p.setString(1, id);
            p.setString(2, str(e, "canonical") == null ? str(e, "text") : str(e, "canonical"));
            p.setString(3, str(e, "country"));
            p.setString(4, str(e, "admin1"));
            p.setString(5, str(e, "kind"));
            setDouble(p, 6, e.get("lat"));
            setDouble(p, 7, e.get("lon"));
            if (e.hasNonNull("geonames")) {
                p.setLong(8, e.get("geonames").asLong());
            } else {
                p.setNull(8, Types.BIGINT);
            }
            p.executeUpdate();
        }
        upserted.add("p\t" + id);
        return id;
    }

    private void actors(long id, JsonNode list) throws SQLException {
        {
            PreparedStatement p = prepare("INSERT INTO actor_mentions (article_id, ord, actor_ref, text, how, "
                + "role, organization, span_begin, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", false);
            int ord = 0;
            for (JsonNode e : list) {
                String ref = upsertActor(str(e, "ref"), str(e, "canonical"), str(e, "type"), str(e, "country"));
                if (ref == null) {
                    continue;
                }
                p.setLong(1, id);
                p.setInt(2, ord++);
                p.setString(3, ref);
                p.setString(4, str(e, "text"));
                p.setString(5, str(e, "how"));
                p.setString(6, str(e, "role"));
                p.setString(7, str(e, "organization"));
                p.setInt(8, e.path("begin").asInt());
                p.setInt(9, e.path("end").asInt());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /**
     * Records an actor; without a dictionary id the canonical name stands in ({@code name:ISIS}),
     * so that participants the dictionary does not know still get a page.
     */
    private String upsertActor(String ref, String name, String type, String country) throws SQLException {
        if (ref == null && name == null) {
            return null;
        }
        String key = ActorKeys.key(ref, name);
        if (upserted.contains("a\t" + key)) {
            return key;
        }
        String sql = dialect == Dialect.POSTGRESQL
                ? "INSERT INTO actors (ref, name, type, country) VALUES (?, ?, ?, ?) ON CONFLICT (ref) DO NOTHING"
                : "INSERT OR IGNORE INTO actors (ref, name, type, country) VALUES (?, ?, ?, ?)";
        {
            PreparedStatement p = prepare(sql, false);
            p.setString(1, key);
            p.setString(2, name == null ? ref : name);
            p.setString(3, type);
            p.setString(4, country);
            p.executeUpdate();
        }
        upserted.add("a\t" + key);
        return key;
    }

    private Map<String, Long> events(long articleId, JsonNode list, String published) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        String sql = "INSERT INTO events (article_id, event_key, type, trigger_text, trigger_begin, trigger_end, "
                + "actor_text, actor_name, actor_ref, target_text, target_name, target_ref, place_id, place_name, "
                + "place_text, country, admin1, lat, lon, geo_precision, facility, date_start, date_end, date_precision, "
                + "time_precision, date_text, day, fatalities, injured, count_text, modality, habitual, background, "
                + "confidence, summary, plover_type, plover_mode, acled_type, acled_sub_type, span_begin, span_end, "
                + "evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (JsonNode e : list) {
            JsonNode actor = e.path("actor");
            JsonNode target = e.path("target");
            JsonNode place = e.path("place");
            JsonNode date = e.path("date");
            String actorKey = participant(actor);
            String targetKey = participant(target);
            String placeId = place.isObject() ? upsertPlace(place) : null;
            {
                PreparedStatement p = prepare(sql, true);
                int i = 1;
                p.setLong(i++, articleId);
                p.setString(i++, str(e, "id"));
                p.setString(i++, str(e, "type"));
                p.setString(i++, str(e.path("trigger"), "text"));
                setInt(p, i++, e.path("trigger").get("begin"));
                setInt(p, i++, e.path("trigger").get("end"));
                p.setString(i++, str(actor, "text"));
                p.setString(i++, str(actor, "canonical"));
                p.setString(i++, actorKey);
                p.setString(i++, str(target, "text"));
                p.setString(i++, str(target, "canonical"));
                p.setString(i++, targetKey);
                p.setString(i++, placeId);
                p.setString(i++, str(place, "canonical"));
                p.setString(i++, str(place, "text"));
                p.setString(i++, str(place, "country"));
                p.setString(i++, str(place, "admin1"));
                setDouble(p, i++, place.get("lat"));
                setDouble(p, i++, place.get("lon"));
                setInt(p, i++, place.get("precision"));
                p.setString(i++, str(e.path("facility"), "canonical"));
                String start = str(date, "start");
                p.setString(i++, start);
                p.setString(i++, str(date, "end"));
                p.setString(i++, str(date, "precision"));
                setInt(p, i++, date.get("time_precision"));
                p.setString(i++, str(date, "text"));
                p.setString(i++, start != null ? start : published);
                setInt(p, i++, e.get("fatalities"));
                setInt(p, i++, e.get("injured"));
                p.setString(i++, str(e, "count"));
                p.setString(i++, str(e, "modality"));
                p.setInt(i++, e.path("habitual").asBoolean() ? 1 : 0);
                p.setInt(i++, e.path("background").asBoolean() ? 1 : 0);
                setDouble(p, i++, e.get("confidence"));
                p.setString(i++, str(e, "summary"));
                p.setString(i++, str(e.path("plover"), "event_type"));
                p.setString(i++, str(e.path("plover"), "mode"));
                p.setString(i++, str(e.path("acled"), "event_type"));
                p.setString(i++, str(e.path("acled"), "sub_event_type"));
                p.setInt(i++, e.path("begin").asInt());
                p.setInt(i++, e.path("end").asInt());
                p.setString(i, str(e, "evidence"));
                p.executeUpdate();
                long id = generatedId(p);
                ids.put(str(e, "id"), id);
                sources(id, e.path("sources"));
            }
        }
        return ids;
    }

    private String participant(JsonNode p) throws SQLException {
        if (!p.isObject()) {
            return null;
        }
        return upsertActor(str(p, "ref"), str(p, "canonical"), null, null);
    }

    private void sources(long eventId, JsonNode list) throws SQLException {
        {
            PreparedStatement p = prepare("INSERT INTO event_sources (event_id, ord, name) VALUES (?, ?, ?)", false);
            int ord = 0;
            for (JsonNode s : list) {
                p.setLong(1, eventId);
                p.setInt(2, ord++);
                p.setString(3, s.asText());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void claims(long articleId, JsonNode list, Map<String, Long> events) throws SQLException {
        String sql = "INSERT INTO claims (article_id, claim_key, speaker_text, speaker_name, speaker_ref, unnamed, role, "
                + "organization_name, organization_ref, channel, verb, stance, date_start, content_begin, content_end, "
                + "span_begin, span_end, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (JsonNode e : list) {
            JsonNode speaker = e.path("speaker");
            JsonNode org = e.path("organization");
            long id;
            {
                PreparedStatement p = prepare(sql, true);
                int i = 1;
                p.setLong(i++, articleId);
                p.setString(i++, str(e, "id"));
                p.setString(i++, str(speaker, "text"));
                p.setString(i++, str(speaker, "canonical"));
                p.setString(i++, participant(speaker));
                p.setInt(i++, e.path("unnamed").asBoolean() ? 1 : 0);
                p.setString(i++, str(e, "role"));
                p.setString(i++, str(org, "canonical"));
                p.setString(i++, participant(org));
                p.setString(i++, str(e, "channel"));
                p.setString(i++, str(e, "verb"));
                p.setString(i++, str(e, "stance"));
                p.setString(i++, str(e.path("date"), "start"));
                setInt(p, i++, e.path("content").get("begin"));
                setInt(p, i++, e.path("content").get("end"));
                p.setInt(i++, e.path("begin").asInt());
                p.setInt(i++, e.path("end").asInt());
                p.setString(i, str(e, "evidence"));
                p.executeUpdate();
                id = generatedId(p);
            }
            {
                PreparedStatement p = prepare("INSERT INTO claim_events (claim_id, event_id) VALUES (?, ?)", false);
                for (JsonNode about : e.path("about")) {
                    Long ev = events.get(about.asText());
                    if (ev != null) {
                        p.setLong(1, id);
                        p.setLong(2, ev);
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
        }
    }

    /** The output's title, else the text's first line (cut at 200 characters). */
    static String title(JsonNode o, String text) {
        String t = str(o, "title");
        if (t != null && !t.isBlank()) {
            return t;
        }
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                String s = line.strip();
                return s.length() > 200 ? s.substring(0, 200) + "\u2026" : s;
            }
        }
        return null;
    }

    private static long generatedId(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.getGeneratedKeys()) {
            if (!r.next()) {
                throw new SQLException("no generated key");
            }
            return r.getLong(1);
        }
    }

    static String str(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static void setInt(PreparedStatement p, int i, JsonNode v) throws SQLException {
        if (v == null || v.isNull() || !v.isNumber()) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setInt(i, v.asInt());
        }
    }

    private static void setDouble(PreparedStatement p, int i, JsonNode v) throws SQLException {
        if (v == null || v.isNull() || !v.isNumber()) {
            p.setNull(i, Types.DOUBLE);
        } else {
            p.setDouble(i, v.asDouble());
        }
    }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, v);
        }
    }
}
