package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Links stored articles after the fact: those stored without linking ({@code marsad ingest
 * --no-link}, or before the store had linking), or all of them again after the clusters were
 * cleared ({@code marsad reprocess}, {@code marsad link --db --rebuild}). Articles already linked
 * are relinked in the order the linker first took them, so that a rebuild gives the clusters,
 * copies and threads that incremental linking gave; the others follow by publication date.
 * Each batch is linked in one transaction. Not thread-safe: {@link Store} calls it under its
 * write lock.
 */
final class LinkBatches {
    private final Database db;
    private final StoreLinker linking;

    LinkBatches(Database db, StoreLinker linking) {
        this.db = db;
        this.linking = linking;
    }

    private record Pending(String docId, Optional<LocalDate> published, int kind, long row) {
    }

    /** The articles and copies to link: with {@code all}, every one (linked ones first, in link order). */
    List<String> order(boolean all) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            if (all) {
                try (PreparedStatement p = c.prepareStatement("SELECT doc_id FROM link_articles ORDER BY seq");
                     ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
            List<Pending> pending = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT doc_id, published, 0, id FROM articles "
                    + "WHERE doc_id NOT IN (SELECT doc_id FROM link_articles) UNION ALL "
                    + "SELECT doc_id, published, 1, id FROM article_copies WHERE doc_id NOT IN (SELECT doc_id FROM link_articles)");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    pending.add(new Pending(r.getString(1), Optional.ofNullable(r.getString(2)).map(LinkBatches::day),
                            r.getInt(3), r.getLong(4)));
                }
            }
            pending.sort(Comparator.comparing((Pending x) -> x.published().orElse(LocalDate.MAX))
                    .thenComparingInt(Pending::kind).thenComparingLong(Pending::row));
            pending.forEach(x -> out.add(x.docId()));
            return out;
        });
    }

    private static LocalDate day(String s) {
        return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    }

    /** Links the documents in order, {@code batch} per transaction; reports the count after each batch. */
    int link(List<String> docs, int batch, IntConsumer progress) {
        int done = 0;
        for (int at = 0; at < docs.size(); at += batch) {
            List<String> part = docs.subList(at, Math.min(docs.size(), at + batch));
            try {
                db.transaction(c -> {
                    linking.begin(c);
                    for (String doc : part) {
                        Optional<String[]> stored = load(c, doc);
                        if (stored.isPresent()) {
                            linking.add(LinkReads.json(stored.get()[1]), doc, stored.get()[0], null, null);
                        }
                    }
                    linking.finish();
                    return null;
                });
                linking.committed();
            } catch (RuntimeException | Error e) {
                linking.rolledBack();
                throw e;
            }
            done += part.size();
            progress.accept(done);
        }
        return done;
    }

    /** Text and output JSON of a stored article or copy. */
    private static Optional<String[]> load(java.sql.Connection c, String doc) throws java.sql.SQLException {
        for (String table : List.of("articles", "article_copies")) {
            try (PreparedStatement p = c.prepareStatement("SELECT text, output_json FROM " + table + " WHERE doc_id = ?")) {
                p.setString(1, doc);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        return Optional.of(new String[] {r.getString(1), r.getString(2)});
                    }
                }
            }
        }
        return Optional.empty();
    }
}
