package org.marsad.cli;

import java.nio.file.Path;
import org.marsad.store.Store;
import org.marsad.store.search.SearchIndex;
import picocli.CommandLine.Option;

/** {@code --db} and {@code --index}, shared by the commands that use the store. */
final class StoreOptions {
    static final String DEFAULT_DB = "marsad-data/marsad.db";

    @Option(names = "--db", paramLabel = "FILE|JDBC-URL", description = "The store: an SQLite file (default "
            + DEFAULT_DB + ") or jdbc:postgresql://HOST:PORT/DB?user=U&password=P.")
    String db = DEFAULT_DB;

    @Option(names = "--index", paramLabel = "DIR", description = "The search index folder (default: index/ beside "
            + "the SQLite file, or marsad-data/index for PostgreSQL).")
    Path index;

    Store openStore() {
        return Store.open(db);
    }

    Path indexDir() {
        if (index != null) {
            return index;
        }
        if (db.startsWith("jdbc:postgresql:")) {
            return Path.of("marsad-data", "index");
        }
        String file = db.startsWith("jdbc:sqlite:") ? db.substring("jdbc:sqlite:".length()) : db;
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return parent.resolve("index");
    }

    SearchIndex openIndex() {
        return SearchIndex.open(indexDir());
    }
}
