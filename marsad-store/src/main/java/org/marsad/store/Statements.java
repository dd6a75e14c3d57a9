package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements of one transaction, each prepared once and reused. Not thread-safe: one per
 * transaction, closed before it ends.
 */
final class Statements implements AutoCloseable {
    private final Connection c;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection c) {
        this.c = c;
    }

    Connection connection() {
        return c;
    }

    /** The statement for {@code sql}, its parameters cleared. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement p = prepared.get(sql);
        if (p == null) {
            p = c.prepareStatement(sql);
            prepared.put(sql, p);
        } else {
            p.clearParameters();
        }
        return p;
    }

    /** {@code ?, ?, ?} for n parameters. */
    static String marks(int n) {
        return n == 0 ? "" : "?" + ", ?".repeat(n - 1);
    }

    @Override
    public void close() {
        for (PreparedStatement p : prepared.values()) {
            try {
                p.close();
            } catch (SQLException e) {
                // closing: nothing to recover
            }
        }
        prepared.clear();
    }
}
