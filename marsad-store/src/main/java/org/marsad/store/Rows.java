package org.marsad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.output.JsonOutput;

/** Result rows as JSON objects (column label → value), and SQL with its parameters. */
final class Rows {
    private Rows() {
    }

    static List<ObjectNode> list(ResultSet r) throws SQLException {
        List<ObjectNode> out = new ArrayList<>();
        ResultSetMetaData m = r.getMetaData();
        while (r.next()) {
            out.add(row(r, m));
        }
        return out;
    }

    static ObjectNode row(ResultSet r, ResultSetMetaData m) throws SQLException {
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        for (int i = 1; i <= m.getColumnCount(); i++) {
            put(o, m.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), r.getObject(i));
        }
        return o;
    }

    /** Puts a column's value under {@code k}: numbers and booleans as such, null as null, the rest as text. */
    static void put(ObjectNode o, String k, Object v) {
        if (v == null) {
            o.putNull(k);
        } else if (v instanceof Integer n) {
            o.put(k, n);
        } else if (v instanceof Long n) {
            o.put(k, n);
        } else if (v instanceof Short n) {
            o.put(k, n.intValue());
        } else if (v instanceof Double n) {
            o.put(k, n);
        } else if (v instanceof Float n) {
            o.put(k, n.doubleValue());
        } else if (v instanceof java.math.BigDecimal n) {
            o.put(k, n);
        } else if (v instanceof Boolean b) {
            o.put(k, b);
        } else {
            o.put(k, v.toString());
        }
    }

    /** SQL assembled from parts, with its parameters in order. Not thread-safe. */
    static final class Sql {
        final StringBuilder where = new StringBuilder();
        final List<Object> params = new ArrayList<>();

        Sql and(String condition, Object... values) {
            where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
            params.addAll(List.of(values));
            return this;
        }

        void bind(PreparedStatement p) throws SQLException {
            bind(p, 1);
        }

        int bind(PreparedStatement p, int first) throws SQLException {
            int i = first;
            for (Object v : params) {
                p.setObject(i++, v);
            }
            return i;
        }
    }
}
