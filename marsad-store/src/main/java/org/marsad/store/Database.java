package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JDBC database with a small pool of connections, its schema brought up to date on open.
 * SQLite files are opened in WAL mode (readers never wait for the writer) with a busy timeout;
 * PostgreSQL is used as is. Migrations are the numbered scripts
 * {@code marsad/store/migrations/V<n>__<what>.sql}; the {@code schema_version} table records which ran.
 *
 * <p>Thread-safe.
 */
final class Database implements AutoCloseable {
    /** The migrations, in order; add a file and a line here to change the schema. */
    static final List<String> MIGRATIONS = List.of("V1__schema.sql", "V2__linking.sql", "V3__signature_scheme.sql",
            "V4__band_rows.sql", "V5__single_report_rows.sql");
    private static final int POOL = 6;

    private final String url;
    private final Dialect dialect;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(POOL);
    private final List<Connection> all = new ArrayList<>();
    private volatile boolean closed;

    Database(String url) {
        this.url = url;
        this.dialect = Dialect.of(url);
        if (dialect == Dialect.SQLITE) {
            Path file = Path.of(url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", ""));
            Path parent = file.toAbsolutePath().getParent();
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new StoreException("cannot create folder " + parent + ": " + e.getMessage(), e);
            }
        }
        migrate();
    }

    Dialect dialect() {
        return dialect;
    }

    String url() {
        return url;
    }

    /** Work done with a pooled connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work on a pooled connection in auto-commit mode. */
    <T> T read(Work<T> work) {
        Connection c = borrow();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("database error on " + safeUrl() + ": " + e.getMessage(), e);
        } finally {
            giveBack(c);
        }
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T transaction(Work<T> work) {
        Connection c = borrow();
        try {
            c.setAutoCommit(false);
            try {
                T t = work.run(c);
                c.commit();
                return t;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database error on " + safeUrl() + ": " + e.getMessage(), e);
        } finally {
            giveBack(c);
        }
    }

    private Connection borrow() {
        if (closed) {
            throw new StoreException("store " + safeUrl() + " is closed");
        }
        Connection c = idle.poll();
        if (c != null) {
            return c;
        }
        synchronized (all) {
            if (all.size() < POOL) {
                Connection n = connect();
                all.add(n);
                return n;
            }
        }
        try {
            c = idle.poll(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted waiting for a connection to " + safeUrl());
        }
        if (c == null) {
            throw new StoreException("no free connection to " + safeUrl() + " after 60 s");
        }
        return c;
    }

    private void giveBack(Connection c) {
        if (closed) {
            quietClose(c);
        } else {
            idle.offer(c);
        }
    }

    private Connection connect() {
        try {
            Connection c = DriverManager.getConnection(url);
            if (dialect == Dialect.SQLITE) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=NORMAL");
                    s.execute("PRAGMA busy_timeout=30000");
                    s.execute("PRAGMA foreign_keys=ON");
                }
            }
            return c;
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + safeUrl() + ": " + e.getMessage(), e);
        }
    }

    /** The URL without credentials, for messages. */
    String safeUrl() {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private void migrate() {
        transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            if (dialect == Dialect.POSTGRESQL) {
                try (Statement s = c.createStatement()) {
                    // one migrating process at a time
                    s.execute("LOCK TABLE schema_version IN EXCLUSIVE MODE");
                }
            }
            int current = 0;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                if (r.next()) {
                    current = r.getInt(1);
                }
            }
            if (current > MIGRATIONS.size()) {
                throw new StoreException(safeUrl() + " has schema version " + current + ", newer than this Marsad ("
                        + MIGRATIONS.size() + "): upgrade Marsad");
            }
            for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
                String name = MIGRATIONS.get(v - 1);
                for (String stmt : statements(dialect.expand(resource(name)))) {
                    try (Statement s = c.createStatement()) {
                        s.execute(stmt);
                    } catch (SQLException e) {
                        throw new StoreException("migration " + name + " failed on " + safeUrl() + ": "
                                + e.getMessage() + "\n" + stmt, e);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, name);
                    p.setString(3, Instant.now().toString());
                    p.executeUpdate();
                }
            }
            return null;
        });
    }

    int schemaVersion() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
    }

    private static String resource(String name) {
        String path = "marsad/store/migrations/" + name;
        try (InputStream in = Database.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new StoreException("migration not found on the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Splits a script on semicolons that end a line; drops {@code --} comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                String s = cur.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    private static void quietClose(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing: nothing to recover
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (all) {
            all.forEach(Database::quietClose);
            all.clear();
        }
        idle.clear();
    }
}
