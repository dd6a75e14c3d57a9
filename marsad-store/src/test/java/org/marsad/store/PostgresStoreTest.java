package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The store's contract on a real PostgreSQL server, in a fresh schema of the database that
 * {@code PG_TEST_URL} names. Skipped with a message without it; failing without it in CI
 * ({@code MARSAD_REQUIRE_SHARED} set), where {@code .ci/services.sh} starts the server.
 */
class PostgresStoreTest {
    /** The server's URL, or a skipped (locally) / failed (CI) test. */
    static String url() {
        String url = System.getenv("PG_TEST_URL");
        if (url == null || url.isBlank()) {
            String msg = "PostgreSQL tests need PG_TEST_URL (e.g. jdbc:postgresql://127.0.0.1:54329/postgres?user=postgres)";
            String req = System.getenv("MARSAD_REQUIRE_SHARED");
            if (req != null && !req.isBlank() && !req.equals("0") && !req.equalsIgnoreCase("false")) {
                throw new AssertionError(msg + "; required because MARSAD_REQUIRE_SHARED is set");
            }
            Assumptions.abort("skipped: " + msg);
        }
        return url;
    }

    /** A URL whose connections use a new, empty schema. */
    static String freshSchema() throws Exception {
        String url = url();
        String schema = "marsad_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Test
    void contractHoldsOnPostgres() throws Exception {
        try (Store s = Store.open(freshSchema())) {
            assertEquals(Dialect.POSTGRESQL, s.dialect());
            StoreTest.contract(s);
        }
    }

    @Test
    void migrationsRunOnceAcrossOpens() throws Exception {
        String url = freshSchema();
        try (Store s = Store.open(url)) {
            s.save(Annotated.sample());
        }
        try (Store s = Store.open(url)) {
            assertEquals(Database.MIGRATIONS.size(), s.schemaVersion());
            assertEquals(2, s.stats().get("articles").asInt());
        }
    }

    @Test
    void incrementalLinkingAcrossRestartsOnPostgres() throws Exception {
        String url = freshSchema();
        LinkingStoreTest.incremental(() -> Store.open(url));
    }

    @Test
    void aRebuildGivesWhatIncrementalLinkingGaveOnPostgres() throws Exception {
        String a = freshSchema();
        String b = freshSchema();
        LinkingStoreTest.rebuild(() -> Store.open(a), () -> Store.open(b));
    }

    @Test
    void twoWritersOnOneStoreSeeEachOthersClustersOnPostgres() throws Exception {
        String url = freshSchema();
        LinkingStoreTest.twoWriters(() -> Store.open(url));
    }
}
