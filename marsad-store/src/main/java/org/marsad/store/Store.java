package org.marsad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.document.Document;
import org.marsad.document.Metadata;

/**
 * The article store: SQLite (one file, WAL) by default, PostgreSQL through the same code. Articles
 * are identified by their {@link ContentHash}: saving the same content twice stores it once and
 * records the second sighting as provenance. Every article is written with all its layers in one
 * transaction, so a crash loses at most the batch being written, never half an article.
 *
 * <pre>{@code
 * try (Store store = Store.open("marsad-data/marsad.db")) {
 *     store.save(List.of(article));
 *     Page<ObjectNode> events = store.events(EventQuery.builder().types(List.of("ATTACK")).build());
 * }
 * }</pre>
 *
 * <p>Thread-safe: a pool of connections serves concurrent readers; writes are serialized by the database.
 */
public final class Store implements AutoCloseable {
    private final Database db;
    private final StoreReads reads;

    private Store(Database db) {
        this.db = db;
        this.reads = new StoreReads(db);
    }

    /**
     * Opens (creating and migrating as needed) the store at {@code location}: a JDBC URL
     * ({@code jdbc:sqlite:FILE}, {@code jdbc:postgresql://HOST:PORT/DB?user=U}) or a file path for SQLite.
     */
    public static Store open(String location) {
        String url = location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + Path.of(location).toAbsolutePath();
        return new Store(new Database(url));
    }

    public Dialect dialect() {
        return db.dialect();
    }

    /** The database URL with any password masked. */
    public String location() {
        return db.safeUrl();
    }

    public int schemaVersion() {
        return db.schemaVersion();
    }

    /** True when an article with this content hash is stored. */
    public boolean contains(String contentHash) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM articles WHERE content_hash = ?")) {
                p.setString(1, contentHash);
                try (ResultSet r = p.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    /**
     * Saves a batch in one transaction. An article whose content is already stored (or appears
     * earlier in the batch) is not stored again; its origin is recorded as a duplicate sighting.
     */
    public List<SaveResult> save(List<ProcessedArticle> batch) {
        return db.transaction(c -> {
            ArticleWriter w = new ArticleWriter(c, db.dialect());
            try {
                return save(c, w, batch);
            } finally {
                w.close();
            }
        });
    }

    private static List<SaveResult> save(java.sql.Connection c, ArticleWriter w, List<ProcessedArticle> batch)
            throws java.sql.SQLException {
        {
            List<SaveResult> out = new ArrayList<>(batch.size());
            for (ProcessedArticle a : batch) {
                Optional<Long> existing = Optional.empty();
                String existingDoc = null;
                try (PreparedStatement p = c.prepareStatement("SELECT id, doc_id FROM articles WHERE content_hash = ?")) {
                    p.setString(1, a.contentHash());
                    try (ResultSet r = p.executeQuery()) {
                        if (r.next()) {
                            existing = Optional.of(r.getLong(1));
                            existingDoc = r.getString(2);
                        }
                    }
                }
                if (existing.isPresent()) {
                    w.provenance(existing.get(), a.origin(), a.format(), true);
                    out.add(new SaveResult(a.origin(), false, existing.get(), existingDoc));
                    continue;
                }
                String docId = a.document().id();
                try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM articles WHERE doc_id = ?")) {
                    p.setString(1, docId);
                    try (ResultSet r = p.executeQuery()) {
                        if (r.next()) {
                            docId = docId + "-" + a.contentHash().substring(0, 8);
                        }
                    }
                }
                long id = w.insert(a, docId);
                out.add(new SaveResult(a.origin(), true, id, docId));
            }
            return out;
        }
    }

    /**
     * Records that an input yielded content already stored (or about to be, in the same batch: then
     * the sighting waits for {@link #save}). Returns the stored article when there is one.
     */
    public Optional<SaveResult> recordDuplicate(String contentHash, String origin, String format) {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, doc_id FROM articles WHERE content_hash = ?")) {
                p.setString(1, contentHash);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<SaveResult>empty();
                    }
                    long id = r.getLong(1);
                    String doc = r.getString(2);
                    ArticleWriter w = new ArticleWriter(c, db.dialect());
                    w.provenance(id, origin, format, true);
                    w.close();
                    return Optional.of(new SaveResult(origin, false, id, doc));
                }
            }
        });
    }

    /** A stored article as the pipeline reads it: its original text and metadata. */
    public record StoredText(long seq, Document document) {
    }

    /** Stored articles after row {@code afterSeq}, in order, as documents to run the pipeline on again. */
    public List<StoredText> texts(long afterSeq, int limit) {
        return db.read(c -> {
            List<StoredText> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT a.id, a.doc_id, a.text, a.title, a.url, a.published, "
                    + "s.name FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id > ? ORDER BY a.id "
                    + "LIMIT ?")) {
                p.setLong(1, afterSeq);
                p.setInt(2, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Metadata m = new Metadata(Optional.ofNullable(r.getString(6)).map(LocalDate::parse),
                                Optional.ofNullable(r.getString(5)), Optional.ofNullable(r.getString(7)),
                                Optional.ofNullable(r.getString(4)));
                        out.add(new StoredText(r.getLong(1), Document.of(r.getString(2), r.getString(3), m)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Replaces the analysis of stored articles (after the pipeline changed) in one transaction;
     * the search index must then be rebuilt ({@code SearchIndex.rebuild}).
     */
    public void replace(List<StoredText> articles, List<com.fasterxml.jackson.databind.node.ObjectNode> outputs) {
        if (articles.size() != outputs.size()) {
            throw new IllegalArgumentException(articles.size() + " articles but " + outputs.size() + " outputs");
        }
        db.transaction(c -> {
            ArticleWriter w = new ArticleWriter(c, db.dialect());
            try {
                for (int i = 0; i < articles.size(); i++) {
                    w.replace(articles.get(i).seq(), articles.get(i).document(), outputs.get(i));
                }
            } finally {
                w.close();
            }
            return null;
        });
    }

    /** Removes the places and actors that no stored article refers to any more (after a reprocess). */
    public void pruneOrphans() {
        db.transaction(c -> {
            try (java.sql.Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM places WHERE id NOT IN (SELECT place_id FROM place_mentions) "
                        + "AND id NOT IN (SELECT place_id FROM events WHERE place_id IS NOT NULL)");
                s.executeUpdate("DELETE FROM actors WHERE ref NOT IN (SELECT actor_ref FROM actor_mentions) "
                        + "AND ref NOT IN (SELECT actor_ref FROM events WHERE actor_ref IS NOT NULL) "
                        + "AND ref NOT IN (SELECT target_ref FROM events WHERE target_ref IS NOT NULL) "
                        + "AND ref NOT IN (SELECT speaker_ref FROM claims WHERE speaker_ref IS NOT NULL) "
                        + "AND ref NOT IN (SELECT organization_ref FROM claims WHERE organization_ref IS NOT NULL)");
            }
            return null;
        });
    }

    /** Records an input that could not be read or processed. */
    public void recordFailure(String origin, String format, String reason) {
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO failures (origin, format, reason, failed_at) VALUES (?, ?, ?, ?)")) {
                p.setString(1, origin);
                p.setString(2, format);
                p.setString(3, reason);
                p.setString(4, Instant.now().toString());
                return p.executeUpdate();
            }
        });
    }

    // ---- reads (see StoreReads for the SQL and the fields of each result) -------------------------

    /** Articles, newest first; {@code source} filters by source name. */
    public Page<ObjectNode> articles(Optional<String> source, Optional<LocalDate> from, Optional<LocalDate> to, int page,
                                     int size) {
        return reads.articles(source, from, to, page, size);
    }

    /** One article: metadata, {@code text}, the pipeline's {@code output} and its {@code provenance}. */
    public Optional<ObjectNode> article(String docId) {
        return reads.article(docId);
    }

    public Page<ObjectNode> events(EventQuery q) {
        return reads.events(q);
    }

    /** One event with its sources and the claims that report it. */
    public Optional<ObjectNode> event(long id) {
        return reads.event(id);
    }

    /** Events per day and type under the query's filters (its page and size are ignored). */
    public List<ObjectNode> timeline(EventQuery q) {
        return reads.timeline(q);
    }

    /** Actors with their event, claim and mention counts, most events first; {@code q} filters names. */
    public Page<ObjectNode> actors(Optional<String> q, int page, int size) {
        return reads.actors(q, page, size);
    }

    /** One actor by key, with its events (as actor or target) and its claims (as speaker or organization). */
    public Optional<ObjectNode> actor(String key) {
        return reads.actor(key);
    }

    public Page<ObjectNode> places(Optional<String> country, int page, int size) {
        return reads.places(country, page, size);
    }

    /** One place with its events, the claims about them, and the articles that mention it. */
    public Optional<ObjectNode> place(String id) {
        return reads.place(id);
    }

    /** Claims, newest article first, filtered by speaker/organization key, channel or article. */
    public Page<ObjectNode> claims(Optional<String> speaker, Optional<String> channel, Optional<String> article,
                                   int page, int size) {
        return reads.claims(speaker, channel, article, page, size);
    }

    /** Counts of articles, events, claims, actors, places, sources, duplicates and failures. */
    public ObjectNode stats() {
        return reads.stats();
    }

    /** Articles stored after row {@code afterSeq}, in order, with their events: what the search index needs. */
    public List<IndexRecord> forIndex(long afterSeq, int limit) {
        return reads.forIndex(afterSeq, limit);
    }

    /** The highest article row id, 0 when empty. */
    public long lastSeq() {
        return reads.lastSeq();
    }

    @Override
    public void close() {
        db.close();
    }
}
