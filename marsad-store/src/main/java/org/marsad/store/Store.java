package org.marsad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.marsad.document.Document;
import org.marsad.document.Metadata;
import org.marsad.link.EventLinker;
import org.marsad.link.NearDuplicateIndex;

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
    private final LinkReads linkReads;
    private final StoreLinker linking;
    /** Writes that link hold it: one linking transaction at a time in this process. */
    private final Object writeLock = new Object();

    private Store(Database db) {
        this.db = db;
        this.reads = new StoreReads(db);
        this.linkReads = new LinkReads(db);
        this.linking = new StoreLinker(db.safeUrl());
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

    /** True when an article (or a near-duplicate copy recorded for one) with this content hash is stored. */
    public boolean contains(String contentHash) {
        return db.read(c -> existing(c, contentHash).isPresent());
    }

    /** The stored article with this content, or the original of the copy with this content. */
    private static Optional<SaveResult> existing(Connection c, String contentHash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id, doc_id FROM articles WHERE content_hash = ?")) {
            p.setString(1, contentHash);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    return Optional.of(new SaveResult("", false, r.getLong(1), r.getString(2)));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT a.id, a.doc_id, k.doc_id FROM article_copies k "
                + "JOIN articles a ON a.id = k.article_id WHERE k.content_hash = ?")) {
            p.setString(1, contentHash);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    return Optional.of(new SaveResult("", false, r.getLong(1), r.getString(2),
                            Optional.of(r.getString(3))));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Saves a batch in one transaction and links it ({@link #save(List, boolean)} with linking).
     */
    public List<SaveResult> save(List<ProcessedArticle> batch) {
        return save(batch, true);
    }

    /**
     * Saves a batch in one transaction. An article whose content is already stored (or appears
     * earlier in the batch) is not stored again; its origin is recorded as a duplicate sighting.
     * With {@code link}, each new article is also linked in the same transaction
     * ({@code docs/LINKING.md}): its reports join the event clusters of earlier articles or start
     * new ones, and an article found to be a near-duplicate of an earlier one is recorded as a copy
     * of it (another source of its reports and a sighting in its provenance), not as an article.
     */
    public List<SaveResult> save(List<ProcessedArticle> batch, boolean link) {
        synchronized (writeLock) {
            try {
                List<SaveResult> out = db.transaction(c -> {
                    ArticleWriter w = new ArticleWriter(c, db.dialect());
                    try {
                        if (link) {
                            linking.begin(c);
                        }
                        List<SaveResult> r = save(c, w, batch, link);
                        if (link) {
                            linking.finish();
                        }
                        return r;
                    } finally {
                        w.close();
                    }
                });
                if (link) {
                    linking.committed();
                }
                return out;
            } catch (RuntimeException | Error e) {
                if (link) {
                    linking.rolledBack();
                }
                throw e;
            }
        }
    }

    private List<SaveResult> save(Connection c, ArticleWriter w, List<ProcessedArticle> batch, boolean link)
            throws SQLException {
        List<SaveResult> out = new ArrayList<>(batch.size());
        for (ProcessedArticle a : batch) {
            Optional<SaveResult> existing = existing(c, a.contentHash());
            if (existing.isPresent()) {
                w.provenance(existing.get().seq(), a.origin(), a.format(), true);
                out.add(new SaveResult(a.origin(), false, existing.get().seq(), existing.get().docId()));
                continue;
            }
            String docId = uniqueId(c, a.document().id(), a.contentHash());
            if (link) {
                EventLinker.ArticleLink l = linking.add(a.output(), docId, a.document().text(), a.document(),
                        a.signedAhead());
                if (l.copyOf().isPresent()) {
                    NearDuplicateIndex.Match m = l.copyOf().get();
                    Optional<Long> original = articleRow(c, m.original());
                    if (original.isPresent()) {
                        w.insertCopy(a, docId, original.get(), m.matched(), m.similarity());
                        out.add(new SaveResult(a.origin(), false, original.get(), m.original(), Optional.of(docId)));
                        continue;
                    }
                }
            }
            long id = w.insert(a, docId);
            out.add(new SaveResult(a.origin(), true, id, docId));
        }
        return out;
    }

    /** The document's id, or with a suffix of its hash when an article or copy has that id already. */
    private static String uniqueId(Connection c, String docId, String hash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM articles WHERE doc_id = ? UNION ALL "
                + "SELECT 1 FROM article_copies WHERE doc_id = ?")) {
            p.setString(1, docId);
            p.setString(2, docId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? docId + "-" + hash.substring(0, 8) : docId;
            }
        }
    }

    private static Optional<Long> articleRow(Connection c, String docId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM articles WHERE doc_id = ?")) {
            p.setString(1, docId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * Records that an input yielded content already stored (or about to be, in the same batch: then
     * the sighting waits for {@link #save}). Returns the stored article when there is one.
     */
    public Optional<SaveResult> recordDuplicate(String contentHash, String origin, String format) {
        return db.transaction(c -> {
            Optional<SaveResult> e = existing(c, contentHash);
            if (e.isEmpty()) {
                return Optional.<SaveResult>empty();
            }
            ArticleWriter w = new ArticleWriter(c, db.dialect());
            w.provenance(e.get().seq(), origin, format, true);
            w.close();
            return Optional.of(new SaveResult(origin, false, e.get().seq(), e.get().docId()));
        });
    }

    /** A stored article as the pipeline reads it: its original text and metadata. */
    public record StoredText(long seq, Document document) {
    }

    /** Stored articles after row {@code afterSeq}, in order, as documents to run the pipeline on again. */
    public List<StoredText> texts(long afterSeq, int limit) {
        return texts("articles", afterSeq, limit);
    }

    private List<StoredText> texts(String table, long afterSeq, int limit) {
        return db.read(c -> {
            List<StoredText> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT a.id, a.doc_id, a.text, a.title, a.url, a.published, "
                    + "s.name FROM " + table + " a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id > ? ORDER BY a.id "
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

    /** Stored near-duplicate copies after row {@code afterSeq}, in order, as documents to analyse again. */
    public List<StoredText> copyTexts(long afterSeq, int limit) {
        return texts("article_copies", afterSeq, limit);
    }

    /** Replaces the stored analysis of near-duplicate copies (their clusters follow with {@link #relink}). */
    public void replaceCopies(List<StoredText> copies, List<ObjectNode> outputs) {
        if (copies.size() != outputs.size()) {
            throw new IllegalArgumentException(copies.size() + " copies but " + outputs.size() + " outputs");
        }
        db.transaction(c -> {
            ArticleWriter w = new ArticleWriter(c, db.dialect());
            try {
                for (int i = 0; i < copies.size(); i++) {
                    w.replaceCopy(copies.get(i).seq(), outputs.get(i), copies.get(i).document().text());
                }
            } finally {
                w.close();
            }
            return null;
        });
    }

    /**
     * Links the stored articles (and copies) that are not linked yet: those stored with linking off,
     * or before the store had linking. Each is linked as at ingest, by publication date; an article
     * found to be a near-duplicate of an earlier one has its reports recorded as copies in the
     * clusters, but stays stored. Returns how many were linked.
     */
    public int linkPending(IntConsumer progress) {
        synchronized (writeLock) {
            LinkBatches b = new LinkBatches(db, linking);
            return b.link(b.order(false), 100, progress);
        }
    }

    /**
     * Forgets every cluster, thread and near-duplicate signature and links all stored articles and
     * copies again (after a reprocess changed their events): the ones linked before in the order
     * they were first linked, so that the result is what incremental linking gives, then the others
     * by publication date. Returns how many were linked.
     */
    public int relink(IntConsumer progress) {
        synchronized (writeLock) {
            LinkBatches b = new LinkBatches(db, linking);
            List<String> order = b.order(true);
            db.transaction(c -> {
                linking.clear(c);
                return null;
            });
            return b.link(order, 100, progress);
        }
    }

    /**
     * Time this store object has spent linking (in the calls that store and link articles): CPU
     * time of the linking thread and wall time, in seconds. For measuring linking against
     * extraction ({@code docs/quality/linking.md}).
     */
    public double[] linkingSeconds() {
        synchronized (writeLock) {
            long[] t = linking.time();
            return new double[] {t[0] / 1e9, t[1] / 1e9};
        }
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

    /** One article by id, or a near-duplicate copy (then with {@code copy_of}, the article it copies). */
    public Optional<ObjectNode> articleOrCopy(String docId) {
        return reads.article(docId).or(() -> linkReads.copy(docId));
    }

    // ---- linking (see LinkReads) -------------------------------------------------------------------

    /** Event clusters: consensus fields, counts, the fields on which reports disagree. */
    public Page<ObjectNode> clusters(ClusterQuery q) {
        return linkReads.clusters(q);
    }

    /** One cluster with its disagreements and every report and copy side by side. */
    public Optional<ObjectNode> cluster(long number) {
        return linkReads.cluster(number);
    }

    /** Story threads, latest first. */
    public Page<ObjectNode> threads(int page, int size) {
        return linkReads.threads(page, size);
    }

    /** One story thread with its timeline of clusters. */
    public Optional<ObjectNode> thread(String id) {
        return linkReads.thread(id);
    }

    /** The clusters an article's reports went to, its near-duplicate copies, and what it copies. */
    public ObjectNode articleLinks(String docId) {
        return linkReads.articleLinks(docId);
    }

    /** The cluster that holds a stored event's report. */
    public Optional<Long> clusterOfEvent(long eventId) {
        return linkReads.clusterOfEvent(eventId);
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
        synchronized (writeLock) {
            linking.closeStatements();
        }
        db.close();
    }
}
