package org.marsad.store.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.marsad.store.IndexRecord;
import org.marsad.store.Store;
import org.marsad.store.StoreException;

/**
 * The Lucene index over the store's articles and events, with {@link ArabicSearchAnalyzer}. The
 * store is the truth and the index a derived view: {@link #sync(Store)} adds the articles stored
 * since the last commit (the commit remembers the last article row), {@link #rebuild(Store)}
 * starts over. An article and its events are replaced together, so syncing twice never duplicates.
 *
 * <p>Thread-safe: searches run concurrently; syncs are serialized. One process holds an index
 * folder at a time (Lucene's write lock).
 */
public final class SearchIndex implements AutoCloseable {
    static final List<String> DIMENSIONS = List.of("kind", "type", "country", "admin1", "actor", "source");
    private static final String SEQ = "marsad.seq";
    private static final FieldType BODY = new FieldType(TextField.TYPE_STORED);

    static {
        BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY.freeze();
    }

    private final Path dir;
    private final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();
    private final FacetsConfig facets = new FacetsConfig();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile StateCache states;
    private long indexedSeq = -1;
    private boolean unrefreshed;

    private record StateCache(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private SearchIndex(Path dir) throws IOException {
        this.dir = dir;
        for (String d : List.of("type", "country", "admin1", "actor")) {
            facets.setMultiValued(d, true);
        }
        Files.createDirectories(dir);
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(FSDirectory.open(dir), cfg);
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens (or creates) the index in a folder.
     *
     * @throws StoreException when the folder cannot be used or another process holds the index
     */
    public static SearchIndex open(Path dir) {
        try {
            return new SearchIndex(dir);
        } catch (LockObtainFailedException e) {
            throw new StoreException("search index " + dir + " is in use by another Marsad process "
                    + "(a running `marsad serve`?); it catches up with the store by itself", e);
        } catch (IOException e) {
            throw new StoreException("cannot open search index " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** The last article row the index holds (committed or not). */
    public synchronized long lastSeq() {
        if (indexedSeq < 0) {
            indexedSeq = committedSeq();
        }
        return indexedSeq;
    }

    private long committedSeq() {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals(SEQ)) {
                return Long.parseLong(e.getValue());
            }
        }
        return 0;
    }

    /** Indexes the articles stored since the last sync and commits; returns how many. */
    public int sync(Store store) {
        return sync(store, true);
    }

    /**
     * Indexes the articles stored since the last sync; returns how many. Without {@code commit} the
     * additions are neither durable nor searchable yet: an ingest calls this after every batch and
     * commits once at the end (a crash in between only means re-indexing from the last commit, which
     * the commit data records).
     */
    public synchronized int sync(Store store, boolean commit) {
        int added = 0;
        try {
            long seq = lastSeq();
            while (true) {
                List<IndexRecord> batch = store.forIndex(seq, 500);
                if (batch.isEmpty()) {
                    break;
                }
                for (IndexRecord r : batch) {
                    writer.updateDocuments(new Term("owner", Long.toString(r.seq())), documents(r));
                    seq = r.seq();
                    added++;
                }
                indexedSeq = seq;
            }
            unrefreshed |= added > 0;
            if (commit && (added > 0 || committedSeq() != indexedSeq)) {
                writer.setLiveCommitData(Map.of(SEQ, Long.toString(indexedSeq)).entrySet());
                writer.commit();
            }
            if (commit && unrefreshed) {
                // searchers see the additions from here on (reopening after every batch of an ingest
                // would flush a small segment each time)
                searchers.maybeRefreshBlocking();
                unrefreshed = false;
            }
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException("indexing into " + dir + " failed", e);
        }
    }

    /** Empties the index and indexes every stored article again; returns how many. */
    public synchronized int rebuild(Store store) {
        try {
            writer.deleteAll();
            writer.setLiveCommitData(Map.of(SEQ, "0").entrySet());
            writer.commit();
            indexedSeq = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("clearing " + dir + " failed", e);
        }
        return sync(store);
    }

    /** Number of documents (articles and events) in the index. */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    private List<Document> documents(IndexRecord r) throws IOException {
        ObjectNode a = r.article();
        String docId = a.get("id").asText();
        String owner = Long.toString(r.seq());
        List<Document> docs = new ArrayList<>();
        Document d = new Document();
        common(d, "article", docId, docId, owner, text(a, "title"), text(a, "text"), text(a, "published"),
                text(a, "source"));
        Set<String> types = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        Set<String> admin1s = new LinkedHashSet<>();
        Set<String> actorNames = new LinkedHashSet<>();
        Set<String> actorKeys = new LinkedHashSet<>();
        for (ObjectNode e : r.events()) {
            add(types, text(e, "type"));
            add(countries, text(e, "country"));
            add(admin1s, text(e, "admin1"));
        }
        for (ObjectNode x : r.actors()) {
            add(actorNames, text(x, "name"));
            add(actorKeys, text(x, "key"));
        }
        for (ObjectNode e : r.events()) {
            add(actorNames, text(e, "actor_name"));
            add(actorNames, text(e, "target_name"));
            add(actorKeys, text(e, "actor_ref"));
            add(actorKeys, text(e, "target_ref"));
        }
        keywords(d, types, countries, admin1s, actorNames, actorKeys);
        docs.add(facets.build(d));
        for (ObjectNode e : r.events()) {
            Document ed = new Document();
            String evidence = text(e, "evidence");
            String summary = text(e, "summary");
            common(ed, "event", e.get("id").asText(), docId, owner, text(a, "title"),
                    evidence == null ? "" : evidence, text(e, "day"), text(a, "source"));
            if (summary != null) {
                ed.add(new StoredField("summary", summary));
                ed.add(new TextField("summary_text", summary, Field.Store.NO));
            }
            Set<String> names = new LinkedHashSet<>();
            Set<String> keys = new LinkedHashSet<>();
            add(names, text(e, "actor_name"));
            add(names, text(e, "target_name"));
            add(keys, text(e, "actor_ref"));
            add(keys, text(e, "target_ref"));
            keywords(ed, single(text(e, "type")), single(text(e, "country")), single(text(e, "admin1")), names, keys);
            if (e.hasNonNull("lat") && e.hasNonNull("lon")) {
                ed.add(new StoredField("lat", e.get("lat").asDouble()));
                ed.add(new StoredField("lon", e.get("lon").asDouble()));
            }
            docs.add(facets.build(ed));
        }
        return docs;
    }

    private static Set<String> single(String v) {
        Set<String> s = new LinkedHashSet<>();
        add(s, v);
        return s;
    }

    private static void add(Set<String> s, String v) {
        if (v != null && !v.isBlank()) {
            s.add(v);
        }
    }

    private static void common(Document d, String kind, String id, String article, String owner, String title,
                               String body, String date, String source) {
        d.add(new StringField("kind", kind, Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField("kind", kind));
        d.add(new StringField("id", kind + ":" + id, Field.Store.NO));
        d.add(new StoredField("key", id));
        d.add(new StringField("article", article, Field.Store.YES));
        d.add(new StringField("owner", owner, Field.Store.NO));
        d.add(new TextField("title", title == null ? "" : title, Field.Store.YES));
        d.add(new Field("body", body == null ? "" : body, BODY));
        if (date != null) {
            try {
                long day = LocalDate.parse(date).toEpochDay();
                d.add(new LongPoint("date", day));
                d.add(new NumericDocValuesField("date_sort", day));
                d.add(new StoredField("date_str", date));
            } catch (java.time.format.DateTimeParseException e) {
                d.add(new NumericDocValuesField("date_sort", Long.MIN_VALUE));
            }
        } else {
            d.add(new NumericDocValuesField("date_sort", Long.MIN_VALUE));
        }
        if (source != null) {
            d.add(new StringField("source", source, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField("source", source));
        }
    }

    private static void keywords(Document d, Set<String> types, Set<String> countries, Set<String> admin1s,
                                 Set<String> actorNames, Set<String> actorKeys) {
        for (String t : types) {
            d.add(new StringField("type", t, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField("type", t));
        }
        for (String c : countries) {
            d.add(new StringField("country", c, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField("country", c));
        }
        for (String c : admin1s) {
            d.add(new StringField("admin1", c, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField("admin1", c));
        }
        for (String n : actorNames) {
            d.add(new StringField("actor", n, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField("actor", n));
        }
        for (String k : actorKeys) {
            d.add(new StringField("actor", k, Field.Store.NO));
        }
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    // ---- search ----------------------------------------------------------------------------------

    /** Runs a search. @throws IllegalArgumentException for a query the parser rejects */
    public SearchResult search(SearchRequest req) {
        long t0 = System.nanoTime();
        IndexSearcher s;
        try {
            s = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            if (s.getIndexReader().numDocs() == 0) {
                return new SearchResult(0, ms(t0), List.of(), Map.of());
            }
            Optional<Query> words = words(req.query());
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(words.orElseGet(MatchAllDocsQuery::new), BooleanClause.Occur.MUST);
            filters(req).forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
            Query q = b.build();
            boolean byDate = req.sort().equals("date") || words.isEmpty();
            Sort sort = byDate ? new Sort(new SortField("date_sort", SortField.Type.LONG, true), SortField.FIELD_SCORE)
                    : null;
            int n = req.page() * req.size();
            FacetsCollectorManager.FacetsResult fr = sort == null
                    ? FacetsCollectorManager.search(s, q, n, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(s, q, n, sort, true, new FacetsCollectorManager());
            TopDocs td = fr.topDocs();
            ScoreDoc[] all = td.scoreDocs;
            int from = Math.min(all.length, (req.page() - 1) * req.size());
            int[] ids = new int[all.length - from];
            for (int i = from; i < all.length; i++) {
                ids[i - from] = all[i].doc;
            }
            Object[] snippets = snippets(s, words, ids);
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (int i = from; i < all.length; i++) {
                hits.add(hit(s, all[i], snippets[i - from]));
            }
            Map<String, List<SearchResult.FacetValue>> counts = facetCounts(s, fr);
            return new SearchResult(td.totalHits.value, ms(t0), hits, counts);
        } catch (IOException e) {
            throw new UncheckedIOException("search in " + dir + " failed", e);
        } finally {
            try {
                searchers.release(s);
            } catch (IOException e) {
                // releasing a searcher: nothing to recover
            }
        }
    }

    private static double ms(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e4) / 100.0;
    }

    private Optional<Query> words(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        SimpleQueryParser p = new SimpleQueryParser(analyzer, Map.of("title", 2f, "body", 1f, "summary_text", 1f));
        p.setDefaultOperator(BooleanClause.Occur.MUST);
        Query q = p.parse(text);
        if (q == null || (q instanceof BooleanQuery bq && bq.clauses().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(q);
    }

    private static List<Query> filters(SearchRequest r) {
        List<Query> f = new ArrayList<>();
        r.kind().ifPresent(k -> f.add(new TermQuery(new Term("kind", k))));
        if (r.from().isPresent() || r.to().isPresent()) {
            f.add(LongPoint.newRangeQuery("date", r.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
                    r.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)));
        }
        if (!r.types().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            r.types().forEach(t -> any.add(new TermQuery(new Term("type", t)), BooleanClause.Occur.SHOULD));
            f.add(any.build());
        }
        r.country().ifPresent(v -> f.add(new TermQuery(new Term("country", v))));
        r.admin1().ifPresent(v -> f.add(new TermQuery(new Term("admin1", v))));
        r.actor().ifPresent(v -> f.add(new TermQuery(new Term("actor", v))));
        r.source().ifPresent(v -> f.add(new TermQuery(new Term("source", v))));
        return f;
    }

    private Object[] snippets(IndexSearcher s, Optional<Query> words, int[] ids) throws IOException {
        if (ids.length == 0 || words.isEmpty()) {
            return new Object[ids.length];
        }
        Highlighter h = new Highlighter(UnifiedHighlighter.builder(s, analyzer).withFormatter(new MarkFormatter())
                .withMaxLength(50_000));
        return h.objects("body", words.get(), ids, 2);
    }

    private static SearchResult.Hit hit(IndexSearcher s, ScoreDoc sd, Object snippet) throws IOException {
        Document d = s.storedFields().document(sd.doc);
        String body = d.get("body");
        SearchResult.Snippet sn = snippet instanceof SearchResult.Snippet x ? x
                : new SearchResult.Snippet(lead(body), List.of());
        List<String> types = List.of(d.getValues("type"));
        Double lat = d.getField("lat") == null ? null : d.getField("lat").numericValue().doubleValue();
        Double lon = d.getField("lon") == null ? null : d.getField("lon").numericValue().doubleValue();
        return new SearchResult.Hit(d.get("kind"), d.get("key"), d.get("article"), d.get("title"),
                Optional.ofNullable(d.get("date_str")), Optional.ofNullable(d.get("source")), types,
                Optional.ofNullable(d.get("summary")), sn, Float.isNaN(sd.score) ? 0f : sd.score,
                Optional.ofNullable(lat), Optional.ofNullable(lon));
    }

    private static String lead(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.replace('\n', ' ');
        int nl = body.indexOf("\n\n");
        if (nl > 0 && nl < 200 && body.length() > nl + 2) {
            flat = body.substring(nl + 2).replace('\n', ' ');
        }
        return flat.length() <= 240 ? flat : flat.substring(0, 240) + "\u2026";
    }

    private Map<String, List<SearchResult.FacetValue>> facetCounts(IndexSearcher s, FacetsCollectorManager.FacetsResult fr)
            throws IOException {
        Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state;
        try {
            state = state(s.getIndexReader());
        } catch (IllegalArgumentException e) {
            return out;
        }
        Facets f = new SortedSetDocValuesFacetCounts(state, fr.facetsCollector());
        for (String dim : DIMENSIONS) {
            FacetResult r;
            try {
                r = f.getTopChildren(dim.equals("actor") ? 15 : 10, dim);
            } catch (IllegalArgumentException e) {
                r = null;
            }
            List<SearchResult.FacetValue> vals = new ArrayList<>();
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    vals.add(new SearchResult.FacetValue(lv.label, lv.value.longValue()));
                }
            }
            out.put(dim, vals);
        }
        return out;
    }

    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        StateCache c = states;
        if (c == null || c.reader != reader) {
            c = new StateCache(reader, new DefaultSortedSetDocValuesReaderState(reader, facets));
            states = c;
        }
        return c.state;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing " + dir + " failed", e);
        }
    }

    /** Exposes the highlighter's object-valued API (the formatter returns snippets, not strings). */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(UnifiedHighlighter.Builder b) {
            super(b);
        }

        Object[] objects(String field, Query q, int[] ids, int passages) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, q, ids, new int[] {passages}).get(field);
        }
    }

    /** For tests: a reader of the committed index. */
    DirectoryReader openReader() throws IOException {
        return DirectoryReader.open(writer);
    }
}
