package org.marsad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.knowledge.Codebook;
import org.marsad.link.ArticleRecord;
import org.marsad.link.EventLinker;
import org.marsad.link.LinkRules;
import org.marsad.link.MinHasher;
import org.marsad.link.NearDuplicateIndex;
import org.marsad.link.Signature;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.document.Token;
import org.marsad.link.StoryThreads;
import org.marsad.output.JsonOutput;

/**
 * Links articles as they are stored, incrementally: an {@link EventLinker} whose clusters
 * ({@link SqlClusterStore}) and near-duplicate signatures ({@link SqlSignatureStore}) live in the
 * database, inside the transaction that stores the articles, so that a batch is stored and linked
 * together or not at all. Story threads ({@link StoryThreads}) are kept in memory and written to
 * {@code threads}/{@code thread_members} for the clusters each transaction touched.
 *
 * <p>One linking transaction at a time across processes: {@link #begin} first increments
 * {@code link_state.version}, which takes the database's write lock (SQLite) or the row's lock
 * (PostgreSQL) until the transaction ends. When the version found is not the one this process left,
 * another process linked in between: the cluster cache is dropped and the threads are rebuilt from
 * the stored clusters (in cluster order, a pass over {@code cluster_members}).
 *
 * <p>Not thread-safe: {@link Store} calls it under its write lock.
 */
final class StoreLinker {
    private final String store;
    private final SqlClusterStore clusters = new SqlClusterStore();
    private final SqlSignatureStore signatures = new SqlSignatureStore();
    private StoryThreads threads;
    private EventLinker linker;
    private long seen = -1;
    private long pending = -1;
    private Statements st;
    private final ThreadRows threadRows = new ThreadRows();
    /** Prepared statements kept per pooled connection, across transactions (see {@link Statements}). */
    private final Map<Connection, Statements> prepared = new java.util.IdentityHashMap<>();
    private long cpuNanos;
    private long wallNanos;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /** @param store the store's location, for messages */
    StoreLinker(String store) {
        this.store = store;
    }

    /** CPU and wall time spent linking so far (beginning, linking and finishing transactions), in ns. */
    long[] time() {
        return new long[] {cpuNanos, wallNanos};
    }

    private long[] start() {
        return new long[] {CPU.getCurrentThreadCpuTime(), System.nanoTime()};
    }

    private void stop(long[] t0) {
        cpuNanos += CPU.getCurrentThreadCpuTime() - t0[0];
        wallNanos += System.nanoTime() - t0[1];
    }

    /** Starts linking in the caller's transaction. */
    void begin(Connection c) {
        long[] t0 = start();
        try {
            open(c);
        } finally {
            stop(t0);
        }
    }

    private void open(Connection c) {
        st = prepared.computeIfAbsent(c, Statements::new);
        long[] state = SqlSignatureStore.run(() -> {
            st.get("UPDATE link_state SET version = version + 1 WHERE id = 1").executeUpdate();
            try (ResultSet r = st.get("SELECT version, next_cluster, signature_scheme, band_rows FROM link_state "
                    + "WHERE id = 1").executeQuery()) {
                if (!r.next()) {
                    throw new StoreException("link_state is empty: the linking tables of " + store + " are damaged");
                }
                checkScheme(r.getString(3));
                return new long[] {r.getLong(1), r.getLong(2), r.getLong(4)};
            }
        });
        pending = state[0];
        clusters.bind(st, state[1]);
        signatures.bind(st, state[2] != 0);
        if (linker == null || state[0] - 1 != seen) {
            clusters.clearCache();
            signatures.forget();
            threads = new StoryThreads();
            clusters.forEach(threads::update);
            SqlSignatureStore.run(() -> {
                threadRows.load(st);
                return null;
            });
            linker = new EventLinker(LinkRules.defaults(), MinHasher.standard(), new NearDuplicateIndex(signatures),
                    clusters, threads);
        }
    }

    /**
     * Refuses to link against signatures of another MinHash scheme (made by an earlier version):
     * they cannot be compared with this version's, copies would go unnoticed. Nothing is changed;
     * {@code marsad link --rebuild} signs and links everything again from the stored texts.
     */
    private void checkScheme(String stored) {
        String mine = MinHasher.standard().scheme();
        if (stored != null && !stored.equals(mine)) {
            throw new StoreException(store + " holds near-duplicate signatures of another scheme (" + stored
                    + ") than this version makes (" + mine + "): they cannot be compared, so it cannot link new "
                    + "articles. Run `marsad link --db " + store + " --rebuild` once to sign and link the stored "
                    + "articles and copies again (they, their outputs and provenance are kept); or store without "
                    + "linking (--no-link) until then");
        }
    }

    /** Links one article (see {@link EventLinker#add}). */
    EventLinker.ArticleLink add(ArticleRecord a) {
        long[] t0 = start();
        try {
            return linker.add(a);
        } finally {
            stop(t0);
        }
    }

    /**
     * Makes the article's record ({@link #record}) and links it; the time counts as linking, and so
     * does the time of a signature made ahead ({@code signed}, may be null).
     */
    EventLinker.ArticleLink add(JsonNode output, String docId, String text, Document doc,
                                ProcessedArticle.SignedAhead signed) {
        long[] t0 = start();
        try {
            return linker.add(record(output, docId, text, doc, signed == null ? null : signed.signature()));
        } finally {
            stop(t0);
            if (signed != null) {
                cpuNanos += signed.cpuNanos();
            }
        }
    }

    /** Writes the threads the transaction changed and the counters; the caller commits next. */
    void finish() {
        long[] t0 = start();
        try {
            close();
        } finally {
            stop(t0);
        }
    }

    private void close() {
        clusters.flush();
        signatures.flush();
        SqlSignatureStore.run(() -> {
            threadRows.write(st, clusters.touched(), clusters.staleThreads(), threads, clusters);
            PreparedStatement p = st.get("UPDATE link_state SET next_cluster = ?, signature_scheme = ? WHERE id = 1");
            p.setLong(1, clusters.nextNumber());
            p.setString(2, MinHasher.standard().scheme());
            p.executeUpdate();
            return null;
        });
    }

    /** The transaction committed: what this process caches is what the store holds. */
    void committed() {
        seen = pending;
        release();
    }

    /** The transaction rolled back: forget everything cached, start from the store next time. */
    void rolledBack() {
        if (st != null) {
            prepared.remove(st.connection());
            st.close();
        }
        seen = -1;
        linker = null;
        clusters.clearCache();
        signatures.clear();
        signatures.forget();
        release();
    }

    /** The transaction ended: its statements stay prepared for the next one on the same connection. */
    private void release() {
        st = null;
    }

    /** Closes the statements kept (the store closes). */
    void closeStatements() {
        prepared.values().forEach(Statements::close);
        prepared.clear();
    }

    /** Empties the linking tables (the caller's transaction), for a rebuild. */
    void clear(Connection c) {
        try (Statements s = new Statements(c)) {
            SqlSignatureStore.run(() -> {
                for (String t : List.of("thread_members", "threads", "cluster_members", "clusters",
                        "link_bands", "link_articles")) {
                    s.get("DELETE FROM " + t).executeUpdate();
                }
                s.get("UPDATE link_state SET next_cluster = 1, version = version + 1, signature_scheme = NULL, "
                        + "band_rows = 0 WHERE id = 1").executeUpdate();
                return null;
            });
        }
        rolledBack();
    }

    /**
     * The linker's view of a stored article: its pipeline output with the id it is stored under,
     * and its full text for near-duplicate detection. With the processed document at hand (at
     * ingest), its events and tokens are used directly, which is quicker than reading the output
     * back and gives the same record ({@code LinkRecordTest}); without it (a rebuild), the output is
     * read. {@code ahead}, when given, is the document's standard signature made earlier
     * ({@link ProcessedArticle#signAhead}). Output that the linker cannot read (an event without a type) links as an article
     * without events rather than failing the batch.
     */
    static ArticleRecord record(JsonNode output, String docId, String text, Document doc, Signature ahead) {
        if (doc != null && doc.id().equals(docId) && doc.text().equals(text)) {
            Optional<List<Token>> tokens = doc.find(Layers.TOKENS);
            Optional<List<Event>> events = doc.find(Layers.EVENTS);
            if (tokens.isPresent() && events.isPresent()) {
                try {
                    return ahead == null ? ArticleRecord.of(doc) : ArticleRecord.of(doc, ahead);
                } catch (IllegalArgumentException e) {
                    // read the output instead, as a rebuild would
                }
            }
        }
        ArticleRecord r = parse(output, docId, text);
        Optional<Signature> sig = ahead != null ? Optional.of(ahead) : doc == null ? Optional.empty()
                : doc.find(Layers.TOKENS).map(t -> MinHasher.standard().signature(t));
        return sig.isEmpty() ? r : new ArticleRecord(r.id(), r.outlet(), r.published(), r.title(), r.dedupText(),
                r.fullText(), r.mentions(), sig);
    }

    /** As {@link #record(JsonNode, String, String, Document, Signature)}, the signature made here. */
    static ArticleRecord record(JsonNode output, String docId, String text, Document doc) {
        return record(output, docId, text, doc, null);
    }

    /** As {@link #record(JsonNode, String, String, Document, Signature)} without a document: a rebuild. */
    static ArticleRecord record(JsonNode output, String docId, String text) {
        return record(output, docId, text, null, null);
    }

    private static ArticleRecord parse(JsonNode output, String docId, String text) {
        ObjectNode view = JsonOutput.mapper().createObjectNode();
        view.put("id", docId);
        for (String f : List.of("title", "published", "source", "events", "claims")) {
            JsonNode v = output.get(f);
            if (v != null) {
                view.set(f, v);
            }
        }
        try {
            return ArticleRecord.fromJson(view, Codebook.standard(), Optional.of(text));
        } catch (IllegalArgumentException e) {
            view.remove("events");
            try {
                return ArticleRecord.fromJson(view, Codebook.standard(), Optional.of(text));
            } catch (IllegalArgumentException again) {
                return new ArticleRecord(docId, Optional.empty(), Optional.empty(), Optional.empty(), text, true, List.of());
            }
        }
    }
}
